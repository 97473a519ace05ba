/**
 * The warning that a registration is stored but no channel reaches its service point. Said at
 * once for the first one, then at most once an hour per service point with how many were stored
 * since: one line per signup would flood the log on a busy day, or under a flood of posts.
 */
import { envKeyOf } from './config.ts';

const HOUR_MS = 3_600_000;

export type UnreachableWarning = (servicePoint: string, registrationId: string) => void;

/**
 * `elapsedMs` measures the hour: a monotonic clock in milliseconds (the server passes
 * `performance.now`), so neither a system clock that is set back nor CAMPAIGN_NOW can keep the
 * warning quiet.
 */
export function unreachableWarning(
  log: (line: string) => void,
  elapsedMs: () => number,
): UnreachableWarning {
  const lastSaid = new Map<string, { at: number; unsaid: number }>();
  return (servicePoint, registrationId) => {
    const now = elapsedMs();
    const last = lastSaid.get(servicePoint);
    if (last && now - last.at < HOUR_MS) {
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
