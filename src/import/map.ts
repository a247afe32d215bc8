// The pure stage of an import: the rows of one sheet, with their column mapping, against the register as
// loaded → the partner and agreement records to write (each with the row it came from), the partners
// matched, the rows skipped and rejected, and every value that could not be read or was inferred. No I/O:
// the CLI (cli/import.ts) reads the file, checks the proposal against the register and writes it.

import { maxOf, pushAll } from '../model/lists.js';
import { identityKey, normaliseName } from '../check/partners.js';
import { ID_PATTERN, slug } from '../model/ids.js';
import type { AgreementData, Category, Dataset, DocumentType, PartnerData, PartnerType, Signature } from '../model/types.js';
import { regionId, uniqueId } from '../scaffold/ids.js';
import { MODEL_FIELDS, type ColumnMap, type Field, type MappingFile } from './columns.js';
import { AGREEMENT_FIELDS, type FieldSpec } from '../model/fields.js';
import type { Problem, ProblemCode, ProblemKind, WhyCode } from './problems.js';
import { readSectors } from './sectors.js';
import { PARTNER_TYPE_NAMES } from './map.data.js';
import { sourceCitation } from './import.words.js';
import {
  cellText, documentTypeOfTitle, fold, isBlank, readCategory, readCountry, readDate, readDocumentType, readPeriod, readStatus, readTerm, splitItems,
  type GridCell,
} from './values.js';

export interface Sheet { name: string; rows: GridCell[][] }

/** The record fields with rules of their own below (inference, synonyms, partner matching); the model's other fields are read by shape. */
const OWN_RULES: ReadonlySet<string> = new Set(['title', 'original_title', 'category', 'document_type', 'effective', 'end', 'status', 'confirmed', 'sectors', 'scope', 'unit', 'notes']);

/** A partner sheet of a workbook (as `list agreements --format xlsx` writes one): id → what it says. */
export type PartnerTable = ReadonlyMap<string, { name: string; type?: string; country?: string }>;

export interface ImportInput {
  sheet: Sheet;
  columns: ColumnMap;
  dataset: Dataset;
  /** The file name as it is cited in sources (no folders). */
  fileName: string;
  /** Whether the file has sheets (a workbook) or not (CSV): sources name the sheet only for a workbook. */
  workbook: boolean;
  defaults?: MappingFile['defaults'];
  partnerTable?: PartnerTable;
}

export interface ProposedPartner { id: string; data: PartnerData; rows: number[]; spellings: string[] }
export interface ProposedAgreement {
  id: string;
  data: AgreementData;
  row: number;
  /** For problems found later (schema, cross-record): the column each top-level field came from. */
  columnOf: Partial<Record<string, number>>;
}
export interface PartnerMatch { row: number; col?: number; text: string; id: string; how: 'id' | 'code' | 'name' | 'alias' | 'similar' | 'new' | 'sheet' }

export interface Proposal {
  partners: ProposedPartner[];
  agreements: ProposedAgreement[];
  matches: PartnerMatch[];
  problems: Problem[];
  /** Rows that are rejected: they go to the rejects file with their problems. */
  rejected: Set<number>;
  /** Rows read as records or rejects (not blank, totals or section rows). */
  dataRows: number[];
  blankRows: number;
}

/** The citation each imported record carries, and by which importing the same sheet again is recognised. */
export function sourceText(fileName: string, sheet: string | undefined, row: number): string {
  const file = fileName.replace(/[\u0000-\u001f\u007f]/g, '').trim() || 'spreadsheet';
  return sourceCitation(file, sheet, row);
}

// --- partner types -------------------------------------------------------------------------------------

