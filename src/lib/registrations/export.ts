/**
 * The export a service point pulls: its registrations as CSV that opens correctly in Dutch Excel
 * (UTF-8 with BOM, semicolons, CRLF, Dutch dates) or as JSON, behind a bearer token per service
 * point that is compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { instantToAmsterdam } from '../dates.ts';
import type { Registration } from './registration-fields.ts';

export interface ExportRow extends Registration {
  eventTitle: string;
}

/** True when the Authorization header carries exactly the expected bearer token. */
export function isAuthorised(header: string | null, expected: string | undefined): boolean {
  if (!expected || !header) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return false;
  // Hash both sides first: equal lengths for timingSafeEqual, and no early exit on length.
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1] ?? ''), digest(expected));
}

/**
 * A value Excel must keep as text, such as a phone number it would otherwise read as a number and
 * strip of its leading zero. Only for values the form checked (digits, spaces, + ( ) -).
 */
interface ExcelText {
  excelText: string;
}

type Cell = string | number | null | ExcelText;

const columns: [string, (row: ExportRow) => Cell][] = [
  ['Kenmerk', (row) => row.id],
  ['Ontvangen', (row) => dutchDateTime(new Date(row.createdAt))],
  ['Bijeenkomst', (row) => row.eventTitle],
  ['Status', (row) => statusOf(row)],
  ['Naam', (row) => row.name],
  ['E-mail', (row) => row.email],
  ['Telefoon', (row) => (row.phone === null ? null : { excelText: row.phone })],
  ['Organisatie', (row) => row.organisation],
  ['Gemeente', (row) => row.municipality],
  ['Aantal personen', (row) => attendeesOf(row)],
  ['Opmerking', (row) => row.remark],
  ['Via ambassadeur', (row) => row.via],
  // Added with contact requests; at the end, so imports that read columns by position still work.
  ['Soort', (row) => kindLabels[row.kind]],
  // The request's text: a hire plan, or a quick-scan's result (the column kept its first name).
  ['Aannameplan', (row) => row.message],
  // Added with analysis requests: the answers as structured JSON (docs/payloads.md).
  ['Antwoorden (JSON)', (row) => row.answers],
];

/** Each kind's name in the export, as a WSP account manager calls it. */
export const kindLabels: Record<Registration['kind'], string> = {
  aanmelding: 'Aanmelding',
  contactverzoek: 'Contactverzoek',
  analyseverzoek: 'Analyseverzoek functiecreatie',
  koffieverzoek: 'Koffieverzoek',
};

/** Confirmed or waitlisted; a request has no place, so no status. */
const statusOf = (row: ExportRow) => (row.kind === 'aanmelding' ? row.status : null);

/** Places taken; a request takes none (so sums over the column stay right). */
const attendeesOf = (row: ExportRow) => (row.kind === 'aanmelding' ? row.attendees : null);

/** "27-11-2026 12:00" in Amsterdam time: a format Dutch Excel reads as a date. */
export function dutchDateTime(instant: Date): string {
  const [date = '', time = ''] = instantToAmsterdam(instant).split('T');
  const [y, m, d] = date.split('-');
  return `${d}-${m}-${y} ${time}`;
}

/**
 * One CSV field. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a
 * leading apostrophe; fields with separators, quotes or line breaks are quoted.
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'object') {
    // ="0612345678": Excel and LibreOffice show the text as it is, leading zero and all.
    if (!/^[0-9 +()-]*$/.test(value.excelText)) return csvField(value.excelText);
    return `"=""${value.excelText}"""`;
  }
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function registrationsCsv(rows: readonly ExportRow[]): string {
  const lines = [
    columns.map(([title]) => csvField(title)).join(';'),
    ...rows.map((row) => columns.map(([, value]) => csvField(value(row))).join(';')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function registrationsJson(servicePoint: string, rows: readonly ExportRow[], now: Date) {
  return {
    servicePoint,
    exportedAt: now.toISOString(),
    registrations: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      createdAt: row.createdAt,
      event: { id: row.eventId, title: row.eventTitle },
      status: statusOf(row),
      name: row.name,
      email: row.email,
      phone: row.phone,
      organisation: row.organisation,
      municipality: row.municipality,
      attendees: attendeesOf(row),
      remark: row.remark,
      via: row.via,
      plan: row.message,
      answers: row.answers === null ? null : (JSON.parse(row.answers) as unknown),
    })),
  };
}
