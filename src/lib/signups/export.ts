/**
 * The export a service point pulls: its registrations as CSV that opens correctly in Dutch Excel
 * (UTF-8 with BOM, semicolons, CRLF, Dutch dates) or as JSON, behind a bearer token per service
 * point that is compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { instantToAmsterdam } from '../dates.ts';
import type { Registration } from './store.ts';

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

const columns: [string, (row: ExportRow) => string | number | null][] = [
  ['Kenmerk', (row) => row.id],
  ['Ontvangen', (row) => dutchDateTime(new Date(row.createdAt))],
  ['Bijeenkomst', (row) => row.eventTitle],
  ['Status', (row) => row.status],
  ['Naam', (row) => row.name],
  ['E-mail', (row) => row.email],
  ['Telefoon', (row) => row.phone],
  ['Organisatie', (row) => row.organisation],
  ['Gemeente', (row) => row.municipality],
  ['Aantal personen', (row) => attendeesOf(row)],
  ['Opmerking', (row) => row.remark],
  ['Via ambassadeur', (row) => row.via],
  // Added with contact requests; at the end, so imports that read columns by position still work.
  ['Soort', (row) => (row.kind === 'contactverzoek' ? 'Contactverzoek' : 'Aanmelding')],
  ['Aannameplan', (row) => row.message],
];

/** Places taken; a contact request takes none (so sums over the column stay right). */
const attendeesOf = (row: ExportRow) => (row.kind === 'contactverzoek' ? null : row.attendees);

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
export function csvField(value: string | number | null): string {
  if (value === null) return '';
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
      status: row.status,
      name: row.name,
      email: row.email,
      phone: row.phone,
      organisation: row.organisation,
      municipality: row.municipality,
      attendees: attendeesOf(row),
      remark: row.remark,
      via: row.via,
      plan: row.message,
    })),
  };
}
