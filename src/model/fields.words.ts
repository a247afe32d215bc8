// The words of the field model (fields.ts), in English and Bahasa Indonesia: each field's label (column
// headers, show, the site's record pages), help (--help of kerjasama new, docs), question (kerjasama new
// on a terminal) and the labels of its codes. Keyed by kind and path: `agreement.document_type`,
// `agreement.approvals.dprd`, `partner.contacts.email`. The Indonesian uses the glossary's terms
// (docs/glossary.md). A test checks that every field of fields.ts has its words here, in both languages.

import type { ACTIVITY_STATUS_CODES, ACTIVITY_TYPE_CODES, CATEGORY_CODES, DECLARED_STATUS_CODES, DOCUMENT_TYPE_CODES, FREQUENCY_CODES, OBJECT_CODES, PARTNER_TYPE_CODES, RECOMMENDATION_CODES, SUBFORM_CODES, UPDATE_FREQUENCY_CODES } from './fields.js';
import type { Lang } from './types.js';

export type Words = Readonly<Record<Lang, string>>;
const L = (en: string, id: string): Words => ({ en, id });

export interface FieldWords {
  readonly label: Words;
  /** What the field holds, one line: --help of kerjasama new. */
  readonly help?: Words;
  /** The question kerjasama new asks on a terminal. */
  readonly ask?: Words;
  /** The label of each code (enum fields). */
  readonly codes?: Readonly<Record<string, Words>>;
}

const SOURCES: FieldWords = {
  label: L('sources', 'sumber'),
  help: L('a source: a web address, or a citation such as a letter number; repeat for each', 'sumber: alamat web, atau rujukan seperti nomor surat; ulangi untuk tiap sumber'),
  ask: L('A source: a web address, or a citation such as a letter number', 'Sumber: alamat web, atau rujukan seperti nomor surat'),
};
const NOTES: FieldWords = {
  label: L('notes', 'catatan'),
  help: L('notes, e.g. open or disputed facts', 'catatan, mis. hal yang masih terbuka atau diperdebatkan'),
  ask: L('Notes (open or disputed facts)', 'Catatan (hal yang masih terbuka atau diperdebatkan)'),
};
const EXAMPLE: FieldWords = { label: L('example record', 'data contoh') };
const ID: FieldWords = { label: L('id', 'id') };

const IDENTIFIERS: Record<string, FieldWords> = {
  kemendagri: { label: L('region code (Kemendagri)', 'kode wilayah (Kemendagri)') },
  iso3166_2: { label: L('ISO 3166-2 code', 'kode ISO 3166-2') },
  wikidata: { label: L('Wikidata id', 'id Wikidata') },
};

const APPROVAL = (what: string, whatId: string): Record<string, FieldWords> => ({
  number: { label: L(`${what}: number`, `${whatId}: nomor`) },
  date: { label: L(`${what}: date`, `${whatId}: tanggal`) },
  by: { label: L(`${what}: issued by`, `${whatId}: diterbitkan oleh`) },
  notes: { label: L(`${what}: notes`, `${whatId}: catatan`) },
  status: { label: L(`${what}: status`, `${whatId}: status persetujuan`), codes: { not_applicable: L('not applicable', 'tidak berlaku untuk perjanjian ini'), unknown: L('not known', 'tidak diketahui') } },
  reason: { label: L(`${what}: why`, `${whatId}: alasan`) },
});

const prefixed = (prefix: string, words: Record<string, FieldWords>): Record<string, FieldWords> =>
  Object.fromEntries(Object.entries(words).map(([k, w]) => [`${prefix}.${k}`, w]));

export const DOCUMENT_TYPE_WORDS: Readonly<Record<(typeof DOCUMENT_TYPE_CODES)[number], Words>> = {
  loi: L('LoI', 'LoI'),
  mou: L('MoU', 'MoU/Kesepakatan Bersama'),
  pks: L('PKS', 'PKS'),
  action_plan: L('action plan', 'rencana kerja sama'),
  addendum: L('addendum', 'adendum'),
  renewal: L('renewal', 'perpanjangan'),
  unknown: L('type unknown', 'jenis naskah tidak diketahui'),
};

export const UPDATE_FREQUENCY_WORDS: Readonly<Record<(typeof UPDATE_FREQUENCY_CODES)[number], Words>> = {
  daily: L('daily', 'harian'),
  weekly: L('weekly', 'mingguan'),
  monthly: L('monthly', 'bulanan'),
  quarterly: L('quarterly', 'triwulanan'),
  semiannual: L('every six months', 'semesteran'),
  annual: L('yearly', 'tahunan'),
  irregular: L('irregular', 'tidak tetap'),
};

