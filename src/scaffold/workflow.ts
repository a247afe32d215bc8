// The GitHub Actions workflow that `kerjasama init` writes: validate every push and pull request with
// inline annotations, post `kerjasama diff` on pull requests as one comment that later runs update, and
// (optional, off until the repository variable KERJASAMA_PAGES is true) publish `kerjasama site` to GitHub Pages.
// Actions are pinned to full commit SHAs (a tag can be moved; a commit cannot), with the version beside.

export const PINNED_ACTIONS = {
  checkout: { uses: 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683', version: 'v4.2.2' },
  setupNode: { uses: 'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020', version: 'v4.4.0' },
  uploadPages: { uses: 'actions/upload-pages-artifact@56afc609e74202658d3ffba0e8f6dda462b719fa', version: 'v3.0.1' },
  deployPages: { uses: 'actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e', version: 'v4.0.5' },
} as const;

import { COMMENT_MARKER } from '../render/diff.js';

export { COMMENT_MARKER };

export function workflowYaml(version: string): string {
  const { checkout, setupNode, uploadPages, deployPages } = PINNED_ACTIONS;
  const tool = `npx --yes kerjasama@${version}`;
  const setup = `      - uses: ${checkout.uses} # ${checkout.version}
        with:
          fetch-depth: 0
          persist-credentials: false
      - uses: ${setupNode.uses} # ${setupNode.version}
        with:
          node-version: 20`;
  return `# Checks the register on every push and pull request (kerjasama ${version}, installed from npm).
# Problems show up inline on the pull request; on pull requests a comment describes the change
# in terms of agreements, partners and activities. See the README for how to run the same locally.
name: kerjasama

on:
  push:
  pull_request:

permissions:
  contents: read

jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
${setup}
      - name: Validate the register
        run: ${tool} validate --format github

  describe-change:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write
    steps:
${setup}
      - name: Describe the change
        env:
          BASE_SHA: \${{ github.event.pull_request.base.sha }}
        run: |
          # The Markdown starts with the line ${COMMENT_MARKER}, which finds this comment again on the next push.
          ${tool} diff "$BASE_SHA" --format markdown > "$RUNNER_TEMP/kerjasama-diff.md" || status=$?
          # Exit 1 means the change adds validation errors: still worth a comment (validate fails the check).
          if [ "\${status:-0}" -gt 1 ]; then exit "$status"; fi
          cat "$RUNNER_TEMP/kerjasama-diff.md" >> "$GITHUB_STEP_SUMMARY"
      - name: Post or update the pull-request comment
        # A pull request from a fork gets a read-only token: its description stays in the job summary.
        if: github.event.pull_request.head.repo.full_name == github.repository
        env:
          GH_TOKEN: \${{ github.token }}
          GH_REPO: \${{ github.repository }}
          PR: \${{ github.event.pull_request.number }}
        run: |
          id=$(gh api "repos/$GH_REPO/issues/$PR/comments" --paginate \\
            --jq '.[] | select(.user.login == "github-actions[bot]" and (.body | startswith("${COMMENT_MARKER}"))) | .id' | tail -n 1)
          if [ -n "$id" ]; then
            gh api --method PATCH "repos/$GH_REPO/issues/comments/$id" -F "body=@$RUNNER_TEMP/kerjasama-diff.md" > /dev/null
          else
            gh pr comment "$PR" --body-file "$RUNNER_TEMP/kerjasama-diff.md"
          fi

  publish-site:
    # Optional: publishes the register as a website (kerjasama site) on GitHub Pages on each push to the
    # default branch. Turn it on with the repository variable KERJASAMA_PAGES = true and
    # Settings → Pages → Source: GitHub Actions. Partner contacts are left out of the site.
    if: github.event_name == 'push' && github.ref_name == github.event.repository.default_branch && vars.KERJASAMA_PAGES == 'true'
    needs: validate
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    concurrency:
      group: pages
      cancel-in-progress: false
    steps:
${setup}
      - name: Build the site
        env:
          SOURCE_URL: \${{ github.server_url }}/\${{ github.repository }}/blob/\${{ github.sha }}/
        run: ${tool} site --out "$RUNNER_TEMP/site" --source-url "$SOURCE_URL"
      - uses: ${uploadPages.uses} # ${uploadPages.version}
        with:
          path: \${{ runner.temp }}/site
      - id: deployment
        uses: ${deployPages.uses} # ${deployPages.version}
`;
}
