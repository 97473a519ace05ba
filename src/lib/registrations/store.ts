/**
 * The durable signup store, on either engine (sql-engine.ts): one SQLite file for the processes of
 * one machine, or PostgreSQL for several machines. Every write that the user is told about is
 * committed before the answer is sent, and a registration and its outbox of deliveries are
 * written in one transaction, so neither is lost. The rules of each kind are decided inside that
 * transaction, under a lock on what they count (an event's places, a mailbox's requests), so two
 * processes cannot both take the last place.
 */
import { randomBytes } from 'node:crypto';
import { GroupCommit } from './group-commit.ts';
import { timeOrderedSecret, uuidV7 } from './time-ordered-id.ts';
import { emailKey, mailboxOf } from './mailbox.ts';
import { migrations } from './migrations.ts';
import {
  insertOf,
  registrationOfRow,
  typedFields,
  type Registration,
} from './registration-fields.ts';
import type { Row, SqlEngine, Transaction } from './sql-engine.ts';
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
  DO UPDATE SET registrations = registration_tallies.registrations + excluded.registrations,
                people = registration_tallies.people + excluded.people`;

/** A registrations row as the application sees it (its columns are text and integers only). */
const registrationOf = (row: Row): Registration =>
  registrationOfRow(row as Record<string, string | number | null>);

/** How long a worker holds a delivery it is attempting, unless told otherwise (runtime config). */
export const defaultLeaseMs = 120_000;

export class SignupStore {
  readonly #engine: SqlEngine;
  /** SQLite: signups that arrive together share one transaction (one disk flush). */
  readonly #batches: GroupCommit | undefined;

  private constructor(engine: SqlEngine) {
    this.#engine = engine;
    this.#batches =
      engine.dialect === 'sqlite'
        ? new GroupCommit((batch) => this.#registerAll(batch))
        : undefined;
  }

  /** Opens a store on an engine and brings its schema up to date. */
  static async open(engine: SqlEngine): Promise<SignupStore> {
    await engine.migrate(migrations);
    return new SignupStore(engine);
  }

  get dialect(): SqlEngine['dialect'] {
    return this.#engine.dialect;
  }

  schemaVersion(): Promise<number> {
    return this.#engine.schemaVersion();
  }

  /**
   * Stores a registration and its deliveries, or recognises it: the same idempotency key (a
   * double submit) answers with the registration made the first time; the same e-mail address
   * for the same event answers with the earlier registration. Capacity is counted inside the
   * transaction, under the event's lock, so two signups for the last place cannot both get it.
   */
  register(
    input: NewRegistration,
    now: Date,
    plan: RegisterRequest['plan'],
    notice?: RegisterRequest['notice'],
  ): Promise<RegisterOutcome> {
    const request: RegisterRequest = { input, now, plan, ...(notice ? { notice } : {}) };
    if (this.#batches) return this.#batches.register(request);
    return this.#engine.transaction((tx) => this.#registerInside(tx, request));
  }

  /**
   * Several registrations in one transaction, each in its own savepoint: one commit for all of
   * them, while a failing one leaves the others intact. Returns each outcome, or the error of the
   * one that failed.
   */
  #registerAll(items: readonly RegisterRequest[]): Promise<(RegisterOutcome | Error)[]> {
    return this.#engine.transaction(async (tx) => {
      const outcomes: (RegisterOutcome | Error)[] = [];
      for (const item of items) {
        outcomes.push(await tx.savepoint(() => this.#registerInside(tx, item)));
      }
      return outcomes;
    });
  }

  async #registerInside(tx: Transaction, request: RegisterRequest): Promise<RegisterOutcome> {
    const { input, now, plan } = request;
    // Always in this order (the form, then what it counts), so two transactions never wait for
    // each other the other way round.
    await tx.lock(`form:${input.idempotencyKey}`);
    await tx.lock(
      isRequest(input) ? `mailbox:${mailboxOf(input.email).mailbox}` : `event:${input.eventId}`,
    );
    const replay = await tx.get(
      'SELECT * FROM registrations WHERE idempotency_key = ?',
      input.idempotencyKey,
    );
    if (replay) {
      const registration = registrationOf(replay);
      return { kind: 'replayed', registration, changed: !sameDetails(registration, input) };
    }
    const decision = await decide(input, now, this.#queries(tx));
    if (decision.kind === 'declined') {
      const payload = request.notice?.(decision.registration, decision.reason);
      return {
        ...decision,
        noticed: await this.#queueNotice(tx, decision.registration, now, payload),
      };
    }
    const created = now.toISOString();
    const id = uuidV7(now);
    const insert = insertOf({
      id,
      kind: input.kind ?? 'aanmelding',
      eventId: input.eventId,
      idempotencyKey: input.idempotencyKey,
      confirmationCode: timeOrderedSecret(now),
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
    // The insert names every column, so the row as stored is the row inserted: read back with
    // RETURNING it cost SQLite more than the insert itself (docs/benchmarks.md).
    await tx.run(insert.sql, ...insert.values);
    const registration = registrationOf(insert.row);
    // All of the registration's deliveries in one statement (a signup has three).
    const deliveries = plan(registration);
    if (deliveries.length > 0) {
      await tx.run(
        `INSERT INTO deliveries (registration_id, channel, target, payload, status, next_attempt_at, created_at)
           VALUES ${deliveries.map(() => "(?, ?, ?, ?, 'pending', ?, ?)").join(', ')}`,
        ...deliveries.flatMap((delivery) => [
          id,
          delivery.channel,
          delivery.target,
          delivery.payload,
          created,
          created,
        ]),
      );
    }
    return { kind: 'created', registration };
  }

  /** The questions the registration rules ask, answered inside the open transaction. */
  #queries(tx: Transaction): RuleQueries {
    return {
      signupOf: async (eventId, email) => {
        const row = await tx.get(
          "SELECT * FROM registrations WHERE event_id = ? AND email_key = ? AND kind = 'aanmelding'",
          eventId,
          emailKey(email),
        );
        return row ? registrationOf(row) : undefined;
      },
      placesTaken: (eventId) => placesTakenBy(tx, eventId),
      requestsFrom: async (mailbox, since) =>
        (
          await tx.all(
            `SELECT * FROM registrations
               WHERE kind <> 'aanmelding' AND created_at > ?
                 AND (email_key = ? OR email_key LIKE ? ESCAPE '\\')
               ORDER BY created_at DESC`,
            since.toISOString(),
            mailbox.mailbox,
            mailbox.tagged,
          )
        ).map(registrationOf),
    };
  }

  /**
   * Queues a notice e-mail to the address of an earlier registration, unless one went to that
   * mailbox for the same event (or source) in the last 24 hours. Returns whether it was queued.
   */
  async #queueNotice(
    tx: Transaction,
    earlier: Registration,
    now: Date,
    payload: string | undefined,
  ): Promise<boolean> {
    if (payload === undefined) return false;
    const since = new Date(now.getTime() - 86_400_000).toISOString();
    const mailbox = mailboxOf(earlier.email);
    const sent = await tx.get(
      `SELECT 1 AS sent FROM deliveries JOIN registrations ON registrations.id = deliveries.registration_id
         WHERE deliveries.target = ? AND deliveries.created_at > ? AND registrations.event_id = ?
           AND (registrations.email_key = ? OR registrations.email_key LIKE ? ESCAPE '\\')
         LIMIT 1`,
      NOTICE_TARGET,
      since,
      earlier.eventId,
      mailbox.mailbox,
      mailbox.tagged,
    );
    if (sent) return false;
    const created = now.toISOString();
    await tx.run(
      `INSERT INTO deliveries (registration_id, channel, target, payload, status, next_attempt_at, created_at)
         VALUES (?, 'confirmation', ?, ?, 'pending', ?, ?)`,
      earlier.id,
      NOTICE_TARGET,
      payload,
      created,
      created,
    );
    return true;
  }

  /** How many registrations each service point has in the store. */
  async registrationsPerServicePoint(): Promise<Record<string, number>> {
    const rows = await this.#engine.all(
      'SELECT service_point, COUNT(*) AS n FROM registrations GROUP BY service_point',
    );
    return Object.fromEntries(rows.map((row) => [String(row['service_point']), Number(row['n'])]));
  }

  /** Confirmed places taken for an event (requests never take one). */
  placesTaken(eventId: string): Promise<number> {
    return placesTakenBy(this.#engine, eventId);
  }

  async byConfirmationCode(code: string): Promise<Registration | undefined> {
    const row = await this.#engine.get(
      'SELECT * FROM registrations WHERE confirmation_code = ?',
      code,
    );
    return row ? registrationOf(row) : undefined;
  }

  /** Registrations for one service point, oldest first, optionally only those since an instant. */
  async registrationsFor(
    servicePoint: string,
    since?: Date,
  ): Promise<(Registration & { eventEnd: string })[]> {
    const rows = await this.#engine.all(
      'SELECT * FROM registrations WHERE service_point = ? AND created_at >= ? ORDER BY created_at, id',
      servicePoint,
      (since ?? new Date(0)).toISOString(),
    );
    return rows.map((row) => ({ ...registrationOf(row), eventEnd: String(row['event_end']) }));
  }

  async countRegistrations(): Promise<number> {
    return Number((await this.#engine.get('SELECT COUNT(*) AS n FROM registrations'))?.['n']);
  }

  /** Deliveries whose next attempt is due, oldest first (claimed or not). */
  async dueDeliveries(now: Date, limit = 20): Promise<Delivery[]> {
    const rows = await this.#engine.all(
      "SELECT * FROM deliveries WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
      now.toISOString(),
      limit,
    );
    return rows.map(toDelivery);
  }

  /**
   * Due deliveries no worker holds, the oldest `perLane` of each lane (channel and service
   * point), so that one lane with a long queue never hides the others' work from the worker.
   */
  async dueDeliveriesPerLane(now: Date, perLane: number): Promise<Delivery[]> {
    const at = now.toISOString();
    const rows = await this.#engine.all(
      `SELECT * FROM (
         SELECT *, ROW_NUMBER() OVER (PARTITION BY channel, target ORDER BY next_attempt_at, id) AS lane_rank
           FROM deliveries
           WHERE status = 'pending' AND next_attempt_at <= ?
             AND (claimed_until IS NULL OR claimed_until <= ?)
       ) AS due WHERE lane_rank <= ? ORDER BY next_attempt_at, id`,
      at,
      at,
      perLane,
    );
    return rows.map(toDelivery);
  }

  /**
   * Takes a due delivery for one attempt until `until`, unless another worker holds it; returns
   * it as claimed, or undefined. On PostgreSQL a row another instance is claiming is skipped, not
   * waited for. A worker that stops mid-attempt leaves the claim to run out.
   */
  async claim(id: number, now: Date, until: Date): Promise<Delivery | undefined> {
    const skipLocked = this.#engine.dialect === 'postgres' ? 'FOR UPDATE SKIP LOCKED' : '';
    const row = await this.#engine.get(
      `UPDATE deliveries SET claimed_until = ?
         WHERE id = (SELECT id FROM deliveries
                       WHERE id = ? AND status = 'pending'
                         AND (claimed_until IS NULL OR claimed_until <= ?) ${skipLocked})
         RETURNING *`,
      until.toISOString(),
      id,
      now.toISOString(),
    );
    return row ? toDelivery(row) : undefined;
  }

  /**
   * Lets go of every claim (SQLite only): at the start of the site, before any of its processes
   * runs a delivery worker, so no claim can be in use; a crash then costs no waiting for the
   * claims to run out.
   */
  async releaseClaims(): Promise<void> {
    if (this.#engine.dialect !== 'sqlite') return;
    await this.#engine.run(
      'UPDATE deliveries SET claimed_until = NULL WHERE claimed_until IS NOT NULL',
    );
  }

  /**
   * The earliest moment a pending delivery can be attempted (due, and no longer claimed), to know
   * how long the worker may sleep; with `after`, the earliest one later than that.
   */
  async nextDueAt(after?: Date): Promise<Date | undefined> {
    const ready =
      'CASE WHEN claimed_until IS NOT NULL AND claimed_until > next_attempt_at THEN claimed_until ELSE next_attempt_at END';
    const row = after
      ? await this.#engine.get(
          `SELECT MIN(${ready}) AS next FROM deliveries WHERE status = 'pending' AND ${ready} > ?`,
          after.toISOString(),
        )
      : await this.#engine.get(
          `SELECT MIN(${ready}) AS next FROM deliveries WHERE status = 'pending'`,
        );
    return row?.['next'] ? new Date(String(row['next'])) : undefined;
  }

  async markDelivered(id: number, now: Date): Promise<void> {
    await this.#engine.run(
      "UPDATE deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = ?, last_error = NULL, claimed_until = NULL WHERE id = ?",
      now.toISOString(),
      id,
    );
  }

  /** A failed attempt; a delivery another worker has delivered meanwhile stays delivered. */
  async markRetry(id: number, nextAttemptAt: Date, error: string): Promise<void> {
    await this.#engine.run(
      "UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, claimed_until = NULL WHERE id = ? AND status = 'pending'",
      nextAttemptAt.toISOString(),
      error.slice(0, 500),
      id,
    );
  }

  async markFailed(id: number, error: string): Promise<void> {
    await this.#engine.run(
      "UPDATE deliveries SET status = 'failed', attempts = attempts + 1, last_error = ?, claimed_until = NULL WHERE id = ? AND status = 'pending'",
      error.slice(0, 500),
      id,
    );
  }

  async deliveryCounts(): Promise<{ pending: number; failed: number; delivered: number }> {
    const rows = await this.#engine.all(
      'SELECT status, COUNT(*) AS n FROM deliveries GROUP BY status',
    );
    const count = (status: string) =>
      Number(rows.find((row) => row['status'] === status)?.['n'] ?? 0);
    return { pending: count('pending'), failed: count('failed'), delivered: count('delivered') };
  }

  /** Notes that a service point pulled these registrations; the first time counts. */
  async markExported(ids: readonly string[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.#engine.transaction(async (tx) => {
      for (const id of ids) {
        await tx.run(
          'UPDATE registrations SET exported_at = ? WHERE id = ? AND exported_at IS NULL',
          now.toISOString(),
          id,
        );
      }
    });
  }

  /** When a registration was first exported, if it was (for tests and the export). */
  async exportedAt(id: string): Promise<string | undefined> {
    const row = await this.#engine.get('SELECT exported_at FROM registrations WHERE id = ?', id);
    const value = row?.['exported_at'];
    return value === null || value === undefined ? undefined : String(value);
  }

  /** The end of a registration's event (for a contact request: when it was sent). */
  async eventEndOf(id: string): Promise<Date | undefined> {
    const row = await this.#engine.get('SELECT event_end FROM registrations WHERE id = ?', id);
    return row ? new Date(String(row['event_end'])) : undefined;
  }

  /**
   * Deletes registrations past their retention (src/lib/registrations/retention.ts has the rules):
   * `retentionDays` after the event once the WSP has seen it (a webhook or e-mail to the WSP
   * delivered, or pulled by the export) and no delivery is pending or failed; and in any case
   * `maxDays` after the event. Their deliveries go with them. Returns what was deleted, and which
   * of those the WSP never saw. One instance purges at a time, so nothing is counted twice.
   */
  purgeExpired(
    now: Date,
    policy: { retentionDays: number; maxDays: number },
  ): Promise<{ deleted: string[]; unseen: { id: string; servicePoint: string }[] }> {
    const day = 86_400_000;
    const cutoff = new Date(now.getTime() - policy.retentionDays * day).toISOString();
    const hardCutoff = new Date(
      now.getTime() - Math.max(policy.retentionDays, policy.maxDays) * day,
    ).toISOString();
    return this.#engine.transaction(async (tx) => {
      await tx.lock('retention');
      const rows = await tx.all(
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
        cutoff,
      );
      const deleted: string[] = [];
      const unseen: { id: string; servicePoint: string }[] = [];
      for (const row of rows) {
        const id = String(row['id']);
        // 1 or 0 in SQLite, true or false in PostgreSQL.
        const seen = Number(row['seen']) === 1;
        const expired = seen && Number(row['settled']) === 1;
        const beyondMax = String(row['event_end']) <= hardCutoff;
        if (!expired && !beyondMax) continue;
        // Counted first, in the same transaction: the staff view's history outlives the row.
        await tx.run(tallySql, id);
        await tx.run('DELETE FROM registrations WHERE id = ?', id);
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
  count(sql: string, ...params: string[]): Promise<Row[]> {
    return this.#engine.all(sql, ...params);
  }

  /** How the engine plans a counting query (for the benchmark and the index test). */
  queryPlan(sql: string, ...params: string[]): Promise<string[]> {
    return this.#engine.queryPlan(sql, ...params);
  }

  /** True when a write can be committed right now (for the health check). */
  async isWritable(): Promise<boolean> {
    try {
      await this.#engine.run(
        "INSERT INTO settings (key, value) VALUES ('health', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        new Date().toISOString(),
      );
      return true;
    } catch {
      return false;
    }
  }

  /**
   * A persistent secret, made on first use: e.g. the key that signs signup forms. Instances that
   * start together agree on one: the first insert wins and every instance reads it back.
   */
  async secret(key: string): Promise<string> {
    await this.#engine.run(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING',
      key,
      randomBytes(32).toString('base64url'),
    );
    return String(
      (await this.#engine.get('SELECT value FROM settings WHERE key = ?', key))?.['value'],
    );
  }

  close(): Promise<void> {
    return this.#engine.close();
  }
}

/** Confirmed places taken for an event, asked of the store or inside a transaction. */
async function placesTakenBy(sql: Pick<Transaction, 'get'>, eventId: string): Promise<number> {
  const row = await sql.get(
    "SELECT COALESCE(SUM(attendees), 0) AS taken FROM registrations WHERE event_id = ? AND kind = 'aanmelding' AND status = 'bevestigd'",
    eventId,
  );
  return Number(row?.['taken'] ?? 0);
}