export const DECLARED_STATUS_WORDS: Readonly<Record<(typeof DECLARED_STATUS_CODES)[number], Words>> = {
  draft: L('draft', 'draf'),
  negotiating: L('negotiating', 'dalam perundingan'),
  signed: L('signed', 'ditandatangani'),
  active: L('active', 'aktif'),
  expired: L('expired', 'berakhir'),
  terminated: L('terminated', 'diakhiri'),
  superseded: L('superseded', 'digantikan'),
  unknown: L('unknown', 'tidak diketahui'),
};

export const PARTNER_TYPE_WORDS: Readonly<Record<(typeof PARTNER_TYPE_CODES)[number], Words>> = {
  province: L('province', 'provinsi'),
  regency: L('regency', 'kabupaten'),
  city: L('city', 'kota'),
  central_government: L('central government', 'pemerintah pusat'),
  foreign_subnational: L('foreign local government', 'pemerintah daerah di luar negeri'),
  foreign_government: L('foreign government', 'pemerintah negara lain'),
  foreign_institution: L('foreign institution', 'lembaga luar negeri'),
  company: L('company', 'badan usaha'),
  university: L('university', 'perguruan tinggi'),
  ngo: L('non-governmental organisation', 'organisasi kemasyarakatan'),
  person: L('person', 'perseorangan'),
  other: L('other', 'lainnya'),
};

export const ACTIVITY_TYPE_WORDS: Readonly<Record<(typeof ACTIVITY_TYPE_CODES)[number], Words>> = {
  visit: L('visit', 'kunjungan'),
  exchange: L('exchange', 'pertukaran'),
  training: L('training', 'pelatihan'),
  scholarship: L('scholarship', 'beasiswa'),
  trade_mission: L('trade mission', 'misi dagang'),
  exhibition: L('exhibition', 'pameran'),
  cultural_event: L('cultural event', 'acara budaya'),
  sports_event: L('sports event', 'acara olahraga'),
  technical_project: L('technical project', 'proyek teknis'),
  investment: L('investment', 'penanaman modal'),
  grant: L('grant', 'hibah'),
  meeting: L('meeting', 'rapat'),
  other: L('other', 'lainnya'),
  unknown: L('type not known', 'jenis tidak diketahui'),
};

export const ACTIVITY_STATUS_WORDS: Readonly<Record<(typeof ACTIVITY_STATUS_CODES)[number], Words>> = {
  planned: L('planned', 'direncanakan'),
  held: L('held', 'terlaksana'),
  cancelled: L('cancelled', 'dibatalkan'),
};

export const CATEGORY_WORDS: Readonly<Record<(typeof CATEGORY_CODES)[number], Words>> = {
  KSDD: L('with another Indonesian region', 'dengan daerah lain'),
  KSDPK: L('with a third party', 'dengan pihak ketiga'),
  KSDPL: L('with a foreign local government', 'dengan pemerintah daerah di luar negeri'),
  KSDLL: L('with a foreign institution', 'dengan lembaga di luar negeri'),
  PUSAT: L('with the central government', 'dengan pemerintah pusat'),
};

export const SUBFORM_WORDS: Readonly<Record<(typeof SUBFORM_CODES)[number], Words>> = {
  wajib: L('mandatory (neighbouring regions)', 'wajib'),
  sukarela: L('voluntary', 'sukarela'),
  provinsi_kembar: L('sister province', 'provinsi kembar'),
  kabupaten_kota_kembar: L('sister regency or city', 'kabupaten/kota kembar'),
  lainnya: L('another form', 'bentuk lainnya'),
  lanjutan_pusat: L('continues a central-government cooperation', 'kelanjutan kerja sama pemerintah pusat'),
};

export const OBJECT_WORDS: Readonly<Record<(typeof OBJECT_CODES)[number], Words>> = {
  iptek: L('science and technology', 'ilmu pengetahuan dan teknologi'),
  pertukaran_budaya: L('cultural exchange', 'pertukaran budaya'),
  kapasitas_teknis: L('technical and management capacity', 'peningkatan kemampuan teknis dan manajemen pemerintahan'),
  promosi_potensi: L('promotion of regional potential', 'promosi potensi daerah'),
  lainnya: L('another lawful object', 'objek lain yang tidak bertentangan dengan peraturan'),
};

