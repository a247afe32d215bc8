// The GitHub Actions workflow that `kerjasama init` writes: validate every push and pull request with
// inline annotations, post `kerjasama diff` on pull requests as one comment that later runs update, and
// (only once the repository has GitHub Pages turned on) publish `kerjasama site` to GitHub Pages.
// Actions are pinned to full commit SHAs (a tag can be moved; a commit cannot), with the version beside;
// every one runs on GitHub's Node 24 runtime (`using: node24` in its action.yml; upload-pages-artifact is a
// composite whose one action, actions/upload-artifact v7.0.0, is node24 too). The tool itself comes from the
// register's package.json (npm ci),
// and is run as node_modules/.bin/kerjasama, so that its exit codes are its own: 0 clean, 1 the register
// (or the change) has errors, 2 or anything else the tool could not run, which is never taken for findings.

export const PINNED_ACTIONS = {
  checkout: { uses: 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8', version: 'v5.0.0' },
  setupNode: { uses: 'actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903', version: 'v6.0.0' },
  uploadPages: { uses: 'actions/upload-pages-artifact@fc324d3547104276b827a68afc52ff2a11cc49c9', version: 'v5.0.0' },
  deployPages: { uses: 'actions/deploy-pages@cd2ce8fcbc39b97be8ca5fce6e763baed58fa128', version: 'v5.0.0' },
} as const;

/** The Node.js the jobs install: an LTS line in maintenance until 2028. */
export const WORKFLOW_NODE = '24';

import { COMMENT_MARKER } from '../render/diff.js';
import type { Lang } from '../model/types.js';
import { say, type Values } from '../model/words.js';
import { WORKFLOW_WORDS, type WorkflowWord } from './workflow.words.js';

/** A workflow's words (comments, step names, annotations) in the register's language. */
const wordsIn = (lang: Lang) => (key: WorkflowWord, values: Values = {}): string => say(WORKFLOW_WORDS, lang, key, values);

export { COMMENT_MARKER };

export function workflowYaml(version: string, lang: Lang = 'en'): string {
  const x = wordsIn(lang);
  const { checkout, setupNode, uploadPages, deployPages } = PINNED_ACTIONS;
  const tool = './node_modules/.bin/kerjasama';
  // not prose: the workflow's YAML and shell (its words come from workflow.words.ts)
  const setup = `      - uses: ${checkout.uses} # ${checkout.version}
        with:
          ${x('twoCommits')}
          fetch-depth: 2
          persist-credentials: false
      - uses: ${setupNode.uses} # ${setupNode.version}
        with:
          node-version: ${WORKFLOW_NODE}
          cache: npm
      - name: ${x('install')}
        run: npm ci --no-audit --no-fund`;
  // not prose: the workflow's YAML and shell (its words come from workflow.words.ts)
  return `${x('validateHeader', { version })}
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
      - name: ${x('validateStep')}
        run: |
          ${tool} validate --format github || status=$?
          case "\${status:-0}" in
            0) ;;
            1) echo "::error title=kerjasama::${x('hasErrors')}"; exit 1 ;;
            *) echo "::error title=kerjasama::${x('couldNotRun')}"; exit "$status" ;;
          esac

  describe-change:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write
    steps:
${setup}
      - name: ${x('describeStep')}
        run: |
          ${x('markerComment', { marker: COMMENT_MARKER })}
          ${tool} diff HEAD^1 --format markdown --output "$RUNNER_TEMP/kerjasama-diff.md" || status=$?
          ${x('diffExitComment')}
          if [ "\${status:-0}" -gt 1 ] || ! head -n 1 "$RUNNER_TEMP/kerjasama-diff.md" 2>/dev/null | grep -qF '${COMMENT_MARKER}'; then
            echo "::error title=kerjasama::${x('diffCouldNotRun')}"
            exit "\${status:-2}"
          fi
      - name: ${x('commentStep')}
        ${x('forkComment')}
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
    ${x('pagesComment')}
    if: github.event_name == 'push' && github.ref_name == github.event.repository.default_branch && github.event.repository.has_pages
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
      - name: ${x('siteStep')}
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

/** The reminders' workflow file, beside kerjasama.yml (the keepalive job names it). */
export const REMIND_WORKFLOW = 'kerjasama-remind.yml';

/**
 * The daily reminders (kerjasama remind), in a workflow of their own: GitHub turns off a scheduled
 * workflow after 60 days without activity in a public repository, and it turns off the whole file, so
 * validation must never share a file with a schedule. Off until the secrets KERJASAMA_RECIPIENTS and
 * KERJASAMA_SMTP_URL are set (a fork has neither); the recipients (personal data) and the SMTP
 * credentials come from secrets, the recipients file is written to the runner's temporary folder and
 * removed, and nothing the run prints names an address. A keepalive job asks GitHub's API to keep the
 * workflow enabled (the enable call, which resets the inactivity count), so reminders go on through quiet
 * months.
 */
export function remindWorkflowYaml(version: string, lang: Lang = 'en'): string {
  const x = wordsIn(lang);
  const { checkout, setupNode } = PINNED_ACTIONS;
  const tool = './node_modules/.bin/kerjasama';
  const on = "steps.configured.outputs.on == 'true'";
  // not prose: the workflow's YAML and shell (its words come from workflow.words.ts)
  return `${x('remindHeader', { version })}
name: ${x('remindName')}

on:
  schedule:
    ${x('cronComment')}
    - cron: '0 0 * * *'
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: kerjasama-remind
  cancel-in-progress: false

jobs:
  remind:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    outputs:
      on: \${{ steps.configured.outputs.on }}
    steps:
      - name: ${x('configuredStep')}
        id: configured
        env:
          RECIPIENTS: \${{ secrets.KERJASAMA_RECIPIENTS }}
          SMTP_URL: \${{ secrets.KERJASAMA_SMTP_URL }}
        run: |
          if [ -n "$RECIPIENTS" ] && [ -n "$SMTP_URL" ]; then
            echo "on=true" >> "$GITHUB_OUTPUT"
          else
            echo "::notice title=kerjasama::${x('remindersOff')}"
          fi
      - if: ${on}
        uses: ${checkout.uses} # ${checkout.version}
        with:
          persist-credentials: false
      - if: ${on}
        uses: ${setupNode.uses} # ${setupNode.version}
        with:
          node-version: ${WORKFLOW_NODE}
          cache: npm
      - name: ${x('install')}
        if: ${on}
        run: npm ci --no-audit --no-fund
      - name: ${x('sendStep')}
        if: ${on}
        env:
          RECIPIENTS: \${{ secrets.KERJASAMA_RECIPIENTS }}
          SMTP_URL: \${{ secrets.KERJASAMA_SMTP_URL }}
          KERJASAMA_SMTP_USER: \${{ secrets.KERJASAMA_SMTP_USER }}
          KERJASAMA_SMTP_PASSWORD: \${{ secrets.KERJASAMA_SMTP_PASSWORD }}
        run: |
          umask 077
          printf '%s\\n' "$RECIPIENTS" > "$RUNNER_TEMP/recipients.yaml"
          ${tool} remind --recipients "$RUNNER_TEMP/recipients.yaml" --smtp "$SMTP_URL" || status=$?
          rm -f "$RUNNER_TEMP/recipients.yaml"
          if [ "\${status:-0}" -ne 0 ]; then
            echo "::error title=kerjasama::${x('remindFailed')}"
            exit "$status"
          fi

  keepalive:
    needs: remind
    if: github.event_name == 'schedule' && needs.remind.outputs.on == 'true'
    runs-on: ubuntu-latest
    permissions:
      actions: write
    steps:
      - name: ${x('keepaliveStep')}
        env:
          GH_TOKEN: \${{ github.token }}
          GH_REPO: \${{ github.repository }}
        run: gh api --method PUT "repos/$GH_REPO/actions/workflows/${REMIND_WORKFLOW}/enable"
`;
}
