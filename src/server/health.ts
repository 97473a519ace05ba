/** What /healthz reports: whether the store takes writes and how deliveries are doing. */
import type { SignupStore } from '../lib/signups/store.ts';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  store: { writable: boolean };
  deliveries: { pending: number; failed: number };
}

export function healthReport(store: SignupStore): HealthReport {
  const writable = store.isWritable();
  if (!writable)
    return { status: 'down', store: { writable }, deliveries: { pending: 0, failed: 0 } };
  const { pending, failed } = store.deliveryCounts();
  return {
    status: failed > 0 ? 'degraded' : 'ok',
    store: { writable },
    deliveries: { pending, failed },
  };
}
