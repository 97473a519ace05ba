/**
 * Delivers the outbox: due deliveries are sent, retried with backoff for the retry window, then
 * marked failed and reported. Runs in the server process; a new registration wakes it at once.
 * It also deletes registrations past their retention period.
 */
import type { Clock } from '../clock.ts';
import { nextAttemptAt } from './backoff.ts';
import { failureReason } from './delivery-failure.ts';
import { purge, type PurgeReport } from './retention.ts';
import type { Delivery, SignupStore } from './store.ts';

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
  /** Called once when a delivery is given up, with its reason category; must not throw. */
  onFailed?: (delivery: Delivery, reason: string) => void;
}

export class DeliveryWorker {
  readonly #store: SignupStore;
  readonly #senders: DeliverySenders;
  readonly #clock: Clock;
  readonly #options: WorkerOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> | undefined;
  #stopped = true;
  #stopRequested = false;
  #lastRetention = 0;

  constructor(store: SignupStore, senders: DeliverySenders, clock: Clock, options: WorkerOptions) {
    this.#store = store;
    this.#senders = senders;
    this.#clock = clock;
    this.#options = options;
  }

  /** Sends every delivery that is due now, one by one; returns how many were attempted. */
  async runOnce(): Promise<number> {
    let attempted = 0;
    let batch: Delivery[];
    do {
      batch = this.#store.dueDeliveries(this.#clock(), 20);
      for (const delivery of batch) {
        if (this.#stopRequested) return attempted;
        await this.#attempt(delivery);
        attempted += 1;
      }
    } while (batch.length === 20);
    const now = this.#clock();
    if (now.getTime() - this.#lastRetention >= 3_600_000) {
      const report = purge(this.#store, now, {
        retentionDays: this.#options.retentionDays,
        maxDays: this.#options.retentionMaxDays ?? 90,
      });
      if (report.deleted.length > 0) this.#options.onPurged?.(report);
      this.#lastRetention = now.getTime();
    }
    return attempted;
  }

  async #attempt(delivery: Delivery): Promise<void> {
    const now = this.#clock();
    try {
      await this.#senders.send(delivery, now);
      this.#store.markDelivered(delivery.id, this.#clock());
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
        this.#store.markFailed(delivery.id, reason);
        this.#options.onFailed?.(delivery, reason);
      } else {
        this.#store.markRetry(delivery.id, next, reason);
      }
    }
  }

  /** Starts the loop. */
  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#stopRequested = false;
    this.#schedule(0);
  }

  /** Wakes the loop now, e.g. after a new registration. */
  notify(): void {
    if (!this.#stopped && this.#running === undefined) this.#schedule(0);
  }

  #schedule(delayMs: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#running = this.runOnce()
        .then(() => undefined)
        .catch((error: unknown) => {
          console.error('Delivery worker:', error instanceof Error ? error.message : error);
        })
        .finally(() => {
          this.#running = undefined;
          if (!this.#stopped) this.#schedule(this.#sleepMs());
        });
    }, delayMs);
    this.#timer.unref?.();
  }

  #sleepMs(): number {
    const max = this.#options.maxSleepMs ?? 30_000;
    const next = this.#store.nextDueAt();
    if (!next) return max;
    return Math.max(0, Math.min(max, next.getTime() - this.#clock().getTime()));
  }

  /** Stops the loop after the attempt in progress, if any, has finished. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#stopRequested = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }
}
