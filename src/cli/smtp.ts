// Sending finished messages over SMTP (kerjasama remind --smtp): nodemailer's SMTP transport in its raw
// mode, so the bytes sent are exactly the .eml the tool wrote, with the envelope given apart. TLS always:
// smtp:// must upgrade with STARTTLS (requireTLS: a server that does not offer it is refused), smtps://
// is TLS from the start; certificates are verified (a private CA can be added with KERJASAMA_SMTP_CA).
// Credentials come from the environment only (KERJASAMA_SMTP_USER, KERJASAMA_SMTP_PASSWORD), never from
// the URL, the register or the recipients file.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './io.js';
import { say } from './messages.js';

export interface SmtpTarget { readonly host: string; readonly port: number; readonly secure: boolean }

/** smtp://host[:port] (STARTTLS, 587) or smtps://host[:port] (TLS, 465); nothing else, no credentials. */
export function parseSmtpUrl(text: string): SmtpTarget {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw new UsageError(say('smtpUrl', { value: text }));
  }
  if (u.username !== '' || u.password !== '') throw new UsageError(say('smtpCredentialsInUrl'));
  if ((u.protocol !== 'smtp:' && u.protocol !== 'smtps:') || u.hostname === '' || (u.pathname !== '' && u.pathname !== '/') || u.search !== '' || u.hash !== '') {
    throw new UsageError(say('smtpUrl', { value: text }));
  }
  const secure = u.protocol === 'smtps:';
  const host = u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname;
  return { host, port: u.port ? Number(u.port) : secure ? 465 : 587, secure };
}

export interface SmtpAuth { readonly user: string; readonly pass: string }

/** The credentials from the environment: both, or neither. */
export function smtpAuth(env: Readonly<Record<string, string | undefined>>): SmtpAuth | undefined {
  const user = env['KERJASAMA_SMTP_USER'];
  const pass = env['KERJASAMA_SMTP_PASSWORD'];
  if (!user && !pass) return undefined;
  if (!user || !pass) throw new UsageError(say('smtpCredentialsHalf'));
  return { user, pass };
}

/** KERJASAMA_SMTP_CA: a PEM file of certificate authorities to trust besides the system's. */
export function smtpCa(env: Readonly<Record<string, string | undefined>>, cwd: string): string | undefined {
  const path = env['KERJASAMA_SMTP_CA'];
  if (!path) return undefined;
  try {
    return readFileSync(resolve(cwd, path), 'utf8');
  } catch (err) {
    throw new UsageError(say('smtpCa', { path, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message }));
  }
}

export interface Outgoing { readonly from: string; readonly recipients: readonly string[]; readonly raw: string }
export type Sent = { ok: true } | { ok: false; reason: string };

/** Sends each message in turn over one connection; a failure is reported for its message and the rest still go. */
export async function sendAll(target: SmtpTarget, auth: SmtpAuth | undefined, ca: string | undefined, messages: readonly Outgoing[]): Promise<Sent[]> {
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: target.host,
    port: target.port,
    secure: target.secure,
    requireTLS: !target.secure,
    ...(auth ? { auth } : {}),
    tls: { minVersion: 'TLSv1.2', ...(ca ? { ca: [ca] } : {}) },
    pool: true,
    maxConnections: 1,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  const out: Sent[] = [];
  try {
    for (const m of messages) {
      try {
        await transport.sendMail({ envelope: { from: m.from, to: [...m.recipients] }, raw: m.raw });
        out.push({ ok: true });
      } catch (err) {
        out.push({ ok: false, reason: (err as Error).message.split('\n')[0] ?? String(err) });
      }
    }
  } finally {
    transport.close();
  }
  return out;
}
