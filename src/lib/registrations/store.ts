/**
 * The durable signup store: one SQLite file (node:sqlite) in the data directory. Every write that
 * the user is told about is committed (WAL, synchronous=FULL) before the answer is sent, and a
 * registration and its outbox of deliveries are written in one transaction, so neither is lost.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { emailKey, mailboxOf } from './mailbox.ts';
import { migrations } from './migrations.ts';
import {
  insertOf,
  registrationOfRow,
  typedFields,
  type Registration,
} from './registration-fields.ts';
import {
  decide,
  isRequest,
  type Decision,
  type NewRegistration,
  type NoticeReason,
  type RuleQueries,
} from './registration-kinds.ts';

export type Channel = 'webhook' | 'email' | 'confirmation';

export interface PlannedDelivery {
  channel: Channel;
  /** The service point id for WSP channels, "registrant" for the confirmation e-mail. */
  target: string;
  /** Everything the worker needs to send it, prepared when the registration is made. */
  payload: string;
}

/** The target of a notice e-mail in the outbox (channel "confirmation", to the address). */
export const NOTICE_TARGET = 'notice';

export interface RegisterRequest {
  input: NewRegistration;
  now: Date;
  plan: (registration: Registration) => PlannedDelivery[];
  /**
   * The notice e-mail (an EmailPayload as JSON) to the address of the earlier registration when
   * this one is not stored; undefined sends none. At most one per address per event (or per
   * "regelingenwijzer") in 24 hours is queued, so the form cannot flood an inbox.
   */
  notice?: (earlier: Registration, reason: NoticeReason) => string | undefined;
}

export type RegisterOutcome =
  | { kind: 'created'; registration: Registration }
  /** The same form again; `changed` when it came back with other details (not stored). */
  | { kind: 'replayed'; registration: Registration; changed: boolean }
  /** Not stored by the rules of its kind; `noticed`: a notice e-mail was queued. */
  | (Extract<Decision, { kind: 'declined' }> & { noticed: boolean });

export interface Delivery {
  id: number;
  registrationId: string;
  channel: Channel;
  target: string;
  payload: string;
  attempts: number;
  createdAt: string;
}

type Row = Record<string, string | number | null>;

function toDelivery(row: Row): Delivery {
  return {
    id: Number(row['id']),
    registrationId: String(row['registration_id']),
    channel: row['channel'] as Channel,
    target: String(row['target']),
    payload: String(row['payload']),
    attempts: Number(row['attempts']),
    createdAt: String(row['created_at']),
  };
}

/** Whether a form sent again carries the details stored the first time. */
function sameDetails(stored: Registration, input: NewRegistration): boolean {
  const sent: Record<string, unknown> = {
    ...input,
    attendees: isRequest(input) ? 1 : input.attendees,
  };
  return typedFields.every((key) => stored[key as keyof Registration] === (sent[key] ?? null));
}

/**
 * Adds one registration to the counts that outlive it (registration_tallies, migration 6): the
 * same groupings the staff view counts, by day, and no person.
 */
const tallySql = `
  INSERT INTO registration_tallies
    (kind, event_id, status, municipality, service_point, via, channel, landing_page, day,
     registrations, people)
  SELECT kind, event_id, status, municipality, service_point, COALESCE(via, ''),
         COALESCE(channel, ''), COALESCE(landing_page, ''), substr(created_at, 1, 10), 1, attendees
    FROM registrations WHERE id = ?
  ON CONFLICT (kind, event_id, status, municipality, service_point, via, channel, landing_page, day)
  DO UPDATE SET registrations = registrations + excluded.registrations,
                people = people + excluded.people`;

