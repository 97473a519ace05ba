/**
 * The store's schema, as numbered migrations applied in order on start. Never edit a migration
 * that has shipped: add a new one.
 */

export const migrations: readonly string[] = [
  // 1: registrations, their outbox of deliveries, and small key/value settings.
  `
  CREATE TABLE registrations (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    confirmation_code TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('bevestigd', 'wachtlijst')),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL,
    organisation TEXT NOT NULL,
    municipality TEXT NOT NULL,
    phone TEXT,
    attendees INTEGER NOT NULL CHECK (attendees BETWEEN 1 AND 5),
    remark TEXT,
    via TEXT,
    service_point TEXT NOT NULL,
    consent_text TEXT NOT NULL,
    event_end TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE UNIQUE INDEX registrations_event_email ON registrations (event_id, email_key);
  CREATE INDEX registrations_service_point ON registrations (service_point, created_at);

  CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    registration_id TEXT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('webhook', 'email', 'confirmation')),
    target TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    delivered_at TEXT,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);

  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;
  `,
  // 2: count the places taken without reading every registration of an event.
  `
  CREATE INDEX registrations_event_status ON registrations (event_id, status, attendees);
  `,
  // 3: contact requests (a hire plan sent from the regelingenwijzer) travel the same path as
  // event signups. One employer may send several plans, so the e-mail rule is for signups only.
  `
  ALTER TABLE registrations ADD COLUMN kind TEXT NOT NULL DEFAULT 'aanmelding'
    CHECK (kind IN ('aanmelding', 'contactverzoek'));
  ALTER TABLE registrations ADD COLUMN message TEXT;
  DROP INDEX registrations_event_email;
  CREATE UNIQUE INDEX registrations_event_email ON registrations (event_id, email_key)
    WHERE kind = 'aanmelding';
  `,
  // 4: places are counted over signups only; the index answers that count on its own. The
  // daily number of contact requests per address is counted with the second index.
  `
  DROP INDEX registrations_event_status;
  CREATE INDEX registrations_event_status ON registrations (event_id, kind, status, attendees);
  CREATE INDEX registrations_contact_email ON registrations (email_key, created_at)
    WHERE kind = 'contactverzoek';
  `,
  // 5: when a service point first pulled a registration through the export. A registration that
  // reached the WSP no other way is kept until then (at most RETENTION_MAX_DAYS).
  `
  ALTER TABLE registrations ADD COLUMN exported_at TEXT;
  `,
  // 6: analysis requests from the functiecreatie quick-scan, and every request's answers as
  // structured JSON (answers_json). The kinds move from a CHECK, which SQLite cannot change in
  // place, to a table the kind column references: a later kind is one INSERT in a migration.
  // Rebuilt in the order that keeps every delivery: the outbox is copied aside first, because
  // dropping a parent table with foreign keys on would cascade into it.
  `
  CREATE TABLE registration_kinds (kind TEXT PRIMARY KEY) STRICT;
  INSERT INTO registration_kinds (kind) VALUES ('aanmelding'), ('contactverzoek'), ('analyseverzoek');

  CREATE TEMP TABLE deliveries_aside AS SELECT * FROM deliveries;
  DROP TABLE deliveries;

  CREATE TABLE registrations_next (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'aanmelding' REFERENCES registration_kinds (kind),
    event_id TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    confirmation_code TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('bevestigd', 'wachtlijst')),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL,
    organisation TEXT NOT NULL,
    municipality TEXT NOT NULL,
    phone TEXT,
    attendees INTEGER NOT NULL CHECK (attendees BETWEEN 1 AND 5),
    remark TEXT,
    via TEXT,
    service_point TEXT NOT NULL,
    consent_text TEXT NOT NULL,
    message TEXT,
    answers_json TEXT CHECK (answers_json IS NULL OR json_valid(answers_json)),
    event_end TEXT NOT NULL,
    created_at TEXT NOT NULL,
    exported_at TEXT
  ) STRICT;
  INSERT INTO registrations_next (id, kind, event_id, idempotency_key, confirmation_code, status,
      name, email, email_key, organisation, municipality, phone, attendees, remark, via,
      service_point, consent_text, message, event_end, created_at, exported_at)
    SELECT id, kind, event_id, idempotency_key, confirmation_code, status, name, email, email_key,
      organisation, municipality, phone, attendees, remark, via, service_point, consent_text,
      message, event_end, created_at, exported_at
    FROM registrations;
  DROP TABLE registrations;
  ALTER TABLE registrations_next RENAME TO registrations;
  CREATE UNIQUE INDEX registrations_event_email ON registrations (event_id, email_key)
    WHERE kind = 'aanmelding';
  CREATE INDEX registrations_service_point ON registrations (service_point, created_at);
  CREATE INDEX registrations_event_status ON registrations (event_id, kind, status, attendees);
  CREATE INDEX registrations_request_email ON registrations (email_key, created_at)
    WHERE kind <> 'aanmelding';

  CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    registration_id TEXT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('webhook', 'email', 'confirmation')),
    target TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    delivered_at TEXT,
    created_at TEXT NOT NULL
  ) STRICT;
  INSERT INTO deliveries (id, registration_id, channel, target, payload, status, attempts,
      next_attempt_at, last_error, delivered_at, created_at)
    SELECT id, registration_id, channel, target, payload, status, attempts, next_attempt_at,
      last_error, delivered_at, created_at
    FROM deliveries_aside;
  DROP TABLE deliveries_aside;
  CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
  `,
  // 7: requests for a conversation with an ambassador ("koffie met een ambassadeur").
  `INSERT INTO registration_kinds (kind) VALUES ('koffieverzoek');`,
  // 8: where a visitor came from, without tracking (src/lib/registrations/credit.ts): the share
  // channel of the link and the site path where the visit's credit was first seen. The staff
  // view counts them; retention deletes the rows but first adds them to `registration_tallies`,
  // which holds counts only (no person), so history does not vanish with the personal data.
  // The indexes cover each of the staff view's groupings (src/lib/registrations/result-counts.ts):
  // one per grouping for all time (registrations_event_status serves the events), and one on the
  // time of registration with every grouping's columns for a period (a month, a week).
  `
  ALTER TABLE registrations ADD COLUMN channel TEXT;
  ALTER TABLE registrations ADD COLUMN landing_page TEXT;

  CREATE TABLE registration_tallies (
    kind TEXT NOT NULL,
    event_id TEXT NOT NULL,
    status TEXT NOT NULL,
    municipality TEXT NOT NULL,
    service_point TEXT NOT NULL,
    via TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT '',
    landing_page TEXT NOT NULL DEFAULT '',
    day TEXT NOT NULL,
    registrations INTEGER NOT NULL,
    people INTEGER NOT NULL,
    PRIMARY KEY (kind, event_id, status, municipality, service_point, via, channel, landing_page, day)
  ) STRICT, WITHOUT ROWID;

  CREATE INDEX registrations_results_place
    ON registrations (municipality, service_point, kind, status, attendees);
  CREATE INDEX registrations_results_via
    ON registrations (via, kind, status, attendees) WHERE via IS NOT NULL;
  CREATE INDEX registrations_results_channel
    ON registrations (channel, kind, status, attendees) WHERE channel IS NOT NULL;
  CREATE INDEX registrations_results_page
    ON registrations (landing_page, kind, status, attendees) WHERE landing_page IS NOT NULL;
  CREATE INDEX registrations_results_period
    ON registrations (created_at, kind, status, attendees, event_id, municipality,
      service_point, via, channel, landing_page);
  `,
];
