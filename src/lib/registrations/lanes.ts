/**
 * The worker's attempts in progress, by lane: one lane per channel and service point. Each lane
 * runs a few attempts at once, so a receiver that accepts connections but never answers holds up
 * only its own deliveries, never another service point's. A delivery id is in progress at most
 * once, so the same delivery is never attempted twice at the same time.
 */
import type { Delivery } from './store.ts';

export function laneOf(delivery: Pick<Delivery, 'channel' | 'target'>): string {
  return `${delivery.channel}:${delivery.target}`;
}

export class Lanes {
  readonly concurrency: number;
  readonly #inProgress = new Map<number, Promise<void>>();
  readonly #perLane = new Map<string, number>();

  constructor(concurrency: number) {
    this.concurrency = Math.max(1, Math.floor(concurrency));
  }

  /** Attempts in progress in all lanes. */
  get size(): number {
    return this.#inProgress.size;
  }

  /** True when this delivery is not in progress and its lane has a free slot. */
  canStart(delivery: Delivery): boolean {
    return (
      !this.#inProgress.has(delivery.id) &&
      (this.#perLane.get(laneOf(delivery)) ?? 0) < this.concurrency
    );
  }

  /** Runs one attempt in the delivery's lane; the promise settles when the slot is free again. */
  run(delivery: Delivery, attempt: () => Promise<void>): Promise<void> {
    const lane = laneOf(delivery);
    this.#perLane.set(lane, (this.#perLane.get(lane) ?? 0) + 1);
    const running = attempt()
      .catch((error: unknown) => {
        // An attempt records its own failures; this is the store itself failing (or closed).
        console.error('Delivery worker:', error instanceof Error ? error.message : error);
      })
      .finally(() => {
        this.#inProgress.delete(delivery.id);
        const left = (this.#perLane.get(lane) ?? 1) - 1;
        if (left > 0) this.#perLane.set(lane, left);
        else this.#perLane.delete(lane);
      });
    this.#inProgress.set(delivery.id, running);
    return running;
  }

  /** Settles when any attempt in progress has ended (at once when none is). */
  async anySettled(): Promise<void> {
    if (this.#inProgress.size > 0) await Promise.race(this.#inProgress.values());
  }

  /** Settles when every attempt in progress has ended. */
  async allSettled(): Promise<void> {
    await Promise.all(this.#inProgress.values());
  }
}