export class SignupStore {
  readonly #db: DatabaseSync;
  readonly #statements = new Map<string, StatementSync>();

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    // A busy timeout, so a second connection waits for a lock instead of failing at once.
    this.#db = new DatabaseSync(file, { timeout: 5_000 });
    this.#db.exec('PRAGMA journal_mode = WAL');
    this.#db.exec('PRAGMA synchronous = FULL');
    this.#db.exec('PRAGMA foreign_keys = ON');
    this.#migrate();
  }

  /** Applies the migrations this file has not seen yet, each in its own transaction. */
  #migrate(): void {
    const current = Number(
      (this.#db.prepare('PRAGMA user_version').get() as Row | undefined)?.['user_version'] ?? 0,
    );
    migrations.slice(current).forEach((sql, index) => {
      this.#transaction(() => {
        this.#db.exec(sql);
        this.#db.exec(`PRAGMA user_version = ${current + index + 1}`);
      });
    });
  }

  /** A prepared statement, compiled once per store: signups are a hot path. */
  #sql(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  #transaction<T>(work: () => T): T {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  get schemaVersion(): number {
    return Number((this.#sql('PRAGMA user_version').get() as Row)['user_version']);
  }

  /**
   * Stores a registration and its deliveries, or recognises it: the same idempotency key (a
   * double submit) answers with the registration made the first time; the same e-mail address
   * for the same event answers with the earlier registration. Capacity is counted inside the
   * transaction, so two signups for the last place cannot both get it.
   */
  register(
    input: NewRegistration,
    now: Date,
    plan: (registration: Registration) => PlannedDelivery[],
    notice?: RegisterRequest['notice'],
  ): RegisterOutcome {
    return this.#transaction(() =>
      this.#registerInside({ input, now, plan, ...(notice ? { notice } : {}) }),
    );
  }

  /**
   * Several registrations in one transaction, each in its own savepoint: one commit (one disk
   * flush) for all of them, while a failing one leaves the others intact. Returns each outcome,
   * or the error of the one that failed. Used by the group commit under load.
   */
  registerAll(items: readonly RegisterRequest[]): (RegisterOutcome | Error)[] {
    return this.#transaction(() =>
      items.map((item) => {
        this.#db.exec('SAVEPOINT registration');
        try {
          const outcome = this.#registerInside(item);
          this.#db.exec('RELEASE registration');
          return outcome;
        } catch (error) {
          this.#db.exec('ROLLBACK TO registration');
          this.#db.exec('RELEASE registration');
          return error instanceof Error ? error : new Error(String(error));
        }
      }),
    );
  }

  #registerInside(request: RegisterRequest): RegisterOutcome {
    const { input, now, plan } = request;
    const replay = this.#sql('SELECT * FROM registrations WHERE idempotency_key = ?').get(
      input.idempotencyKey,
    ) as Row | undefined;
    if (replay) {
      const registration = registrationOfRow(replay);
      return { kind: 'replayed', registration, changed: !sameDetails(registration, input) };
    }
    const decision = decide(input, now, this.#queries);
    if (decision.kind === 'declined') {
      const payload = request.notice?.(decision.registration, decision.reason);
      return { ...decision, noticed: this.#queueNotice(decision.registration, now, payload) };
    }
    const created = now.toISOString();
    const id = randomUUID();
    const insert = insertOf({
      id,
      kind: input.kind ?? 'aanmelding',
      eventId: input.eventId,
      idempotencyKey: input.idempotencyKey,
      confirmationCode: randomBytes(18).toString('base64url'),
      status: decision.status,
      name: input.name,
      email: input.email,
      emailKey: emailKey(input.email),
      phone: input.phone ?? null,
      organisation: input.organisation,
      municipality: input.municipality,
      attendees: decision.attendees,
      remark: input.remark ?? null,
      via: input.via ?? null,
      channel: input.channel ?? null,
      landingPage: input.landingPage ?? null,
      servicePoint: input.servicePoint,
      consentText: input.consentText,
      message: isRequest(input) ? input.message : null,
      answers: isRequest(input) ? input.answers : null,
      eventEnd: decision.eventEnd.toISOString(),
      createdAt: created,
    });
    // The row as stored (defaults included), without a second statement to read it back.
    const registration = registrationOfRow(
      this.#sql(`${insert.sql} RETURNING *`).get(...insert.values) as Row,
    );
    const deliveries = this.#sql(
      `INSERT INTO deliveries (registration_id, channel, target, payload, status, next_attempt_at, created_at)
         VALUES (?, ?, ?, ?, 'pending', ?, ?)`,
    );
    for (const delivery of plan(registration)) {
      deliveries.run(id, delivery.channel, delivery.target, delivery.payload, created, created);
    }
    return { kind: 'created', registration };
  }

  /** The questions the registration rules ask, answered inside the open transaction. */
  readonly #queries: RuleQueries = {
    signupOf: (eventId, email) => {
      const row = this.#sql(
        "SELECT * FROM registrations WHERE event_id = ? AND email_key = ? AND kind = 'aanmelding'",
      ).get(eventId, emailKey(email)) as Row | undefined;
      return row ? registrationOfRow(row) : undefined;
    },
    placesTaken: (eventId) => this.placesTaken(eventId),
    requestsFrom: (mailbox, since) =>
      (
        this.#sql(
          `SELECT * FROM registrations
             WHERE kind <> 'aanmelding' AND created_at > ?
               AND (email_key = ? OR email_key LIKE ? ESCAPE '\\')
             ORDER BY created_at DESC`,
        ).all(since.toISOString(), mailbox.mailbox, mailbox.tagged) as Row[]
      ).map(registrationOfRow),
  };

  /**
   * Queues a notice e-mail to the address of an earlier registration, unless one went to that
   * mailbox for the same event (or source) in the last 24 hours. Returns whether it was queued.
   */
  #queueNotice(earlier: Registration, now: Date, payload: string | undefined): boolean {
    if (payload === undefined) return false;
    const since = new Date(now.getTime() - 86_400_000).toISOString();
    const mailbox = mailboxOf(earlier.email);
    const sent = this.#sql(
      `SELECT 1 FROM deliveries JOIN registrations ON registrations.id = deliveries.registration_id
         WHERE deliveries.target = ? AND deliveries.created_at > ? AND registrations.event_id = ?
           AND (registrations.email_key = ? OR registrations.email_key LIKE ? ESCAPE '\\')
         LIMIT 1`,
    ).get(NOTICE_TARGET, since, earlier.eventId, mailbox.mailbox, mailbox.tagged);
    if (sent) return false;
    const created = now.toISOString();
    this.#sql(
      `INSERT INTO deliveries (registration_id, channel, target, payload, status, next_attempt_at, created_at)
         VALUES (?, 'confirmation', ?, ?, 'pending', ?, ?)`,
    ).run(earlier.id, NOTICE_TARGET, payload, created, created);
    return true;
  }

  /** How many registrations each service point has in the store. */
  registrationsPerServicePoint(): Record<string, number> {
    const rows = this.#sql(
      'SELECT service_point, COUNT(*) AS n FROM registrations GROUP BY service_point',
    ).all() as Row[];
    return Object.fromEntries(rows.map((row) => [String(row['service_point']), Number(row['n'])]));
  }

  /** Confirmed places taken for an event (contact requests never take one). */
  placesTaken(eventId: string): number {
    return Number(
      (
        this.#sql(
          "SELECT COALESCE(SUM(attendees), 0) AS taken FROM registrations WHERE event_id = ? AND kind = 'aanmelding' AND status = 'bevestigd'",
        ).get(eventId) as Row
      )['taken'],
    );
  }

  byConfirmationCode(code: string): Registration | undefined {
    const row = this.#sql('SELECT * FROM registrations WHERE confirmation_code = ?').get(code) as
      Row | undefined;
    return row ? registrationOfRow(row) : undefined;
  }

  /** Registrations for one service point, oldest first, optionally only those since an instant. */
  registrationsFor(servicePoint: string, since?: Date): (Registration & { eventEnd: string })[] {
    const rows = this.#sql(
      'SELECT * FROM registrations WHERE service_point = ? AND created_at >= ? ORDER BY created_at, id',
    ).all(servicePoint, (since ?? new Date(0)).toISOString()) as Row[];
    return rows.map((row) => ({ ...registrationOfRow(row), eventEnd: String(row['event_end']) }));
  }

  countRegistrations(): number {
    return Number((this.#sql('SELECT COUNT(*) AS n FROM registrations').get() as Row)['n']);
  }

  /** Deliveries whose next attempt is due, oldest first. */
  dueDeliveries(now: Date, limit = 20): Delivery[] {
    return (
      this.#sql(
        "SELECT * FROM deliveries WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
      ).all(now.toISOString(), limit) as Row[]
    ).map(toDelivery);
  }

  /**
   * Due deliveries, the oldest `perLane` of each lane (channel and service point), so that one
   * lane with a long queue never hides the others' work from the worker.
   */
  dueDeliveriesPerLane(now: Date, perLane: number): Delivery[] {
    return (
      this.#sql(
        "SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY channel, target ORDER BY next_attempt_at, id) AS lane_rank FROM deliveries WHERE status = 'pending' AND next_attempt_at <= ?) WHERE lane_rank <= ? ORDER BY next_attempt_at, id",
      ).all(now.toISOString(), perLane) as Row[]
    ).map(toDelivery);
  }

  /**
   * The earliest moment a pending delivery is due, to know how long the worker may sleep; with
   * `after`, the earliest one due later than that (the worker knows what is due already).
   */
  nextDueAt(after?: Date): Date | undefined {
    const row = (
      after
        ? this.#sql(
            "SELECT MIN(next_attempt_at) AS next FROM deliveries WHERE status = 'pending' AND next_attempt_at > ?",
          ).get(after.toISOString())
        : this.#sql(
            "SELECT MIN(next_attempt_at) AS next FROM deliveries WHERE status = 'pending'",
          ).get()
    ) as Row;
    return row['next'] ? new Date(String(row['next'])) : undefined;
  }

  markDelivered(id: number, now: Date): void {
    this.#sql(
      "UPDATE deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = ?, last_error = NULL WHERE id = ?",
    ).run(now.toISOString(), id);
  }

  markRetry(id: number, nextAttemptAt: Date, error: string): void {
    this.#sql(
      'UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?',
    ).run(nextAttemptAt.toISOString(), error.slice(0, 500), id);
  }

  markFailed(id: number, error: string): void {
    this.#sql(
      "UPDATE deliveries SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?",
    ).run(error.slice(0, 500), id);
  }

  deliveryCounts(): { pending: number; failed: number; delivered: number } {
    const rows = this.#sql(
      'SELECT status, COUNT(*) AS n FROM deliveries GROUP BY status',
    ).all() as Row[];
    const count = (status: string) =>
      Number(rows.find((row) => row['status'] === status)?.['n'] ?? 0);
    return { pending: count('pending'), failed: count('failed'), delivered: count('delivered') };
  }

  /** Notes that a service point pulled these registrations; the first time counts. */
  markExported(ids: readonly string[], now: Date): void {
    if (ids.length === 0) return;
    this.#transaction(() => {
      const mark = this.#sql(
        'UPDATE registrations SET exported_at = ? WHERE id = ? AND exported_at IS NULL',
      );
      for (const id of ids) mark.run(now.toISOString(), id);
    });
  }

  /** When a registration was first exported, if it was (for tests and the export). */
  exportedAt(id: string): string | undefined {
    const row = this.#sql('SELECT exported_at FROM registrations WHERE id = ?').get(id) as
      Row | undefined;
    const value = row?.['exported_at'];
    return value === null || value === undefined ? undefined : String(value);
  }

  /** The end of a registration's event (for a contact request: when it was sent). */
  eventEndOf(id: string): Date | undefined {
    const row = this.#sql('SELECT event_end FROM registrations WHERE id = ?').get(id) as
      Row | undefined;
    return row ? new Date(String(row['event_end'])) : undefined;
  }

  /**
   * Deletes registrations past their retention (src/lib/registrations/retention.ts has the rules):
   * `retentionDays` after the event once the WSP has seen it (a webhook or e-mail to the WSP
   * delivered, or pulled by the export) and no delivery is pending or failed; and in any case
   * `maxDays` after the event. Their deliveries go with them. Returns what was deleted, and which
   * of those the WSP never saw.
   */
  purgeExpired(
    now: Date,
    policy: { retentionDays: number; maxDays: number },
  ): { deleted: string[]; unseen: { id: string; servicePoint: string }[] } {
    const day = 86_400_000;
    const cutoff = new Date(now.getTime() - policy.retentionDays * day).toISOString();
    const hardCutoff = new Date(
      now.getTime() - Math.max(policy.retentionDays, policy.maxDays) * day,
    ).toISOString();
    return this.#transaction(() => {
      const rows = this.#sql(
        `SELECT id, service_point, event_end,
             (exported_at IS NOT NULL OR EXISTS (
               SELECT 1 FROM deliveries
               WHERE deliveries.registration_id = registrations.id
                 AND deliveries.channel IN ('webhook', 'email') AND deliveries.status = 'delivered'
             )) AS seen,
             NOT EXISTS (
               SELECT 1 FROM deliveries
               WHERE deliveries.registration_id = registrations.id AND deliveries.status <> 'delivered'
             ) AS settled
           FROM registrations
           WHERE event_end <= ?
           ORDER BY event_end, id`,
      ).all(cutoff) as Row[];
      const deleted: string[] = [];
      const unseen: { id: string; servicePoint: string }[] = [];
      const remove = this.#sql('DELETE FROM registrations WHERE id = ?');
      const tally = this.#sql(tallySql);
      for (const row of rows) {
        const id = String(row['id']);
        const seen = Number(row['seen']) === 1;
        const expired = seen && Number(row['settled']) === 1;
        const beyondMax = String(row['event_end']) <= hardCutoff;
        if (!expired && !beyondMax) continue;
        // Counted first, in the same transaction: the staff view's history outlives the row.
        tally.run(id);
        remove.run(id);
        deleted.push(id);
        if (!seen) unseen.push({ id, servicePoint: String(row['service_point']) });
      }
      return { deleted, unseen };
    });
  }

  /**
   * The rows of a read-only counting query (the staff view's, result-counts.ts): counts only, so
   * nothing personal leaves the store through it.
   */
  count(sql: string, ...params: string[]): Row[] {
    return this.#sql(sql).all(...params) as Row[];
  }

  /** How SQLite plans a counting query (for the benchmark). */
  queryPlan(sql: string, ...params: string[]): string[] {
    return (this.#db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Row[]).map((row) =>
      String(row['detail']),
    );
  }

  /** True when a write can be committed right now (for the health check). */
  isWritable(): boolean {
    try {
      this.#transaction(() => {
        this.#sql(
          "INSERT INTO settings (key, value) VALUES ('health', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        ).run(new Date().toISOString());
      });
      return true;
    } catch {
      return false;
    }
  }

  /** A persistent secret, made on first use: e.g. the key that signs signup forms. */
  secret(key: string): string {
    return this.#transaction(() => {
      const row = this.#sql('SELECT value FROM settings WHERE key = ?').get(key) as Row | undefined;
      if (row) return String(row['value']);
      const value = randomBytes(32).toString('base64url');
      this.#sql('INSERT INTO settings (key, value) VALUES (?, ?)').run(key, value);
      return value;
    });
  }

  close(): void {
    this.#db.close();
  }
}
