// How the inactive report reads as a table.

import { L, type ReportView, type Provenance } from '../render/view.js';
import type { InactiveReport } from './inactive.js';

export function inactiveView(rep: InactiveReport, prov: Provenance, lang: 'en' | 'id'): ReportView {
  const never = L('never', 'belum pernah');
  return {
    title: L('Inactive partnerships', 'Kemitraan yang tidak aktif'),
    provenance: prov,
    tables: [{
      columns: [
        { key: 'partner', label: L('partner', 'mitra') },
        { key: 'country', label: L('country', 'negara') },
        { key: 'agreements', label: L('agreements in the chain', 'perjanjian dalam rantai') },
        { key: 'first_signed', label: L('first signed', 'pertama ditandatangani') },
        { key: 'last_activity', label: L('last activity', 'kegiatan terakhir') },
        { key: 'last_date', label: L('date', 'tanggal') },
        { key: 'days_since', label: L('days since', 'hari sejak'), align: 'right' },
        { key: 'last_3_years', label: L('activities, last 3 years', 'kegiatan 3 tahun terakhir'), align: 'right' },
        { key: 'next_planned', label: L('next planned', 'rencana berikutnya') },
      ],
      rows: rep.rows.map((r) => ({
        partner: r.partner.name,
        country: r.partner.country,
        agreements: r.agreements,
        first_signed: r.firstSigned ? { date: r.firstSigned } : null,
        last_activity: r.lastActivity ? r.lastActivity.title : { text: never[lang], tone: 'bad' },
        last_date: r.lastActivity ? { date: r.lastActivity.date } : null,
        days_since: r.daysSince,
        last_3_years: r.activitiesLast3Years,
        next_planned: r.nextPlanned ? `${r.nextPlanned.date} ${r.nextPlanned.title}` : null,
      })),
      empty: L(`Every partnership in force had an activity within ${rep.since}.`, `Setiap kemitraan yang berlaku memiliki kegiatan dalam ${rep.since} terakhir.`),
    }],
    notes: [L(
      `${rep.rows.length} of ${rep.partnershipsInForce} partnerships in force had no activity since ${rep.windowStart} (window ${rep.since}). A partnership is a chain of agreements (LoI → MoU → PKS, and renewals) with one partner; activities count when linked to any agreement of the chain or to the partner. Planned and cancelled activities do not count.`,
      `${rep.rows.length} dari ${rep.partnershipsInForce} kemitraan yang berlaku tidak memiliki kegiatan sejak ${rep.windowStart} (jendela ${rep.since}). Kemitraan adalah rantai perjanjian (LoI → MoU → PKS, dan perpanjangannya) dengan satu mitra; kegiatan dihitung bila terkait dengan perjanjian mana pun dalam rantai atau langsung dengan mitra. Kegiatan yang direncanakan atau batal tidak dihitung.`)],
  };
}
