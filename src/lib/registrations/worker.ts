/**
 * Delivers the outbox: due deliveries are sent, retried with backoff for the retry window, then
 * marked failed and reported. Runs in every server process; a new registration wakes its own
 * process's worker at once. Deliveries travel in lanes per channel and service point (see
 * lanes.ts). Each attempt first claims its delivery in the store for a while (a lease), so that
 * the workers of several instances on one database never attempt the same delivery at once.
 * It also deletes registrations past their retention period.
 */
import type { Clock } from '../clock.ts';
import { nextAttemptAt } from './backoff.ts';
import { failureReason } from './delivery-failure.ts';
import { Lanes } from './lanes.ts';
import { purge, type PurgeReport } from './retention.ts';
import { defaultLeaseMs, type Delivery, type SignupStore } from './store.ts';

export interface DeliverySenders {
  /** Sends one delivery; throws (a DeliveryFailure with a loggable reason) when it did not arrive. */
  send(delivery: Delivery, now: Date): Promise<void>;
}

export interface WorkerOptions {
  retryHours: number;
  retryBaseSeconds?: number;
  retentionDays: number;
  /** The hard maximum for registrations the WSP has not seen (retention.ts); default 90. */
  retentionMaxDays?: number;
  /** Called after a purge that deleted something; must not throw. */
  onPurged?: (report: PurgeReport) => void;
  /** Longest sleep between checks, so retention and new work are never missed for long. */
  maxSleepMs?: number;
  random?: () => number;
  /**
   * Attempts at once per lane (a channel to one service point), default 2: a stalled receiver
   * delays only its own lane.
   */
  laneConcurrency?: number;
  /** Called once when a delivery is given up, with its reason category; must not throw. */
  onFailed?: (delivery: Delivery, reason: string) => void;
  /**
   * How long a claimed delivery is this worker's (default 2 minutes): longer than any attempt
   * takes, since another instance attempts it again once the claim has run out.
   */
  leaseMs?: number;
}

export class DeliveryWorker {
  readonly #store: SignupStore;
  readonly #senders: DeliverySenders;
  readonly #clock: Clock;
  readonly #options: WorkerOptions;
  readonly #lanes: Lanes;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stopped = true;
  #stopRequested = false;
  #lastRetention = 0;
  #stopping: Promise<void> | undefined;
  /** A turn of the loop in progress, and whether another was asked for meanwhile. */
  #turning = false;
  #turnAgain = false;

  constructor(store: SignupStore, senders: DeliverySenders, clock: Clock, options: WorkerOptions) {
    this.#store = store;
    this.#senders = senders;
    this.#clock = clock;
    this.#options = options;
    this.#lanes = new Lanes(options.laneConcurrency ?? 2);
  }

  /** Sends every delivery that is due now, lane by lane; returns how many were attempted. */
  async runOnce(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const started = await this.#startDue(this.#clock());
      attempted += started;
      if (started === 0 && this.#lanes.size === 0) break;
      await this.#lanes.anySettled();
    }
    await this.#deleteExpired(this.#clock());
    return attempted;
  }