const TYPE_WORDS: ReadonlyArray<readonly [PartnerType | 'region' | 'foreign_region', RegExp]> = [
  ['central_government', /^(kementerian|kemendagri|kemenlu|kemlu|kemenkeu|kemenparekraf|kementrian|badan nasional|bappenas|bkpm|lembaga pemerintah)\b/],
  ['foreign_government', /\b(embassy|kedutaan|kedubes|konsulat|consulate|ministry of|kementerian luar)\b/],
  ['university', /\b(universitas|university|institut|institute of technology|politeknik|polytechnic|sekolah tinggi|college|universiti|daigaku)\b/],
  ['company', /(^(pt|cv|perum|persero)\b)|\b(tbk|ltd|limited|inc|corp|corporation|co ltd|gmbh|bhd|sdn bhd|perusahaan|company|group)\b/],
  ['ngo', /\b(yayasan|foundation|perkumpulan|asosiasi|association|lsm|ngo|lembaga swadaya|perhimpunan|ikatan)\b/],
  ['foreign_region', /\b(prefecture|prefektur|province|provinsi|state|negara bagian|city|kota|county|municipality|munisipalitas|gubernur|governorate|region|daerah|ken|shi|metropolitan|kabupaten)\b/],
  ['foreign_institution', /\b(agency|jica|koica|giz|usaid|institution|chamber|kadin|council)\b/],
];

/** What the partner's name says of its type; `region` is an Indonesian region whose level the name names. */
function typeFromName(name: string, country: string | undefined): { type: PartnerType; why: WhyCode } | undefined {
  const t = fold(name);
  const lvl = /^(pemerintah )?(provinsi|prov|pemprov|pemerintah provinsi)\b/.test(t) ? 'province' : /^(pemerintah )?(kabupaten|kab|pemkab)\b/.test(t) ? 'regency' : /^(pemerintah )?(kota|pemkot)\b/.test(t) ? 'city' : undefined;
  if (lvl && (country === undefined || country === 'ID')) return { type: lvl, why: 'name-says' };
  for (const [type, re] of TYPE_WORDS) {
    if (!re.test(t)) continue;
    if (type === 'region') continue;
    if (type === 'foreign_region') return country !== undefined && country !== 'ID' ? { type: 'foreign_subnational', why: 'name-foreign' } : undefined;
    return { type, why: 'name-says' };
  }
  return undefined;
}

const PARTNER_TYPES: readonly PartnerType[] = ['province', 'regency', 'city', 'central_government', 'foreign_subnational', 'foreign_government', 'foreign_institution', 'company', 'university', 'ngo', 'person', 'other'];

function readPartnerType(c: GridCell): PartnerType | undefined {
  const t = fold(cellText(c)).replace(/ /g, '_');
  if ((PARTNER_TYPES as readonly string[]).includes(t)) return t as PartnerType;
  const f = fold(cellText(c));
  for (const [type, names] of PARTNER_TYPE_NAMES) if (names.includes(f)) return type;
  return undefined;
}

/** The category a partner implies (PP 28/2018): the kind of party decides it. */
function categoryOf(type: PartnerType, country: string): { category: Category; why: WhyCode } {
  if (country === 'ID') {
    if (type === 'province' || type === 'regency' || type === 'city') return { category: 'KSDD', why: 'region-in-id' };
    if (type === 'central_government') return { category: 'PUSAT', why: 'central-government' };
    return { category: 'KSDPK', why: 'third-party-in-id' };
  }
  if (type === 'foreign_subnational') return { category: 'KSDPL', why: 'government-abroad' };
  return { category: 'KSDLL', why: 'institution-abroad' };
}

/** The partner type a category requires, where it requires one. */
function typeOfCategory(c: Category): PartnerType | undefined {
  return c === 'KSDPL' ? 'foreign_subnational' : c === 'PUSAT' ? 'central_government' : c === 'KSDLL' ? 'foreign_institution' : c === 'KSDPK' ? 'other' : undefined;
}

// --- rows ----------------------------------------------------------------------------------------------

const TOTALS = /^(jumlah|total|sub total|subtotal|grand total|jumlah total|jumlah keseluruhan|rekapitulasi)\b/;
const URL_RE = /^https?:\/\/\S+$/i;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

function rowKind(row: readonly GridCell[], cols: ColumnMap): { kind: 'blank' } | { kind: 'totals' } | { kind: 'section'; text: string } | { kind: 'data' } {
  const meaningful: string[] = [];
  row.forEach((c, i) => {
    if (cols.fields.get(i) !== 'ignore' && !isBlank(c)) meaningful.push(cellText(c));
  });
  if (meaningful.length === 0) return { kind: 'blank' };
  if (row.some((c, i) => typeof c === 'string' && TOTALS.test(fold(c)) && cols.fields.get(i) !== 'title' && cols.fields.get(i) !== 'notes')) return { kind: 'totals' };
  if (meaningful.length >= 2 && meaningful.every((t) => t === meaningful[0])) return { kind: 'section', text: meaningful[0] as string };
  return { kind: 'data' };
}

