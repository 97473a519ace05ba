/**
 * Group commit (the SQLite store): signups that arrive while the event loop is busy are stored
 * together in one transaction, so many registrations share one disk flush. Each caller's promise
 * settles only after that transaction is committed, so nobody is told "aangemeld" before the data
 * is durable. Under light load a batch holds one signup and adds no waiting. PostgreSQL needs no
 * such help: each signup is a transaction of its own, and the server batches its flushes itself.
 */
import type { RegisterOutcome, RegisterRequest } from './store.ts';

/** Stores a batch in one transaction: each item's outcome, or the error of one that failed. */
export type StoreBatch = (
  batch: readonly RegisterRequest[],
) => Promise<(RegisterOutcome | Error)[]>;

interface Waiting extends RegisterRequest {
  resolve: (outcome: RegisterOutcome) => void;
  reject: (error: Error) => void;
}

export class GroupCommit {
  readonly #storeBatch: StoreBatch;
  readonly #maxBatch: number;
  #queue: Waiting[] = [];
  #scheduled = false;

  constructor(storeBatch: StoreBatch, maxBatch = 100) {
    this.#storeBatch = storeBatch;
    this.#maxBatch = maxBatch;
  }

  register(request: RegisterRequest): Promise<RegisterOutcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ ...request, resolve, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        // After the requests already read from the network have queued their signups too.
        setImmediate(() => void this.#flush());
      }
    });
  }

  async #flush(): Promise<void> {
    const batch = this.#queue.splice(0, this.#maxBatch);
    this.#scheduled = this.#queue.length > 0;
    if (this.#scheduled) setImmediate(() => void this.#flush());
    let outcomes: (RegisterOutcome | Error)[];
    try {
      outcomes = await this.#storeBatch(batch);
    } catch (error) {
      // The commit itself failed: nothing of this batch was stored.
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const waiting of batch) waiting.reject(failure);
      return;
    }
    outcomes.forEach((outcome, index) => {
      const waiting = batch[index];
      if (!waiting) return;
      if (outcome instanceof Error) waiting.reject(outcome);
      else waiting.resolve(outcome);
    });
  }
}
