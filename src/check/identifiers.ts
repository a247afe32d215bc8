// Rules on identifiers in public registers (a partner's ids, kerjasama.yaml's owner_ids): the schema
// checks each one's form; these check them against the record and against each other. The same
// identifier means the same partner, so a register that aggregates with others can rely on it.

import type { Diagnostic, Identifiers, Partner } from '../model/types.js';
import { diag, type CheckContext } from './context.js';

const KEYS = ['kemendagri', 'iso3166_2', 'wikidata'] as const satisfies ReadonlyArray<keyof Identifiers>;

/** The level a Kemendagri code names, by its parts: 52 a province, 52.71 a regency or city, then kecamatan and desa. */
const LEVELS = ['province', 'regency_city', 'district', 'village'] as const;
const levelOf = (code: string): (typeof LEVELS)[number] | undefined => LEVELS[code.split('.').length - 1];

/**
 * A code against the record that carries it: an ISO 3166-2 code whose country part is not the partner's
 * country (error); a Kemendagri code outside Indonesia (error); a Kemendagri code of another level than
 * the partner's type (a warning: the code still names one region, and whether the code or the type is
 * wrong takes a person to decide).
 */
export function identifierFit(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const p of ctx.dataset.partners.values()) {
    const ids = p.data.ids;
    if (!ids) continue;
    const country = p.data.country;
    if (ids.iso3166_2 !== undefined && ids.iso3166_2.slice(0, 2) !== country) {
      out.push(diag('iso3166-country', 'error', p.file, '/ids/iso3166_2', { value: ids.iso3166_2, valueCountry: ids.iso3166_2.slice(0, 2), country }));
    }
    if (ids.kemendagri !== undefined) {
      if (country !== 'ID') out.push(diag('kemendagri-country', 'error', p.file, '/ids/kemendagri', { value: ids.kemendagri, country }));
      else {
        const want = p.data.type === 'province' ? 'province' : p.data.type === 'regency' || p.data.type === 'city' ? 'regency_city' : undefined;
        const level = levelOf(ids.kemendagri);
        if (want && level !== want) out.push(diag('kemendagri-level', 'warning', p.file, '/ids/kemendagri', { value: ids.kemendagri, type: p.data.type, level: level ?? '', want }));
      }
    }
  }
  return out;
}

/** Two partners with the same identifier are one partner: an error on each after the first. */
export function identifierTaken(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, Partner>();
  for (const p of ctx.dataset.partners.values()) {
    for (const key of KEYS) {
      const value = p.data.ids?.[key];
      if (value === undefined) continue;
      const first = seen.get(`${key}|${value}`);
      if (first) out.push(diag('same-identifier', 'error', p.file, `/ids/${key}`, { key, value, other: first.id, otherFile: first.file }));
      else seen.set(`${key}|${value}`, p);
    }
  }
  return out;
}

/**
 * A foreign regional government with no ISO 3166-2 code: a warning only where kerjasama.yaml asks for it
 * (checks.iso3166_2_required: true). Off by default: a register that records no identifiers would
 * otherwise get one warning per foreign partner, and an identifier is never a value to be forced.
 */
export function iso3166Missing(ctx: CheckContext): Diagnostic[] {
  if (!ctx.dataset.config.requireIso3166_2) return [];
  const out: Diagnostic[] = [];
  for (const p of ctx.dataset.partners.values()) {
    if (p.data.type === 'foreign_subnational' && p.data.ids?.iso3166_2 === undefined) {
      out.push(diag('iso3166-missing', 'warning', p.file, p.data.ids ? '/ids' : '/type', { country: p.data.country }));
    }
  }
  return out;
}

/**
 * kerjasama.yaml's owner_ids against the owner's own partner record: where both give an identifier, they
 * agree. Said at the record's identifier (a record's file, as every cross-record rule's finding is), naming
 * the value in kerjasama.yaml.
 */
export function ownerIdentifiers(ctx: CheckContext): Diagnostic[] {
  const { owner, ownerIds } = ctx.dataset.config;
  const record = owner === undefined ? undefined : ctx.dataset.partners.get(owner);
  if (!record) return [];
  const out: Diagnostic[] = [];
  for (const key of KEYS) {
    const mine = ownerIds[key];
    const theirs = record.data.ids?.[key];
    if (mine !== undefined && theirs !== undefined && mine !== theirs) {
      out.push(diag('owner-identifier', 'error', record.file, `/ids/${key}`, { key, value: theirs, configValue: mine }));
    }
  }
  return out;
}
