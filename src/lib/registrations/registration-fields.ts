/**
 * The one declaration of a registration's fields (event signups and contact requests alike): the
 * name in code, the column in the store, its type, whether it may be empty, and what it is for.
 * The `Registration` type, the store's row mapping and INSERT, "the same details again" and the
 * webhook's contact block are made from it, and a test holds the table (migrations.ts) to it.
 */

/**
 * An event signup, a contact request with a hire plan from the regelingenwijzer, a request for an
 * analysis with a functiecreatie quick-scan, or a request for a conversation with an ambassador
 * ("koffie met een ambassadeur"). The store holds the same list in its registration_kinds table
 * (migrations.ts); a test holds the two together.
 */
export const registrationKinds = [
  'aanmelding',
  'contactverzoek',
  'analyseverzoek',
  'koffieverzoek',
] as const;
export type RegistrationKind = (typeof registrationKinds)[number];

/**
 * A koffieverzoek is stored with `event_id` = `koffie:<ambassador slug>`: it asks about one
 * ambassador as a signup is about one event, and the notice and export logic already group by it.
 */
export const COFFEE_PREFIX = 'koffie:';

export const registrationStatuses = ['bevestigd', 'wachtlijst'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

interface FieldSpec {
  /** The column in the registrations table. */
  column: string;
  type: 'text' | 'integer';
  /** The values a text field can have, when it is a choice. */
  values?: readonly string[];
  nullable?: true;
  /** Kept in the store only, never handed out (keys, consent text, dates for retention). */
  internal?: true;
  /** Typed by the person: a form sent again with another value here has "other details". */
  typed?: true;
  /** Who sent it: the contact block of the webhook. */
  contact?: true;
}

export const registrationFields = {
  id: { column: 'id', type: 'text' },
  kind: { column: 'kind', type: 'text', values: registrationKinds },
  eventId: { column: 'event_id', type: 'text' },
  idempotencyKey: { column: 'idempotency_key', type: 'text', internal: true },
  confirmationCode: { column: 'confirmation_code', type: 'text' },
  status: { column: 'status', type: 'text', values: registrationStatuses },
  name: { column: 'name', type: 'text', typed: true, contact: true },
  email: { column: 'email', type: 'text', typed: true, contact: true },
  /** The address as one person (lower case, trimmed): one signup per address per event. */
  emailKey: { column: 'email_key', type: 'text', internal: true },
  phone: { column: 'phone', type: 'text', nullable: true, typed: true, contact: true },
  organisation: { column: 'organisation', type: 'text', typed: true, contact: true },
  municipality: { column: 'municipality', type: 'text', typed: true, contact: true },
  attendees: { column: 'attendees', type: 'integer', typed: true },
  remark: { column: 'remark', type: 'text', nullable: true, typed: true },
  via: { column: 'via', type: 'text', nullable: true },
  servicePoint: { column: 'service_point', type: 'text' },
  consentText: { column: 'consent_text', type: 'text', internal: true },
  /** A request's text: the hire plan, or the quick-scan's result. */
  message: { column: 'message', type: 'text', nullable: true },
  /**
   * A request's answers as structured, versioned JSON text (`{"schema": "<kind>/<version>", ...}`,
   * docs/payloads.md); the webhook carries it as `data.answers`. Empty for event signups.
   */
  answers: { column: 'answers_json', type: 'text', nullable: true },
  /** The end of the event (for a contact request: when it was sent); retention counts from it. */
  eventEnd: { column: 'event_end', type: 'text', internal: true },
  createdAt: { column: 'created_at', type: 'text' },
  /** Counted in the staff view, never handed out with the registration. */
  /** The share channel of the link the visit came through (credit.ts has the list). */
  channel: { column: 'channel', type: 'text', nullable: true, internal: true },
  /** The site path where the visit's credit was first seen: the page that brought the visitor. */
  landingPage: { column: 'landing_page', type: 'text', nullable: true, internal: true },
  /** When a service point first pulled it through the export. */
  exportedAt: { column: 'exported_at', type: 'text', nullable: true, internal: true },
} as const satisfies Record<string, FieldSpec>;

type Fields = typeof registrationFields;
type FieldKey = keyof Fields;
type ValueOf<F> =
  | (F extends { type: 'integer' }
      ? number
      : F extends { values: readonly (infer V)[] }
        ? V
        : string)
  | (F extends { nullable: true } ? null : never);
type KeysWhere<Flag extends string, Has extends boolean> = {
  [K in FieldKey]: (Fields[K] extends Record<Flag, true> ? true : false) extends Has ? K : never;
}[FieldKey];

/** Every stored field, as the store reads and writes it. */
export type StoredRegistration = { [K in FieldKey]: ValueOf<Fields[K]> };

/** A registration as the rest of the site sees it: the stored fields that are not internal. */
export type Registration = { [K in KeysWhere<'internal', false>]: ValueOf<Fields[K]> };

const entries = Object.entries(registrationFields) as [FieldKey, FieldSpec][];

/** The fields a person types, for "the same form again with other details". */
export const typedFields = entries.filter(([, spec]) => spec.typed).map(([key]) => key);

/** A stored row (column names) as the registration the site uses. */
export function registrationOfRow(row: Record<string, string | number | null>): Registration {
  const registration: Record<string, string | number | null> = {};
  for (const [key, spec] of entries) {
    if (spec.internal) continue;
    const value = row[spec.column];
    registration[key] =
      value === null || value === undefined
        ? null
        : spec.type === 'integer'
          ? Number(value)
          : String(value);
  }
  return registration as Registration;
}

/**
 * The INSERT of a whole registration: every column but `exported_at` (empty until an export),
 * in one order, and the row it stores.
 */
export function insertOf(stored: Omit<StoredRegistration, 'exportedAt'>): {
  sql: string;
  values: (string | number | null)[];
  row: Record<string, string | number | null>;
} {
  const values = insertedFields.map(
    ([key]) => (stored as Record<string, string | number | null>)[key] ?? null,
  );
  const row: Record<string, string | number | null> = { exported_at: null };
  insertedFields.forEach(([, spec], index) => (row[spec.column] = values[index] ?? null));
  return { sql: insertSql, values, row };
}

const insertedFields = entries.filter(([key]) => key !== 'exportedAt');
const insertSql = `INSERT INTO registrations (${insertedFields.map(([, spec]) => spec.column).join(', ')}) VALUES (${insertedFields.map(() => '?').join(', ')})`;

/** Who sent a registration, as the webhook carries it. */
export function contactOf(registration: Registration) {
  return {
    name: registration.name,
    email: registration.email,
    phone: registration.phone,
    organisation: registration.organisation,
    municipality: registration.municipality,
  } satisfies Record<KeysWhere<'contact', true>, unknown>;
}
