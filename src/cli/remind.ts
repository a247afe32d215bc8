// kerjasama remind: load → check (records with errors left out) → remind report → one digest per unit →
// the dry run (who would get what), .eml files (--out), or SMTP (--smtp). The recipients file is read
// here, outside the register; addresses are printed only when asked (--show-addresses), since CI logs
// may be public.

import { pushAll } from '../model/lists.js';
import { createHash } from 'node:crypto';
import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { addressText, type Address } from '../model/address.js';
import { humanDate } from '../model/dates.js';
import { slug } from '../model/ids.js';
import type { Lang } from '../model/types.js';
import { addressesOf, readRecipients, type Recipients } from '../load/recipients.js';
import { parseList, type Filters } from '../report/filters.js';
import { expiringRowsOf, remindReport, type Digest, type RemindReport } from '../report/remind.js';
import { digestView, remindText, unitName, type DigestView } from '../view/remind.js';
import { expiringAsIcs } from '../render/reportIcs.js';
import { mailDate } from '../render/mime.js';
import { digestMessage } from '../render/remindMail.js';
import { reportAsJson } from '../render/reportJson.js';
import { visible } from '../render/sanitise.js';
import { messageOf } from '../model/diagnostics.js';
import { fsError, loadOrExplain, makeRealFolder, replaceFile, writeNewFile, type GlobalOptions } from './common.js';
import { UsageError, type IO } from './io.js';
import { say, t } from './messages.js';
import { provenanceOf, reportInputs } from './report.js';
import { parseSmtpUrl, sendAll, smtpAuth, smtpCa, type Outgoing } from './smtp.js';

export interface RemindOptions extends GlobalOptions {
  dryRun?: boolean;
  out?: string;
  smtp?: string;
  recipients?: string;
  showAddresses?: boolean;
  format?: string;
  force?: boolean;
  category?: string;
  partner?: string;
  country?: string;
  sector?: string;
  unit?: string;
}

/** A digest ready to go: its view, its addresses, its identity and (for --out and --smtp) its message. */
interface Planned {
  digest: Digest;
  view: DigestView;
  to: Address[];
  cc: Address[];
  noAddress: boolean;
  messageId: string;
  eml?: string;
}

