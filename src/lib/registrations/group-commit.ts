/**
 * Group commit: signups that arrive while the event loop is busy are stored together in one
 * transaction, so many registrations share one disk flush. Each caller's promise settles only
 * after that transaction is committed, so nobody is told "aangemeld" before the data is durable.
 * Under light load a batch holds one signup and adds no waiting.
 */
import type { RegisterOutcome, RegisterRequest, SignupStore } from './store.ts';

interface Waiting extends RegisterRequest {
  resolve: (outcome: RegisterOutcome) => void;
  reject: (error: Error) => void;
}

export class GroupCommit {
  readonly #store: SignupStore;
  readonly #maxBatch: number;
  #queue: Waiting[] = [];
  #scheduled = false;

  constructor(store: SignupStore, maxBatch = 100) {
    this.#store = store;
    this.#maxBatch = maxBatch;
  }

  register(request: RegisterRequest): Promise<RegisterOutcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ ...request, resolve, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        // After the requests already read from the network have queued their signups too.
        setImmediate(() => this.#flush());
      }
    });
  }

  #flush(): void {
    const batch = this.#queue.splice(0, this.#maxBatch);
    this.#scheduled = this.#queue.length > 0;
    if (this.#scheduled) setImmediate(() => this.#flush());
    let outcomes: (RegisterOutcome | Error)[];
    try {
      outcomes = this.#store.registerAll(batch);
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
