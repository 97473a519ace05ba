/**
 * The `register` a form handler gets, on a test store: the same call the runtime makes
 * (runtime.ts requestDeps), so handler tests store through the store's own path on each engine
 * (group commit on SQLite, one transaction per registration on PostgreSQL).
 */
import type { FormDeps } from '../../src/lib/registrations/submission-gate.ts';
import type { SignupStore } from '../../src/lib/registrations/store.ts';

export function registerOn(store: SignupStore): FormDeps['register'] {
  return (request) => store.register(request.input, request.now, request.plan, request.notice);
}
