/**
 * When to try a failed delivery again: exponential backoff with jitter, for at least the retry
 * window (72 hours by default) from the moment the registration was made, then give up.
 */

export interface BackoffPolicy {
  /** Hours from the first attempt during which deliveries are retried. */
  retryHours: number;
  baseSeconds?: number;
  capSeconds?: number;
}

/**
 * The moment of the next attempt after `attempts` failed ones, or "give-up" once the window is
 * over. The last attempt is placed at the end of the window itself, so the window is used fully.
 * `random` (0..1) spreads retries so that receivers coming back up are not flooded at once.
 */
export function nextAttemptAt(
  attempts: number,
  firstAttemptAt: Date,
  now: Date,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): Date | 'give-up' {
  const windowEnd = firstAttemptAt.getTime() + policy.retryHours * 3_600_000;
  if (now.getTime() >= windowEnd) return 'give-up';
  const base = (policy.baseSeconds ?? 30) * 1000;
  const cap = (policy.capSeconds ?? 6 * 3600) * 1000;
  const delay = Math.min(cap, base * 2 ** Math.max(0, attempts - 1));
  const jittered = delay / 2 + random() * (delay / 2);
  return new Date(Math.min(now.getTime() + jittered, windowEnd));
}
