/** What /healthz reports: whether the store takes writes and how deliveries are doing. */
import type { SignupStore } from '../lib/registrations/store.ts';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  store: { writable: boolean };
  deliveries: {
    pending: number;
    failed: number;
    /**
     * Registrations for a service point that has no channel configured (no webhook, no inbox,
     * no export): stored, but no one can receive them until one is set.
     */
    unreachable: number;
  };
}

export async function healthReport(
  store: SignupStore,
  canReach: (servicePoint: string) => boolean,
): Promise<HealthReport> {
  const writable = await store.isWritable();
  if (!writable) {
    return {
      status: 'down',
      store: { writable },
      deliveries: { pending: 0, failed: 0, unreachable: 0 },
    };
  }
  const { pending, failed } = await store.deliveryCounts();
  const unreachable = Object.entries(await store.registrationsPerServicePoint())
    .filter(([servicePoint]) => !canReach(servicePoint))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    status: failed > 0 || unreachable > 0 ? 'degraded' : 'ok',
    store: { writable },
    deliveries: { pending, failed, unreachable },
  };
}