/** A partner found under a name, with its country: a name is matched only within the row's country. */
/**
 * A region code (kode wilayah, Kemendagri) from a cell: text as written ('52', '52.71', spaces dropped),
 * or a number a spreadsheet made of it (52, 52.71; 35.1 is 35.10, as every part of a code has two
 * digits). Undefined when it is not a code.
 */
export function readRegionCode(c: GridCell): string | undefined {
  let text: string;
  if (typeof c === 'number') {
    if (!Number.isFinite(c) || c < 0) return undefined;
    text = Number.isInteger(c) ? String(c).padStart(2, '0') : c.toFixed(2);
  } else text = cellText(c).replace(/\s+/g, '');
  return /^[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?$/.test(text) ? text : undefined;
}

/** The kind of region a code names: one part a province; two a regency, or a city from 71 on (Permendagri 72/2019). */
function regionTypeOfCode(code: string): PartnerType {
  const parts = code.split('.');
  if (parts.length === 1) return 'province';
  return Number(parts[1]) >= 71 ? 'city' : 'regency';
}

interface Named { id: string; country: string }

interface PartnerIndex {
  byId: ReadonlySet<string>;
  /** By region code (ids.kemendagri): the code names one region, whatever the spelling of its name. */
  byCode: Map<string, string[]>;
  byName: Map<string, Named[]>;
  byAlias: Map<string, Named[]>;
  byNorm: Map<string, Named[]>;
}

function indexPartners(d: Dataset): PartnerIndex {
  const byName = new Map<string, Named[]>();
  const byAlias = new Map<string, Named[]>();
  const byNorm = new Map<string, Named[]>();
  const push = <T>(m: Map<string, T[]>, k: string, v: T): void => {
    const a = m.get(k) ?? [];
    a.push(v);
    m.set(k, a);
  };
  const byCode = new Map<string, string[]>();
  for (const p of d.partners.values()) {
    const code = p.data.ids?.kemendagri;
    if (code !== undefined) push(byCode, code, p.id);
    push(byName, fold(p.data.name), { id: p.id, country: p.data.country });
    for (const a of p.data.aliases ?? []) push(byAlias, fold(a), { id: p.id, country: p.data.country });
    for (const n of [p.data.name, ...(p.data.aliases ?? [])]) push(byNorm, identityKey(n), { id: p.id, country: p.data.country });
  }
  return { byId: new Set(d.partners.keys()), byCode, byName, byAlias, byNorm };
}

const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** Rows → records. Deterministic: the same sheet and register give the same proposal. */
export function mapRows(input: ImportInput): Proposal {
  const { sheet, columns, dataset } = input;
  const problems: Problem[] = [];
  const rejected = new Set<number>();
  const dataRows: number[] = [];
  let blankRows = 0;
  const colOf = new Map<Field, number>();
  for (const [c, f] of columns.fields) if (f !== 'ignore' && !colOf.has(f)) colOf.set(f, c);
  const say = (kind: ProblemKind, code: ProblemCode, row: number, col: number | undefined, params: Record<string, string | number> = {}): void => {
    problems.push({ kind, code, row, ...(col !== undefined ? { col } : {}), params });
    if (kind === 'reject') rejected.add(row);
  };

  const index = indexPartners(dataset);
  const owner = dataset.config.owner;
  const ownerKnown = owner !== undefined && dataset.partners.has(owner);
  const sheetName = input.workbook ? sheet.name : undefined;
  const existingSources = new Map<string, string>();
  for (const a of dataset.agreements.values()) for (const s of a.data.sources ?? []) existingSources.set(s, a.file);
  const existingKeys = new Map<string, string>();
  for (const a of dataset.agreements.values()) existingKeys.set(agreementKey(a.data.partners, a.data.title, firstSignature(a.data)), a.file);

  const takenPartnerIds = new Set<string>([...dataset.partners.keys(), ...dataset.invalidIds.partner]);
  const takenAgreementIds = new Set<string>([...dataset.agreements.keys(), ...dataset.invalidIds.agreement]);
  // Ids are only ever taken here, never freed: each base's search for a free suffix goes on where it stopped.
  const nextPartnerSuffix = new Map<string, number>();
  const nextAgreementSuffix = new Map<string, number>();
  const newPartners = new Map<string, ProposedPartner>();
  const newByNorm = new Map<string, ProposedPartner[]>();
  const partners: ProposedPartner[] = [];
  const agreements: ProposedAgreement[] = [];
  const matches: PartnerMatch[] = [];
  const seenKeys = new Map<string, number>();

  const headerEnd = maxOf(columns.headerRows, 0);
  const width = maxOf(sheet.rows.map((r) => r.length), 0);

  for (let r = headerEnd; r < sheet.rows.length; r++) {
    const rowNo = r + 1;
    const row = sheet.rows[r] ?? [];
    const kind = rowKind(row, columns);
    if (kind.kind === 'blank') {
      blankRows++;
      continue;
    }
    if (kind.kind === 'totals') {
      say('info', 'skipped-totals', rowNo, undefined);
      continue;
    }
    if (kind.kind === 'section') {
      say('info', 'skipped-section', rowNo, undefined, { text: kind.text.slice(0, 60) });
      continue;
    }
    dataRows.push(rowNo);
    const cell = (f: Field): GridCell => {
      const c = colOf.get(f);
      return c === undefined ? null : row[c] ?? null;
    };
    const col = (f: Field): number | undefined => colOf.get(f);
    const notes: string[] = [];
    const keep = (f: Field): void => {
      const c = col(f);
      const h = c === undefined ? f : columns.headers.get(c) ?? f;
      notes.push(`${h}: ${cellText(cell(f))}`);
    };
    const source = sourceText(input.fileName, sheetName, rowNo);
    const columnOf: Partial<Record<string, number>> = {};
    const at = (key: string, f: Field): void => {
      const c = col(f);
      if (c !== undefined) columnOf[key] = c;
    };

    // Already imported (the same row of the same file), or already in the register by id.
    const already = existingSources.get(source);
    const idText = cellText(cell('id'));
    const byId = idText && dataset.agreements.get(idText);
    if (already || byId) {
      say('info', 'already-imported', rowNo, undefined, { file: already ?? (byId ? byId.file : '') });
      continue;
    }

    const title = cellText(cell('title'));
    if (!title) say('reject', 'no-title', rowNo, col('title'));

    // Country and type, as the row gives them.
    let country: string | undefined;
    const cr = readCountry(cell('country'));
    if ('value' in cr) country = cr.value;
    else if ('problem' in cr) say('reject', 'country-unread', rowNo, col('country'), { text: cr.problem });
    const defCountry = input.defaults?.country ? readCountry(input.defaults.country) : undefined;
    const givenType = isBlank(cell('partner_type')) ? undefined : readPartnerType(cell('partner_type'));
    if (!isBlank(cell('partner_type')) && !givenType) notes.push(`${columns.headers.get(col('partner_type') ?? -1) ?? 'partner_type'}: ${cellText(cell('partner_type'))}`);

    // Category, as the row gives it (inferred from the partner below when it does not).
    let category: Category | undefined;
    const catRead = readCategory(cell('category'));
    if ('value' in catRead) category = catRead.value as Category;
    else if ('problem' in catRead) {
      say('unknown', 'category-unread', rowNo, col('category'), { text: catRead.problem });
      keep('category');
    }
    if (!category && input.defaults?.category) {
      const d = readCategory(input.defaults.category);
      if ('value' in d) category = d.value as Category;
    }
    at('category', category ? 'category' : 'partner');

    // Partners: matched before they are made.
    const partnerTexts = splitItems(cell('partner'), false);
    if (partnerTexts.length === 0) say('reject', 'no-partner', rowNo, col('partner'));
    // The partner's region code (kode wilayah), when the row gives one: for a row naming one partner only.
    let partnerCode: string | undefined;
    if (!isBlank(cell('partner_code'))) {
      const read = readRegionCode(cell('partner_code'));
      if (read === undefined) {
        say('unknown', 'region-code-unread', rowNo, col('partner_code'), { text: cellText(cell('partner_code')) });
        keep('partner_code');
      } else if (partnerTexts.length > 1) {
        say('info', 'region-code-several', rowNo, col('partner_code'), { code: read, n: partnerTexts.length });
        keep('partner_code');
      } else partnerCode = read;
    }
    const partnerIds: string[] = [];
    const rowMatches: PartnerMatch[] = [];
    for (const text of partnerTexts) {
      const c = col('partner');
      // By name, alias or a similar name: only a partner of the row's country, when the row gives one
      // (the same name in two countries is two partners: Kota Surabaya, Indonesia is not one in China).
      const inCountry = (xs: readonly Named[]): string[] => uniq(xs.filter((x) => country === undefined || x.country === country).map((x) => x.id));
      const exact = (m: Map<string, Named[]>): string[] => inCountry(m.get(fold(text)) ?? []);
      let found: { id: string; how: PartnerMatch['how'] } | undefined;
      if (index.byId.has(text)) found = { id: text, how: 'id' };
      const byCode = partnerCode === undefined ? [] : index.byCode.get(partnerCode) ?? [];
      if (!found && byCode.length === 1) found = { id: byCode[0] as string, how: 'code' };
      const names = exact(index.byName);
      const aliases = exact(index.byAlias);
      if (!found && names.length === 1) found = { id: names[0] as string, how: 'name' };
      if (!found && names.length === 0 && aliases.length === 1) found = { id: aliases[0] as string, how: 'alias' };
      if (!found) {
        const similar = inCountry(index.byNorm.get(identityKey(text)) ?? []);
        const candidates = uniq([...names, ...aliases, ...similar]);
        if (candidates.length === 1) found = { id: candidates[0] as string, how: names.length + aliases.length ? 'name' : 'similar' };
        else if (candidates.length > 1) {
          say('reject', 'partner-ambiguous', rowNo, c, { text, ids: candidates.join(', ') });
          continue;
        }
      }
      if (found && partnerCode !== undefined && found.how !== 'code') {
        // Matched by its id or name, but the register gives that partner another region code: the row is
        // not taken rather than tied to the wrong region.
        const own = dataset.partners.get(found.id)?.data.ids?.kemendagri;
        if (own !== undefined && own !== partnerCode) {
          say('reject', 'region-code-differs', rowNo, col('partner_code'), { text, id: found.id, code: partnerCode, own });
          continue;
        }
      }
      if (found) {
        partnerIds.push(found.id);
        rowMatches.push({ row: rowNo, ...(c !== undefined ? { col: c } : {}), text, id: found.id, how: found.how });
        continue;
      }
      // A new partner: one record for every row that names it, however it is spelt.
      const fromSheet = input.partnerTable?.get(text);
      const name = fromSheet?.name ?? text;
      const sheetCountry = fromSheet?.country ? readCountry(fromSheet.country) : undefined;
      let pCountry = country ?? (sheetCountry && 'value' in sheetCountry ? sheetCountry.value : undefined);
      const norm = identityKey(name);
      const same = (partnerCode !== undefined ? partners.find((p) => p.data.ids?.kemendagri === partnerCode) : undefined)
        ?? (newByNorm.get(norm) ?? []).find((p) => (pCountry === undefined || p.data.country === pCountry) && (partnerCode === undefined || p.data.ids?.kemendagri === undefined || p.data.ids.kemendagri === partnerCode));
      if (same) {
        if (!same.spellings.includes(text)) same.spellings.push(text);
        if (!same.rows.includes(rowNo)) same.rows.push(rowNo);
        partnerIds.push(same.id);
        rowMatches.push({ row: rowNo, ...(c !== undefined ? { col: c } : {}), text, id: same.id, how: 'new' });
        continue;
      }
      let typeInfo: { type: PartnerType; why: WhyCode } | undefined = givenType ? { type: givenType, why: 'sheet-says' } : undefined;
      if (!typeInfo && fromSheet?.type && (PARTNER_TYPES as readonly string[]).includes(fromSheet.type)) typeInfo = { type: fromSheet.type as PartnerType, why: 'partner-sheet-says' };
      if (!typeInfo && input.defaults?.partner_type && (PARTNER_TYPES as readonly string[]).includes(input.defaults.partner_type)) typeInfo = { type: input.defaults.partner_type as PartnerType, why: 'mapping-default' };
      // A region code is an Indonesian region's.
      if (!pCountry && partnerCode !== undefined) pCountry = 'ID';
      if (!pCountry) {
        const t = typeFromName(name, undefined);
        if (t && ['province', 'regency', 'city'].includes(t.type)) pCountry = 'ID';
        else if (category === 'KSDD' || category === 'KSDPK' || category === 'PUSAT') pCountry = 'ID';
        else if (defCountry && 'value' in defCountry) pCountry = defCountry.value;
      }
      if (!pCountry) {
        say('reject', 'country-unknown', rowNo, col('country') ?? c, { text });
        continue;
      }
      typeInfo ??= typeFromName(name, pCountry);
      if (!typeInfo && partnerCode !== undefined && pCountry === 'ID') typeInfo = { type: regionTypeOfCode(partnerCode), why: 'region-code' };
      if (!typeInfo && category) {
        const t = typeOfCategory(category);
        if (t) typeInfo = { type: t, why: 'category-partner' };
        else {
          say('reject', 'partner-type-needed', rowNo, c, { text, category });
          continue;
        }
      }
      if (!typeInfo) {
        say('reject', 'category-unknown', rowNo, col('category') ?? c, { text, why: pCountry === 'ID' ? 'region-or-third-party' : 'government-or-institution' });
        continue;
      }
      if (typeInfo.why !== 'sheet-says' && typeInfo.why !== 'partner-sheet-says') say('inferred', 'partner-type-inferred', rowNo, c, { text, type: typeInfo.type, why: typeInfo.why, ...(category ? { whyCategory: category } : {}), ...(typeInfo.why === 'region-code' && partnerCode !== undefined ? { code: partnerCode } : {}) });
      const base = fromSheet && ID_PATTERN.test(text) ? text : typeInfo.type === 'province' || typeInfo.type === 'regency' || typeInfo.type === 'city' ? regionId(name) : slug(normaliseName(name) || name);
      const id = uniqueId(base, (x) => takenPartnerIds.has(x), 'partner', nextPartnerSuffix);
      takenPartnerIds.add(id);
      const data: PartnerData = { name, type: typeInfo.type, country: pCountry, sources: [source] };
      const region = cellText(cell('region'));
      if (region) data.region = region;
      if (partnerCode !== undefined && pCountry === 'ID') data.ids = { kemendagri: partnerCode };
      const p: ProposedPartner = { id, data, rows: [rowNo], spellings: [text] };
      partners.push(p);
      newPartners.set(id, p);
      newByNorm.set(norm, [...(newByNorm.get(norm) ?? []), p]);
      partnerIds.push(id);
      rowMatches.push({ row: rowNo, ...(c !== undefined ? { col: c } : {}), text, id, how: fromSheet ? 'sheet' : 'new' });
    }
    at('partners', 'partner');
    if (rejected.has(rowNo)) continue;
    pushAll(matches, rowMatches);

    // The category, inferred from the (first) partner when the sheet has none; and said so.
    if (!category) {
      const pid = partnerIds[0] as string;
      const p = dataset.partners.get(pid)?.data ?? newPartners.get(pid)?.data;
      if (!p) continue;
      const inf = categoryOf(p.type, p.country);
      category = inf.category;
      say('inferred', 'category-inferred', rowNo, col('partner'), { category, why: inf.why, whyType: p.type, whyCountry: p.country });
    }

    // Document type: the column, else the title, else unknown.
    let documentType: DocumentType = 'unknown';
    const dt = readDocumentType(cell('document_type'));
    if ('value' in dt) documentType = dt.value;
    else if ('problem' in dt) {
      say('unknown', 'document-type-unread', rowNo, col('document_type'), { text: dt.problem });
      keep('document_type');
    } else {
      const fromTitle = documentTypeOfTitle(title) ?? (input.defaults?.document_type ? ('value' in readDocumentType(input.defaults.document_type) ? (readDocumentType(input.defaults.document_type) as { value: DocumentType }).value : undefined) : undefined);
      if (fromTitle) {
        documentType = fromTitle;
        say('inferred', 'document-type-from-title', rowNo, col('title'), { type: fromTitle });
      } else say('unknown', 'document-type-empty', rowNo, col('document_type'));
    }
    at('document_type', 'document_type');

    // Status: the column, else unknown.
    let status: AgreementData['status'] = 'unknown';
    const st = readStatus(cell('status'));
    if ('value' in st) status = st.value;
    else if ('problem' in st) {
      say('unknown', 'status-unread', rowNo, col('status'), { text: st.problem });
      keep('status');
    } else say('unknown', 'status-empty', rowNo, col('status'));
    at('status', 'status');

    // Dates. A text that is not a date is listed and kept in notes, never turned into one.
    const dateOf = (f: Field): string | undefined => {
      const v = readDate(cell(f));
      if ('value' in v) return v.value;
      if ('problem' in v) {
        say('unknown', 'date-unread', rowNo, col(f), { field: f, text: v.problem });
        keep(f);
      }
      return undefined;
    };
    const signed = dateOf('signed');
    let effective = dateOf('effective');
    let end: AgreementData['end'];
    const endCell = cell('end');
    const endTerm = readTerm(endCell);
    // An end column holds a date, "tanpa batas waktu", or the term itself ("5 tahun"), as a term column may.
    if ('value' in endTerm) end = endTerm.value === 'none' ? 'none' : { term: endTerm.value };
    else {
      const e = dateOf('end');
      if (e) end = e;
    }
    const termCell = cell('term');
    const period = readPeriod(termCell);
    if (period) {
      effective ??= period.start;
      end ??= period.end;
    } else if (!isBlank(termCell)) {
      const tr = readTerm(termCell);
      const asDate = readDate(termCell);
      if ('value' in tr) {
        if (end === undefined) end = tr.value === 'none' ? 'none' : { term: tr.value };
        else keep('term');
      } else if ('value' in asDate && end === undefined) end = asDate.value;
      else {
        say('unknown', 'term-unread', rowNo, col('term'), { text: cellText(termCell) });
        keep('term');
      }
    }
    at('end', endCell === null || isBlank(endCell) ? 'term' : 'end');
    at('effective', 'effective');
    const confirmed = dateOf('confirmed');

    // Signatures: one per party, on the signing day, with the numbers.
    const number = cellText(cell('number'));
    const partnerNumber = cellText(cell('partner_number'));
    const signatures: Signature[] = [];
    if (signed || (number && ownerKnown) || partnerNumber) {
      const parties = uniq([...(ownerKnown ? [owner as string] : []), ...partnerIds]);
      for (const party of parties) {
        const s: Signature = { party };
        if (signed) s.date = signed;
        if (party === owner && number) s.number = number;
        if (party === partnerIds[0] && party !== owner && partnerNumber) s.number = partnerNumber;
        signatures.push(s);
      }
    }
    if (number && !ownerKnown) keep('number');
    at('signatures', 'signed');

    // Sectors and scope: what names an urusan becomes a sector; the rest stays as written.
    const sec = readSectors(cell('sectors'), dataset.config.extraSectors);
    for (const u of sec.unmatched) say('info', 'sector-unmatched', rowNo, col('sectors'), { text: u.slice(0, 80) });
    const scopeItems = splitItems(cell('scope'), false);
    const fromScope = readSectors(scopeItems.join('\n'), dataset.config.extraSectors);
    const sectors = uniq([...sec.sectors, ...fromScope.sectors]);
    const scope = uniq([...sec.unmatched, ...scopeItems]);
    at('sectors', 'sectors');
    at('scope', 'scope');

    // A field of the model that import has no rule of its own for is read by its shape: a date as a
    // date, a period as a term (a text that is neither kept in notes), a list split into items, anything
    // else as text.
    const modelValues: Record<string, unknown> = {};
    for (const f of MODEL_FIELDS) {
      if (OWN_RULES.has(f) || col(f) === undefined || isBlank(cell(f))) continue;
      const spec: FieldSpec = AGREEMENT_FIELDS[f];
      let value: unknown;
      if (spec.shape.t === 'date') value = dateOf(f);
      else if (spec.shape.t === 'period') {
        // A period as offices write it: "4 tahun", "48 bulan", "4y" (a text that is not one kept in notes).
        const r = readTerm(cell(f));
        if ('value' in r && r.value !== 'none') value = r.value;
        else keep(f);
      } else if (spec.shape.t === 'texts') value = splitItems(cell(f), false);
      else if (spec.shape.t === 'enum') {
        const code = spec.shape.codes.find((c) => fold(c) === fold(cellText(cell(f))));
        if (code) value = code;
        else keep(f);
      } else value = cellText(cell(f));
      if (value !== undefined && !(Array.isArray(value) && value.length === 0)) modelValues[f] = value;
      at(f, f);
    }
    const sources = [source];
    for (const s of splitItems(cell('source'), false)) {
      if (URL_RE.test(s) || !SCHEME.test(s)) sources.push(s);
      else {
        say('info', 'source-not-link', rowNo, col('source'), { text: s.slice(0, 80) });
        notes.push(`source: ${s}`);
      }
    }

    // Columns no field takes: kept in notes as "Header: value", so nothing in the sheet is lost.
    for (let c = 0; c < width; c++) {
      if (columns.fields.has(c)) continue;
      const v = row[c] ?? null;
      if (isBlank(v)) continue;
      notes.push(`${columns.headers.get(c) ?? `column ${c + 1}`}: ${cellText(v)}`);
    }
    const noteText = [cellText(cell('notes')), ...notes].filter((t) => t !== '').join('\n');

    // The id: the sheet's, when it is one and free; else from the partner, the type and the year.
    let id: string | undefined;
    if (idText) {
      if (ID_PATTERN.test(idText) && !takenAgreementIds.has(idText)) id = idText;
      else say('info', 'id-invalid', rowNo, col('id'), { text: idText });
    }
    const year = (signed ?? effective ?? '').match(/\d{4}/)?.[0];
    id ??= uniqueId(slug([partnerIds[0], documentType === 'unknown' ? '' : documentType, year ?? ''].join(' ')), (x) => takenAgreementIds.has(x), 'agreement', nextAgreementSuffix);
    takenAgreementIds.add(id);

    const data: AgreementData = { title, category, document_type: documentType, partners: uniq(partnerIds), status };
    const originalTitle = cellText(cell('original_title'));
    if (originalTitle) data.original_title = originalTitle;
    if (signatures.length) data.signatures = signatures;
    if (effective) data.effective = effective;
    if (end !== undefined) data.end = end;
    if (confirmed) data.confirmed = confirmed;
    if (sectors.length) data.sectors = sectors;
    if (scope.length) data.scope = scope;
    const unit = cellText(cell('unit'));
    if (unit) data.unit = unit;
    Object.assign(data, modelValues);
    data.sources = sources;
    if (noteText) data.notes = noteText;

    // The same agreement twice in the sheet, or already in the register under another source.
    const key = agreementKey(partnerIds, title, signed ?? effective);
    const inRegister = existingKeys.get(key);
    if (inRegister) {
      say('info', 'already-imported', rowNo, undefined, { file: inRegister });
      continue;
    }
    const twin = seenKeys.get(key);
    if (twin !== undefined) {
      say('info', 'duplicate-row', rowNo, undefined, { other: twin });
      continue;
    }
    seenKeys.set(key, rowNo);
    agreements.push({ id, data, row: rowNo, columnOf });
  }

  // A partner only rejected rows named is not made.
  const used = new Set(agreements.flatMap((a) => a.data.partners));
  return { partners: partners.filter((p) => used.has(p.id)).map(withAliases), agreements, matches, problems, rejected, dataRows, blankRows };
}

function withAliases(p: ProposedPartner): ProposedPartner {
  if (p.spellings.length < 2 || p.data.name !== p.spellings[0]) return p;
  // The fullest spelling names the partner ("Pemerintah Kota Surabaya", not "Pemkot Surabaya"); the others are aliases.
  const name = [...p.spellings].sort((a, b) => b.length - a.length)[0] as string;
  const aliases = p.spellings.filter((s) => s !== name);
  // Keep the field order of the schema: aliases after name.
  const { name: _first, ...rest } = p.data;
  return { ...p, data: { name, aliases, ...rest } };
}

function firstSignature(a: AgreementData): string | undefined {
  return a.signatures?.find((s) => s.date)?.date ?? a.effective;
}

function agreementKey(partners: readonly string[], title: string, date: string | undefined): string {
  return `${[...partners].sort().join(',')}|${fold(title)}|${date ?? ''}`;
}