export async function remindCommand(io: IO, opts: RemindOptions): Promise<number> {
  if (opts.dryRun && (opts.out !== undefined || opts.smtp !== undefined)) throw new UsageError(say('remindDryRunWith'));
  const target = opts.smtp !== undefined ? parseSmtpUrl(opts.smtp) : undefined;
  const auth = target ? smtpAuth(io.env) : undefined;
  const ca = target ? smtpCa(io.env, io.cwd) : undefined;
  const writes = opts.out !== undefined || target !== undefined;
  const { loaded, lang, asOf, asOfText } = loadOrExplain(io, opts);
  const recipientsPath = opts.recipients ?? io.env['KERJASAMA_RECIPIENTS'];
  if (writes && !recipientsPath) throw new UsageError(say('recipientsNeeded'));
  const recipients = recipientsPath ? loadRecipients(io, recipientsPath, loaded.root, lang) : undefined;
  if (writes && recipients && !recipients.from) throw new UsageError(say('recipientsNoFrom', { path: recipientsPath as string }));

  const filters: Filters = {};
  for (const k of ['category', 'partner', 'country', 'sector', 'unit'] as const) {
    const v = parseList(opts[k]);
    if (v) filters[k] = v;
  }
  const { dataset } = reportInputs(io, loaded, asOf, lang);
  const cfg = loaded.config;
  const rep = remindReport(dataset, asOf, { schedule: cfg.reminders, horizon: cfg.expiryHorizon, inactivityWindow: cfg.inactivityWindow, filters });
  const prov = provenanceOf(loaded, asOfText, filters)('remind', rep.considered, 'agreements');
  const domain = `${cfg.owner ?? (slug(cfg.name) || 'register')}.kerjasama`;
  const planned: Planned[] = rep.digests.map((g) => {
    const unitAddresses = g.unit === null || !recipients ? undefined : addressesOf(recipients, g.unit);
    const bureau = recipients?.bureau ?? [];
    const to = unitAddresses?.length ? unitAddresses : bureau;
    const cc = unitAddresses?.length ? bureau.filter((b) => !unitAddresses.some((u) => u.address.toLowerCase() === b.address.toLowerCase())) : [];
    const noAddress = g.unit !== null && !unitAddresses?.length;
    const rows = expiringRowsOf(g);
    const view = digestView(g, { register: cfg.name, ...(prov.commit ? { commit: prov.commit } : {}), asOf, considered: rep.considered, calendar: rows.length > 0, noAddress: noAddress && recipients !== undefined }, lang);
    // The same day and unit give the same id: a digest sent twice is one message to a mail client.
    const hash = createHash('sha256').update(g.unit === null ? '\u0000bureau' : g.unit).digest('hex').slice(0, 12);
    const messageId = `remind.${asOfText}.${hash}@${domain}`;
    const p: Planned = { digest: g, view, to, cc, noAddress, messageId };
    if (writes && recipients?.from) {
      if (to.length === 0) throw new UsageError(say('recipientsNoOne', { name: unitName(g.unit, lang) }));
      const ics = rows.length ? expiringAsIcs({ within: rep.within, horizonEnd: asOfText, rows, endUnknown: [], considered: rows.length }, { asOf: asOfText, register: cfg.name, ...(cfg.owner ? { owner: cfg.owner } : {}), reminder: cfg.calendarReminder }, lang) : undefined;
      p.eml = digestMessage(view, { from: recipients.from, to, cc, date: mailDate(asOf), messageId, lang, ...(ics ? { ics: { filename: `kerjasama-${asOfText}.ics`, content: ics } } : {}) });
    }
    return p;
  });

  if (!writes) {
    if (opts.format === 'json') io.stdout(reportAsJson(prov, planJson(rep, planned, recipients !== undefined, Boolean(opts.showAddresses))));
    else io.stdout(planText(planned, cfg.name, asOf, lang, recipients !== undefined, Boolean(opts.showAddresses)));
    return 0;
  }
  let code = 0;
  if (opts.out !== undefined) writeEmls(io, opts.out, planned, asOfText, Boolean(opts.force), lang);
  if (target) {
    const from = (recipients as Recipients).from as Address;
    const outgoing: Outgoing[] = planned.map((p) => ({ from: from.address, recipients: [...p.to, ...p.cc].map((a) => a.address), raw: p.eml as string }));
    const sent = await sendAll(target, auth, ca, outgoing);
    let failed = 0;
    sent.forEach((s, i) => {
      const p = planned[i] as Planned;
      const values = { to: remindText(lang, 'addresses', { n: p.to.length + p.cc.length }), unit: visible(unitName(p.digest.unit, lang)) };
      if (s.ok) io.stdout(remindText(lang, 'sent', values) + '\n');
      else {
        failed++;
        io.stderr(`kerjasama: ${remindText(lang, 'notSent', { ...values, reason: visible(s.reason) })}\n`);
      }
    });
    if (failed) {
      io.stderr(`kerjasama: ${t(lang, 'smtpFailed', { n: failed, total: sent.length })}\n`);
      code = 2;
    }
  }
  if (planned.length === 0) io.stdout(remindText(lang, 'nothing', { date: humanAsOf(asOf, lang), register: visible(cfg.name) }) + '\n');
  return code;
}

const humanAsOf = (asOf: number, lang: Lang): string => humanDate(asOf, lang);

/** Reads the recipients file, refusing one inside the register (it would be committed and published). */
function loadRecipients(io: IO, path: string, root: string, lang: Lang): Recipients {
  const abs = resolve(io.cwd, path);
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const rootReal = real(root);
  const fileReal = real(abs);
  if (fileReal === rootReal || fileReal.startsWith(rootReal + sep) || abs.startsWith(resolve(root) + sep)) throw new UsageError(say('recipientsInRegister', { path }));
  const r = readRecipients(abs, path);
  if (r.ok) return r.recipients;
  if ('unreadable' in r) {
    const d = r.unreadable[0];
    throw new UsageError(say('recipientsUnreadable', { path, reason: d ? messageOf(d, lang).message : '?' }));
  }
  for (const p of r.problems) io.stderr(`${path}:${p.line}:${p.column}: ${t(lang, `recipients.${p.code}`, p.values)}\n`);
  throw new UsageError(say('recipientsHasErrors', { path }));
}

