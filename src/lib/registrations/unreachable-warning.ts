/**
 * The warning that a registration is stored but no channel reaches its service point. Said at
 * once for the first one, then at most once an hour per service point with how many were stored
 * since: one line per signup would flood the log on a busy day (or under a flood of posts), and
 * writing it cost more than a tenth of a signup's time (docs/benchmarks.md).
 */
import type { Clock } from '../clock.ts';
import { envKeyOf } from './config.ts';

const HOUR_MS = 3_600_000;

export type UnreachableWarning = (servicePoint: string, registrationId: string) => void;

export function unreachableWarning(
  log: (line: string) => void,
  clock: Clock,
  everyMs = HOUR_MS,
): UnreachableWarning {
  const lastSaid = new Map<string, { at: number; unsaid: number }>();
  return (servicePoint, registrationId) => {
    const now = clock().getTime();
    const last = lastSaid.get(servicePoint);
    if (last && now - last.at < everyMs) {
      last.unsaid += 1;
      return;
    }
    const count = (last?.unsaid ?? 0) + 1;
    lastSaid.set(servicePoint, { at: now, unsaid: 0 });
    // Ids only: the log never holds personal data.
    const what =
      count === 1
        ? `Registration ${registrationId} for ${servicePoint} is stored`
        : `${count} registrations for ${servicePoint} are stored since the last warning (the latest ${registrationId})`;
    log(
      `${what}, but no channel reaches that service point: set DELIVERY_${envKeyOf(servicePoint)}_WEBHOOK_URL, _EMAIL or _EXPORT_TOKEN. Until then this is said at most once an hour.`,
    );
  };
}