/** What the evaluation report recommends for a partnership. */
export const RECOMMENDATION_WORDS: Readonly<Record<(typeof RECOMMENDATION_CODES)[number], Words>> = {
  continue: L('continue', 'dilanjutkan'),
  renew: L('renew', 'diperpanjang'),
  revitalise: L('revitalise', 'direvitalisasi'),
  end: L('end', 'diakhiri'),
};

export const FREQUENCY_WORDS: Readonly<Record<(typeof FREQUENCY_CODES)[number], Words>> = {
  month: L('monthly', 'bulanan'),
  quarter: L('quarterly', 'triwulanan'),
  semester: L('half-yearly', 'semesteran'),
  year: L('yearly', 'tahunan'),
};

export const FIELD_WORDS: Readonly<Record<string, FieldWords>> = {
  // ---- partners ------------------------------------------------------------------------------------
  'partner.id': ID,
  'partner.name': { label: L('name', 'nama'), help: L('the name used in reports', 'nama yang dipakai dalam laporan'), ask: L('Name (as used in reports)', 'Nama (seperti dipakai dalam laporan)') },
  'partner.name_local': { label: L('name in its own language', 'nama dalam bahasa setempat'), help: L('the name in its own language and script', 'nama dalam bahasa dan aksaranya sendiri'), ask: L('Name in its own language and script', 'Nama dalam bahasa dan aksaranya sendiri') },
  'partner.aliases': { label: L('other names', 'nama lain'), help: L('other names and spellings, comma-separated', 'nama dan ejaan lain, dipisah koma'), ask: L('Other names and spellings, comma-separated', 'Nama dan ejaan lain, dipisah koma') },
  'partner.type': { label: L('type', 'jenis'), help: L('the kind of partner', 'jenis mitra'), ask: L('Type', 'Jenis mitra'), codes: PARTNER_TYPE_WORDS },
  'partner.country': { label: L('country', 'negara'), help: L('ISO 3166-1 code, e.g. ID, JP', 'kode ISO 3166-1, mis. ID, JP'), ask: L('Country (ISO code: ID, JP, AU …)', 'Negara (kode ISO: ID, JP, AU …)') },
  'partner.region': { label: L('region', 'wilayah'), help: L('region, state or island', 'wilayah, negara bagian atau pulau'), ask: L('Region', 'Wilayah') },
  'partner.ids': {
    label: L('identifiers', 'kode pengenal'),
    help: L('identifiers in public registers: kemendagri=52.71,iso3166_2=JP-26,wikidata=Q…', 'kode pengenal pada daftar publik: kemendagri=52.71,iso3166_2=JP-26,wikidata=Q…'),
    ask: L('Identifiers: kemendagri=… (kode wilayah), iso3166_2=… (a foreign region), wikidata=Q…', 'Kode pengenal: kemendagri=… (kode wilayah), iso3166_2=… (wilayah luar negeri), wikidata=Q…'),
  },
  ...prefixed('partner.ids', IDENTIFIERS),
  'partner.website': { label: L('website', 'situs web'), help: L('its website', 'situs webnya'), ask: L('Website', 'Situs web') },
  'partner.contacts': { label: L('contacts', 'kontak'), help: L('people to contact (private: not published)', 'orang yang dapat dihubungi (pribadi: tidak dipublikasikan)') },
  'partner.contacts.name': { label: L('name', 'nama') },
  'partner.contacts.role': { label: L('role', 'jabatan') },
  'partner.contacts.email': { label: L('e-mail', 'surel') },
  'partner.contacts.phone': { label: L('phone', 'telepon') },
  'partner.contacts.notes': { label: L('notes', 'catatan') },
  'partner.sources': SOURCES,
  'partner.notes': NOTES,
  'partner.example': EXAMPLE,

  // ---- agreements ----------------------------------------------------------------------------------
  'agreement.id': ID,
  'agreement.title': { label: L('title', 'judul'), help: L('the short title', 'judul singkat'), ask: L('Title (short, as used in reports)', 'Judul (singkat, seperti dipakai dalam laporan)') },
  'agreement.original_title': { label: L('title on the document', 'judul pada naskah'), help: L('the title exactly as on the document', 'judul persis seperti pada naskah'), ask: L('Title exactly as on the document', 'Judul persis seperti pada naskah') },
  'agreement.category': { label: L('category', 'kategori'), help: L('KSDD, KSDPK, KSDPL, KSDLL or PUSAT', 'KSDD, KSDPK, KSDPL, KSDLL atau PUSAT'), ask: L('Category', 'Kategori'), codes: CATEGORY_WORDS },
  'agreement.subform': { label: L('sub-form', 'bentuk kerja sama'), help: L('e.g. provinsi_kembar, sukarela', 'mis. provinsi_kembar, sukarela'), ask: L('Sub-form', 'Bentuk kerja sama'), codes: SUBFORM_WORDS },
  'agreement.document_type': { label: L('document type', 'jenis naskah'), help: L('loi, mou, pks, action_plan, addendum, renewal or unknown', 'loi, mou, pks, action_plan, addendum, renewal atau unknown'), ask: L('Document type', 'Jenis naskah'), codes: DOCUMENT_TYPE_WORDS },
  'agreement.owner': { label: L('our region', 'daerah kita'), help: L('our own region, where the register holds several', 'daerah kita sendiri, bila register memuat beberapa daerah'), ask: L('Our own region (partner id), if not the register owner', 'Daerah kita (id mitra), bila bukan pemilik register') },
  'agreement.partners': { label: L('partners', 'mitra'), help: L('the counterparts (comma-separated ids)', 'mitra pihak lain (id dipisah koma)'), ask: L('Counterpart partner ids, comma-separated', 'id mitra pihak lain, dipisah koma') },
  'agreement.signatures': {
    label: L('signatures', 'penandatanganan'),
    help: L("one party's signature, party=ID,date=…,place=…,signatory=…,title=…,number=… (repeat per party)", 'tanda tangan satu pihak, party=ID,date=…,place=…,signatory=…,title=…,number=… (ulangi untuk tiap pihak)'),
    ask: L('A signature: party=ID,date=…,place=…,signatory=…,title=…,number=…', 'Satu tanda tangan: party=ID,date=…,place=…,signatory=…,title=…,number=…'),
  },
  'agreement.signatures.party': { label: L('party', 'pihak') },
  'agreement.signatures.date': { label: L('signed on', 'tanggal tanda tangan') },
  'agreement.signatures.place': { label: L('place', 'tempat') },
  'agreement.signatures.signatory': { label: L('signatory', 'penanda tangan') },
  'agreement.signatures.signatory_title': { label: L('signatory\'s office', 'jabatan penanda tangan') },
  'agreement.signatures.number': { label: L('document number', 'nomor naskah') },
  'agreement.signatures.notes': { label: L('notes', 'catatan') },
  'agreement.document_date': {
    label: L('document date', 'tanggal naskah'),
    help: L('the date written on the document, when it is not a signing date', 'tanggal yang tertulis pada naskah, bila bukan tanggal penandatanganan'),
    ask: L('Date written on the document (if not a signing date)', 'Tanggal naskah (bila bukan tanggal penandatanganan)'),
  },
  'agreement.planned_signing': { label: L('planned signing', 'rencana penandatanganan'), help: L('the planned signing date', 'rencana tanggal penandatanganan'), ask: L('Planned signing date', 'Rencana tanggal penandatanganan') },
  'agreement.effective': { label: L('takes effect', 'mulai berlaku'), help: L('the day it takes effect, if not the last signature', 'tanggal mulai berlaku, bila bukan tanggal tanda tangan terakhir'), ask: L('Takes effect on (if not the last signature)', 'Mulai berlaku pada (bila bukan tanggal tanda tangan terakhir)') },
  'agreement.end': { label: L('end', 'berakhir'), help: L('a date, a term like 5y, or none', 'tanggal, jangka waktu seperti 5y, atau none'), ask: L('End: a date, a term like 5y, or none', 'Berakhir: tanggal, jangka waktu seperti 5y, atau none') },
  'agreement.renews_every': { label: L('renewed every', 'diperpanjang setiap'), help: L('the tie renews every so long, e.g. 5y', 'kerja sama diperpanjang berkala, mis. 5y'), ask: L('Renewed every (e.g. 5y), if it renews on a cycle', 'Diperpanjang setiap (mis. 5y), bila diperpanjang berkala') },
  'agreement.extendable_by': {
    label: L('extendable by', 'dapat diperpanjang selama'),
    help: L('the document allows an extension of this length, e.g. 4y ("4 years, extendable by 4")', 'naskah membolehkan perpanjangan selama jangka waktu ini, mis. 4y ("4 tahun, dapat diperpanjang 4 tahun")'),
    ask: L('Extendable by (e.g. 4y), if the document allows an extension', 'Dapat diperpanjang selama (mis. 4y), bila naskah membolehkan perpanjangan'),
  },
  'agreement.status': { label: L('status on record', 'status tercatat'), help: L('default active once signed, else draft', 'bawaan active (aktif) bila sudah ditandatangani, selain itu draft (draf)'), ask: L('Status', 'Status'), codes: DECLARED_STATUS_WORDS },
  'agreement.confirmed': { label: L('confirmed', 'dikonfirmasi'), help: L('when its status was last confirmed', 'kapan statusnya terakhir dikonfirmasi'), ask: L('Status last confirmed on', 'Status terakhir dikonfirmasi pada') },
  'agreement.termination': { label: L('termination', 'pengakhiran'), help: L('an early end: date=…,reason=…', 'pengakhiran lebih awal: date=…,reason=…'), ask: L('Termination: date=…,reason=…', 'Pengakhiran: date=…,reason=…') },
  'agreement.termination.date': { label: L('terminated on', 'diakhiri pada') },
  'agreement.termination.reason': { label: L('reason', 'alasan') },
  'agreement.evaluation': { label: L('evaluation', 'evaluasi') },
  'agreement.evaluation.recommendation': { label: L('recommendation', 'rekomendasi'), codes: RECOMMENDATION_WORDS },
  'agreement.evaluation.date': { label: L('recommended on', 'tanggal rekomendasi') },
  'agreement.evaluation.reason': { label: L('why', 'alasan') },
  'agreement.parent': {
    label: L('follows or implements', 'menindaklanjuti atau melaksanakan'),
    help: L('the agreement it follows or implements: an MoU\'s LoI, a PKS\'s MoU', 'perjanjian yang ditindaklanjuti atau dilaksanakannya: LoI bagi MoU, MoU bagi PKS'),
    ask: L('Parent agreement (the LoI an MoU follows, the MoU a PKS implements)', 'Perjanjian induk (LoI yang ditindaklanjuti MoU, MoU yang dilaksanakan PKS)'),
  },
  'agreement.renews': { label: L('renews', 'memperpanjang'), help: L('the agreement it renews', 'perjanjian yang diperpanjangnya'), ask: L('Renews agreement', 'Memperpanjang perjanjian') },
  'agreement.sectors': { label: L('sectors', 'sektor'), help: L('sector ids, comma-separated', 'id sektor (urusan), dipisah koma'), ask: L('Sectors, comma-separated (docs/sectors.md)', 'Sektor (urusan), dipisah koma (docs/sectors.md)') },
  'agreement.objects': { label: L('objects (Pasal 367)', 'objek (Pasal 367)'), help: L('objects of UU 23/2014 Pasal 367, comma-separated', 'objek menurut UU 23/2014 Pasal 367, dipisah koma'), ask: L('Objects (Pasal 367), comma-separated', 'Objek kerja sama (Pasal 367), dipisah koma'), codes: OBJECT_WORDS },
  'agreement.scope': { label: L('scope', 'ruang lingkup'), help: L('a scope item (ruang lingkup); repeat for each', 'satu butir ruang lingkup; ulangi untuk tiap butir'), ask: L('A scope item (ruang lingkup)', 'Satu butir ruang lingkup') },
  'agreement.unit': { label: L('responsible unit', 'perangkat daerah penanggung jawab'), help: L('the responsible unit (OPD)', 'perangkat daerah penanggung jawab (OPD)'), ask: L('Responsible unit (OPD)', 'Perangkat daerah penanggung jawab (OPD)') },
  'agreement.approvals': { label: L('approvals', 'persetujuan') },
  'agreement.approvals.dprd': { label: L('DPRD approval', 'persetujuan DPRD'), help: L('number=…,date=…,by=… (or status=unknown|not_applicable,reason=…)', 'number=…,date=…,by=… (atau status=unknown|not_applicable,reason=…)'), ask: L('DPRD approval: number=…,date=… (or status=unknown,reason=…)', 'Persetujuan DPRD: number=…,date=… (atau status=unknown,reason=…)') },
  ...prefixed('agreement.approvals.dprd', APPROVAL('DPRD approval', 'persetujuan DPRD')),
  'agreement.approvals.central': { label: L('central approval', 'persetujuan pemerintah pusat'), help: L('number=…,date=…,by=… (or status=…,reason=…)', 'number=…,date=…,by=… (atau status=…,reason=…)'), ask: L('Central approval: number=…,date=…,by=… (or status=not_applicable,reason=…)', 'Persetujuan pemerintah pusat: number=…,date=…,by=… (atau status=not_applicable,reason=…)') },
  ...prefixed('agreement.approvals.central', APPROVAL('central approval', 'persetujuan pemerintah pusat')),
  'agreement.approvals.full_powers': { label: L('Full Powers (Kemlu)', 'Surat Kuasa (Full Powers) Kemlu'), help: L('the Full Powers from Kemlu, number=…,date=…', 'Surat Kuasa (Full Powers) dari Kemlu, number=…,date=…'), ask: L('Full Powers (Kemlu): number=…,date=…', 'Surat Kuasa (Full Powers) Kemlu: number=…,date=…') },
  ...prefixed('agreement.approvals.full_powers', APPROVAL('Full Powers', 'Surat Kuasa')),
  'agreement.documents': { label: L('documents', 'naskah'), help: L('a signed document, a path in the register or a web address; repeat for each', 'naskah yang ditandatangani, lokasi di register atau alamat web; ulangi untuk tiap naskah'), ask: L('A signed document: a path in the register or a web address', 'Naskah yang ditandatangani: lokasi di register atau alamat web') },
  'agreement.sources': SOURCES,
  'agreement.notes': NOTES,
  'agreement.example': EXAMPLE,

  // ---- activities ----------------------------------------------------------------------------------
  'activity.id': ID,
  'activity.title': { label: L('title', 'judul'), help: L('the short title', 'judul singkat'), ask: L('Title', 'Judul') },
  'activity.agreements': { label: L('agreements', 'perjanjian'), help: L('the agreements it implements (comma-separated ids)', 'perjanjian yang dilaksanakan (id dipisah koma)'), ask: L('Agreement ids it implements, comma-separated', 'id perjanjian yang dilaksanakan, dipisah koma') },
  'activity.partners': { label: L('partners', 'mitra'), help: L('partners involved (comma-separated ids)', 'mitra yang terlibat (id dipisah koma)'), ask: L('Partner ids', 'id mitra') },
  'activity.owner': { label: L('our region', 'daerah kita'), help: L('our own region, where the register holds several', 'daerah kita sendiri, bila register memuat beberapa daerah'), ask: L('Our own region (partner id), if not the register owner', 'Daerah kita (id mitra), bila bukan pemilik register') },
  'activity.type': { label: L('type', 'jenis'), help: L('the kind of activity (unknown when not known)', 'jenis kegiatan (unknown bila tidak diketahui)'), ask: L('Type', 'Jenis kegiatan'), codes: ACTIVITY_TYPE_WORDS },
  'activity.status': { label: L('status', 'status kegiatan'), help: L('planned, held or cancelled', 'planned, held atau cancelled'), ask: L('Status', 'Status kegiatan'), codes: ACTIVITY_STATUS_WORDS },
  'activity.start': { label: L('start', 'mulai'), help: L('the date, or first day; unknown when nobody knows when', 'tanggal, atau hari pertama; unknown bila tidak ada yang tahu kapan'), ask: L('Date (or first day; unknown if nobody knows)', 'Tanggal (atau hari pertama; unknown bila tidak diketahui)') },
  'activity.end': { label: L('end', 'selesai'), help: L('the last day', 'hari terakhir'), ask: L('Last day', 'Hari terakhir') },
  'activity.recurs': {
    label: L('recurs', 'berulang'),
    help: L('a recurring activity: every=1y,latest=2024 (the latest occurrence on record)', 'kegiatan berulang: every=1y,latest=2024 (pelaksanaan terakhir yang tercatat)'),
    ask: L('Recurs: every=1y,latest=… (the latest occurrence on record)', 'Berulang: every=1y,latest=… (pelaksanaan terakhir yang tercatat)'),
  },
  'activity.recurs.every': { label: L('recurs every', 'berulang setiap') },
  'activity.recurs.latest': { label: L('latest occurrence on record', 'pelaksanaan terakhir yang tercatat') },
  'activity.sectors': { label: L('sectors', 'sektor'), help: L('sector ids, comma-separated', 'id sektor (urusan), dipisah koma'), ask: L('Sectors, comma-separated (docs/sectors.md)', 'Sektor (urusan), dipisah koma (docs/sectors.md)') },
  'activity.unit': { label: L('responsible unit', 'perangkat daerah penanggung jawab'), help: L('the responsible unit (OPD)', 'perangkat daerah penanggung jawab (OPD)'), ask: L('Responsible unit (OPD)', 'Perangkat daerah penanggung jawab (OPD)') },
  'activity.location': { label: L('location', 'tempat'), help: L('where', 'tempat pelaksanaan'), ask: L('Location', 'Tempat') },
  'activity.participants': { label: L('participants', 'peserta'), help: L('how many, and who: count=…,description=…', 'jumlah dan keterangan peserta: count=…,description=…'), ask: L('Participants: count=…,description=…', 'Peserta: count=…,description=…') },
  'activity.participants.count': { label: L('participants: number', 'peserta: jumlah') },
  'activity.participants.description': { label: L('participants: who', 'peserta: keterangan') },
  'activity.budget': { label: L('budget', 'anggaran'), help: L('the budget: amount=…,currency=IDR,source=…', 'anggaran: amount=…,currency=IDR,source=…'), ask: L('Budget: amount=…,currency=IDR,source=…', 'Anggaran: amount=…,currency=IDR,source=…') },
  'activity.budget.amount': { label: L('budget: amount', 'anggaran: jumlah') },
  'activity.budget.currency': { label: L('budget: currency', 'anggaran: mata uang') },
  'activity.budget.source': { label: L('budget: source of funds', 'anggaran: sumber dana') },
  'activity.outputs': { label: L('outputs', 'keluaran'), help: L('an output or result; repeat for each', 'satu keluaran atau hasil; ulangi untuk tiap butir'), ask: L('An output or result', 'Satu keluaran atau hasil') },
  'activity.obstacles': { label: L('obstacles', 'kendala'), help: L('an obstacle met; repeat for each', 'satu kendala yang dihadapi; ulangi untuk tiap butir'), ask: L('An obstacle met', 'Satu kendala yang dihadapi') },
  'activity.follow_up': { label: L('follow-up', 'tindak lanjut'), help: L('a follow-up agreed; repeat for each', 'satu tindak lanjut yang disepakati; ulangi untuk tiap butir'), ask: L('A follow-up agreed', 'Satu tindak lanjut yang disepakati') },
  'activity.evidence': { label: L('evidence', 'bukti'), help: L('a path or web address; repeat for each', 'lokasi berkas atau alamat web; ulangi untuk tiap bukti'), ask: L('Evidence: a path or web address', 'Bukti: lokasi berkas atau alamat web') },
  'activity.sources': SOURCES,
  'activity.notes': NOTES,
  'activity.example': EXAMPLE,

  // ---- kerjasama.yaml ------------------------------------------------------------------------------
  'config.schema_version': { label: L('register format version', 'versi format register') },
  'config.name': { label: L('register name', 'nama register') },
  'config.owner': { label: L('our region', 'daerah kita') },
  'config.owner_ids': { label: L("our region's identifiers", 'kode pengenal daerah kita') },
  ...prefixed('config.owner_ids', IDENTIFIERS),
  'config.checks': { label: L('optional checks', 'pemeriksaan pilihan') },
  'config.checks.iso3166_2_required': { label: L('foreign regional governments need an ISO 3166-2 code', 'pemerintah daerah luar negeri wajib berkode ISO 3166-2') },
  'config.language': { label: L('language', 'bahasa'), codes: { id: L('Bahasa Indonesia', 'Bahasa Indonesia'), en: L('English', 'bahasa Inggris') } },
  'config.timezone': { label: L('time zone', 'zona waktu') },
  'config.sectors': { label: L('extra sectors', 'sektor tambahan') },
  'config.sectors.id': { label: L('sector id', 'id sektor') },
  'config.sectors.name': { label: L('name', 'nama') },
  'config.sectors.name_en': { label: L('name in English', 'nama dalam bahasa Inggris') },
  'config.thresholds': { label: L('thresholds', 'ambang batas') },
  'config.thresholds.expiry_horizon': { label: L('expiry horizon', 'rentang pemantauan masa berakhir') },
  'config.thresholds.renewal_lead': { label: L('renewal lead time', 'waktu persiapan perpanjangan') },
  'config.thresholds.renewal_lead.KSDD': { label: L('renewal lead time: KSDD', 'waktu persiapan perpanjangan: KSDD') },
  'config.thresholds.renewal_lead.KSDPK': { label: L('renewal lead time: KSDPK', 'waktu persiapan perpanjangan: KSDPK') },
  'config.thresholds.renewal_lead.KSDPL': { label: L('renewal lead time: KSDPL', 'waktu persiapan perpanjangan: KSDPL') },
  'config.thresholds.renewal_lead.KSDLL': { label: L('renewal lead time: KSDLL', 'waktu persiapan perpanjangan: KSDLL') },
  'config.thresholds.renewal_lead.PUSAT': { label: L('renewal lead time: PUSAT', 'waktu persiapan perpanjangan: PUSAT') },
  'config.thresholds.inactivity_window': { label: L('inactivity window', 'jangka waktu pengamatan kegiatan') },
  'config.thresholds.max_term': { label: L('longest usual term', 'jangka waktu terpanjang yang lazim') },
  'config.thresholds.stale_after': { label: L('facts stale after', 'data usang setelah') },
  'config.calendar': { label: L('calendar', 'kalender') },
  'config.calendar.reminder': { label: L('calendar reminder', 'pengingat kalender') },
  'config.reminders': { label: L('reminders', 'pengingat') },
  'config.reminders.before_end': { label: L('remind before the end', 'ingatkan sebelum berakhir') },
  'config.reminders.weekly_from': { label: L('weekly from', 'setiap minggu mulai') },
  'config.reminders.daily_from': { label: L('daily from', 'setiap hari mulai') },
  'config.reminders.before_renewal_start': { label: L('remind before the renewal should start', 'ingatkan sebelum batas mulai proses perpanjangan') },
  'config.reminders.overdue_every': { label: L('once overdue, every', 'setelah terlambat, setiap') },
  'config.reminders.review_day': { label: L('day of the month for dormant partnerships and stale facts', 'tanggal setiap bulan untuk kemitraan tidak aktif dan data usang') },
  'config.reporting': { label: L('periodic reports', 'laporan berkala') },
  'config.reporting.frequency': { label: L('reporting frequency', 'periode pelaporan'), codes: FREQUENCY_WORDS },
  'config.reporting.addressee': { label: L('addressed to', 'kepada') },
  'config.reporting.place': { label: L('place of signing', 'tempat penandatanganan') },
  'config.reporting.signatories': { label: L('signatories', 'penanda tangan') },
  'config.reporting.signatories.office': { label: L('office', 'jabatan') },
  'config.reporting.signatories.name': { label: L('name', 'nama') },
  'config.reporting.templates': { label: L('templates', 'templat') },
  'config.reporting.templates.recap': { label: L('recap template', 'templat rekapitulasi') },
  'config.reporting.templates.implementation': { label: L('implementation report template', 'templat laporan pelaksanaan') },
  'config.reporting.templates.evaluation': { label: L('evaluation template', 'templat evaluasi') },
  'config.approvals': { label: L('approvals', 'persetujuan') },
  'config.approvals.required_from': { label: L('approvals required from', 'persetujuan wajib sejak') },
  'config.approvals.required_from.dprd': { label: L('DPRD approval required from', 'persetujuan DPRD wajib sejak') },
  'config.approvals.required_from.central': { label: L('central approval required from', 'persetujuan pusat wajib sejak') },
  'config.countries': { label: L('countries', 'negara') },
  'config.countries.no_relations': { label: L('countries without diplomatic relations', 'negara tanpa hubungan diplomatik') },
  'config.countries.special_rules': { label: L('countries under special rules', 'negara dengan aturan khusus') },
  'config.publication': { label: L('publication', 'publikasi') },
  'config.publication.licenses': { label: L('licences', 'lisensi') },
  'config.publication.licenses.name': { label: L('licence', 'lisensi') },
  'config.publication.licenses.path': { label: L('licence web address', 'alamat web lisensi') },
  'config.publication.licenses.title': { label: L('licence name', 'nama lisensi') },
  'config.publication.sources': { label: L('sources', 'sumber data') },
  'config.publication.sources.title': { label: L('source', 'sumber') },
  'config.publication.sources.path': { label: L('source web address', 'alamat web sumber') },
  'config.publication.satu_data': { label: L('Satu Data metadata', 'metadata Satu Data') },
  'config.publication.satu_data.producer': { label: L('data producer', 'produsen data') },
  'config.publication.satu_data.steward': { label: L('data steward', 'walidata') },
  'config.publication.satu_data.frequency': { label: L('update frequency', 'frekuensi pemutakhiran'), codes: UPDATE_FREQUENCY_WORDS },
  'config.publication.satu_data.region_code': { label: L('region code', 'kode wilayah') },
};

/** A field's words; the path is `kind.field.sub`. */
export function fieldWords(path: string): FieldWords | undefined {
  return Object.hasOwn(FIELD_WORDS, path) ? FIELD_WORDS[path] : undefined;
}

/** A field's label in a language; the last part of the path when the catalogue has none (never for a field of fields.ts: a test checks). */
export function fieldLabel(path: string, lang: Lang): string {
  return fieldWords(path)?.label[lang] ?? path.slice(path.lastIndexOf('.') + 1);
}

/** A code's label in a language (document_type mou → "MoU/Kesepakatan Bersama"), or undefined when the field has no such code. */
export function codeLabel(path: string, code: unknown, lang: Lang): string | undefined {
  const codes = fieldWords(path)?.codes;
  return typeof code === 'string' && codes && Object.hasOwn(codes, code) ? codes[code]?.[lang] : undefined;
}