/** The dry run as JSON: without a recipients file, to, cc and unitHasAddress are null (not known). */
function planJson(rep: RemindReport, planned: Planned[], haveRecipients: boolean, showAddresses: boolean): unknown {
  return {
    within: rep.within,
    since: rep.since,
    reviewDay: rep.reviewDay,
    digests: planned.map((p) => ({
      unit: p.digest.unit,
      ...(!haveRecipients ? { to: null, cc: null } : showAddresses ? { to: p.to.map(addressText), cc: p.cc.map(addressText) } : { to: p.to.length, cc: p.cc.length }),
      unitHasAddress: haveRecipients ? !p.noAddress : null,
      subject: p.view.subject,
      messageId: p.messageId,
      reminders: p.digest.reminders,
    })),
  };
}

function planText(planned: Planned[], register: string, asOf: number, lang: Lang, haveRecipients: boolean, showAddresses: boolean): string {
  const r = (key: string, v: Record<string, string | number> = {}): string => remindText(lang, key, v);
  const date = humanAsOf(asOf, lang);
  if (planned.length === 0) return r('nothing', { date, register: visible(register) }) + '\n';
  const n = planned.reduce((k, p) => k + p.digest.reminders.length, 0);
  const out = [r('plan', { date, register: visible(register), digests: planned.length, n }), ''];
  if (!haveRecipients) out.push(r('noRecipients'), '');
  const list = (as: Address[]): string => (as.length === 0 ? r('noOne') : showAddresses ? as.map((a) => visible(addressText(a))).join(', ') : r('addresses', { n: as.length }));
  for (const p of planned) {
    out.push(visible(unitName(p.digest.unit, lang)) + (p.digest.unit === null ? ` ${r('unitNone')}` : p.noAddress && haveRecipients ? ` ${r('unitNoAddress')}` : ''));
    if (haveRecipients) out.push(`  ${r('to', { list: list(p.to) })} · ${r('cc', { list: list(p.cc) })}`);
    out.push(`  ${r('subjectLine', { subject: visible(p.view.subject) })}`);
    for (const s of p.view.sections) {
      for (const x of s.reminders) out.push(`  • ${visible(s.title)}: ${visible(x.heading)} — ${x.why.map((y) => visible(y)).join(' ')}`);
    }
    out.push('');
  }
  // What a mark in the lines above means (a day counted from an uncertain end), once.
  const footnotes = [...new Set(planned.flatMap((p) => p.view.footnotes))];
  if (footnotes.length) pushAll(out, footnotes.map((x) => visible(x))).push('');
  return out.join('\n');
}

/** Writes each digest as <as-of>-<unit>.eml into the folder, atomically; an existing file only with --force. */
function writeEmls(io: IO, out: string, planned: Planned[], asOfText: string, force: boolean, lang: Lang): void {
  const abs = resolve(io.cwd, out);
  try {
    const st = lstatOrUndefined(abs);
    if (!st) makeRealFolder(dirname(abs), basename(abs));
    else if (st.isSymbolicLink()) throw new UsageError(say('folderIsLink', { path: out }));
    else if (!st.isDirectory()) throw new UsageError(say('notAFolder', { path: out }));
  } catch (err) {
    throw err instanceof UsageError ? err : fsError(err, out, 'create');
  }
  const taken = new Set<string>();
  for (const p of planned) {
    const base = `${asOfText}-${p.digest.unit === null ? 'biro-kerja-sama' : slug(p.digest.unit) || 'unit'}`;
    let name = `${base}.eml`;
    for (let k = 2; taken.has(name); k++) name = `${base}-${k}.eml`;
    taken.add(name);
    const path = join(abs, name);
    const shown = relative(io.cwd, path) || name;
    if (force) replaceFile(path, p.eml as string, shown);
    else writeNewFile(path, p.eml as string, shown);
    io.stdout(remindText(lang, 'wrote', { path: shown, unit: visible(unitName(p.digest.unit, lang)) }) + '\n');
  }
}

function lstatOrUndefined(p: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(p);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