  /**
   * Starts each due delivery whose lane has a free slot; returns how many it started. A lane's
   * attempts in progress are its oldest due deliveries, so twice its slots are always enough.
   */
  async #startDue(now: Date, onSettled?: () => void): Promise<number> {
    if (this.#stopRequested) return 0;
    let started = 0;
    const perLane = this.#lanes.concurrency * 2;
    const claimedUntil = new Date(now.getTime() + (this.#options.leaseMs ?? defaultLeaseMs));
    for (const due of await this.#store.dueDeliveriesPerLane(now, perLane)) {
      if (this.#stopRequested || !this.#lanes.canStart(due)) continue;
      // Another instance's worker may have taken it since: then it is not ours to attempt.
      const delivery = await this.#store.claim(due.id, now, claimedUntil);
      if (!delivery) continue;
      void this.#lanes.run(delivery, () => this.#attempt(delivery)).then(onSettled);
      started += 1;
    }
    return started;
  }

  async #deleteExpired(now: Date): Promise<void> {
    if (now.getTime() - this.#lastRetention >= 3_600_000) {
      const report = await purge(this.#store, now, {
        retentionDays: this.#options.retentionDays,
        maxDays: this.#options.retentionMaxDays ?? 90,
      });
      if (report.deleted.length > 0) this.#options.onPurged?.(report);
      this.#lastRetention = now.getTime();
    }
  }

  async #attempt(delivery: Delivery): Promise<void> {
    const now = this.#clock();
    try {
      await this.#senders.send(delivery, now);
    } catch (error) {
      // Stored, logged and mailed to ALERT_EMAIL: a category, never the error's own text.
      const reason = failureReason(error);
      const failedAt = this.#clock();
      const next = nextAttemptAt(
        delivery.attempts + 1,
        new Date(delivery.createdAt),
        failedAt,
        {
          retryHours: this.#options.retryHours,
          ...(this.#options.retryBaseSeconds
            ? { baseSeconds: this.#options.retryBaseSeconds }
            : {}),
        },
        this.#options.random,
      );
      if (next === 'give-up') {
        await this.#store.markFailed(delivery.id, reason);
        this.#options.onFailed?.(delivery, reason);
      } else {
        await this.#store.markRetry(delivery.id, next, reason);
      }
      return;
    }
    // Outside the catch: a store that fails to record the success must not count as a failed send.
    await this.#store.markDelivered(delivery.id, this.#clock());
  }

  /** Starts the loop. */
  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#stopRequested = false;
    this.#stopping = undefined;
    this.#schedule(0);
  }

  /** Wakes the loop now, e.g. after a new registration. */
  notify(): void {
    if (this.#stopped) return;
    // During a turn, a timer would be cancelled by the sleep the turn schedules at its end.
    if (this.#turning) this.#turnAgain = true;
    else this.#schedule(0);
  }

  #schedule(delayMs: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#wake(), delayMs);
    this.#timer.unref?.();
  }

  /**
   * One turn of the loop; every attempt that ends wakes it again, to fill its lane's slot. Turns
   * never overlap: a wake during a turn runs one more turn after it.
   */
  #wake(): void {
    this.#timer = undefined;
    if (this.#stopped) return;
    if (this.#turning) {
      this.#turnAgain = true;
      return;
    }
    this.#turning = true;
    void this.#turn().finally(() => {
      this.#turning = false;
      if (this.#turnAgain && !this.#stopped) {
        this.#turnAgain = false;
        this.#wake();
      }
    });
  }

  async #turn(): Promise<void> {
    // One reading of the clock for the whole turn: a delivery that falls due while the turn runs
    // (a slow machine) is then the next one to wait for, not skipped until the longest sleep.
    const now = this.#clock();
    let sleepMs = this.#options.maxSleepMs ?? 30_000;
    try {
      await this.#startDue(now, () => this.#wake());
      await this.#deleteExpired(now);
      sleepMs = await this.#sleepMs(now, sleepMs);
    } catch (error) {
      console.error('Delivery worker:', error instanceof Error ? error.message : error);
    }
    if (!this.#stopped) this.#schedule(sleepMs);
  }

  /**
   * Until the first delivery not yet due at `now`, the moment this turn looked. Due ones waiting
   * for a slot need no timer: the attempt that frees the slot wakes the loop.
   */
  async #sleepMs(now: Date, max: number): Promise<number> {
    const next = await this.#store.nextDueAt(now);
    if (!next) return max;
    return Math.max(0, Math.min(max, next.getTime() - this.#clock().getTime()));
  }

  /**
   * Starts no new attempt and waits until the attempts in progress have ended, at most
   * `maxWaitMs`: a webhook attempt ends by its own 10 s timeout, but an SMTP server may hang
   * longer. An attempt cut off that way leaves its delivery pending, to be retried after the
   * restart (a webhook with the same webhook-id).
   */
  stop(maxWaitMs = 11_000): Promise<void> {
    this.#stopped = true;
    this.#stopRequested = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#stopping ??= new Promise<void>((resolve) => {
      const cutOff = setTimeout(resolve, maxWaitMs);
      cutOff.unref?.();
      void this.#lanes.allSettled().then(() => {
        clearTimeout(cutOff);
        resolve();
      });
    });
    return this.#stopping;
  }
}
