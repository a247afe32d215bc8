// PDF through LibreOffice (report periodic --format pdf): the document kerjasama made (.docx, or .xlsx
// from a region's workbook form) converted by `soffice --headless --convert-to pdf`, with a private
// profile in a temporary folder (so it never touches, or waits on, the user's own LibreOffice), in its
// own process group killed whole after a time limit. Found as SOFFICE_PATH, else on the PATH, else in
// the usual places; when there is none, a clear message says how to install it.

import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from './io.js';
import { say, t } from './messages.js';

const PLACES = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe'];

/** The soffice program: SOFFICE_PATH, a soffice or libreoffice on the PATH, or one of the usual places. */
export function findSoffice(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const runnable = (p: string): boolean => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (env['SOFFICE_PATH']) return runnable(env['SOFFICE_PATH']) ? env['SOFFICE_PATH'] : undefined;
  for (const dir of (env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ['soffice', 'libreoffice']) if (runnable(join(dir, name))) return join(dir, name);
  }
  return PLACES.find(runnable);
}

/** Converts a document to PDF with LibreOffice; a usage error (exit 2) when it is missing, fails or takes too long. */
export async function toPdf(bytes: Uint8Array, ext: 'docx' | 'xlsx', env: Readonly<Record<string, string | undefined>>, ms = 180_000): Promise<Uint8Array> {
  const soffice = findSoffice(env);
  if (!soffice) throw new UsageError(say('pdfNoSoffice'));
  const work = mkdtempSync(join(tmpdir(), 'kerjasama-pdf-'));
  try {
    const input = join(work, `report.${ext}`);
    writeFileSync(input, bytes);
    const home = join(work, 'home');
    await new Promise<void>((resolve, reject) => {
      const child = spawn(soffice, ['--headless', '--norestore', '--nologo', '--nodefault', `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--convert-to', 'pdf', '--outdir', work, input], {
        cwd: work, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: env['PATH'] ?? '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
      });
      let out = '';
      child.stdout?.on('data', (b: Buffer) => { out += b.toString(); });
      child.stderr?.on('data', (b: Buffer) => { out += b.toString(); });
      const timer = setTimeout(() => {
        try { process.kill(-(child.pid as number), 'SIGKILL'); } catch { /* gone already */ }
        reject(new UsageError(say('pdfTimeout', { seconds: ms / 1000 })));
      }, ms);
      child.on('error', (err) => { clearTimeout(timer); reject(new UsageError(say('pdfFailed', { reason: err.message }))); });
      child.on('close', (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new UsageError(say('pdfFailed', { reason: `exit ${code}: ${out.trim().split('\n').slice(-2).join(' ')}` })));
      });
    });
    try {
      return readFileSync(join(work, 'report.pdf'));
    } catch {
      throw new UsageError((l) => t(l, 'pdfFailed', { reason: t(l, 'pdfNoFile') }));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
