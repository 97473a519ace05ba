/**
 * A per-client request limit: a token bucket per client address that refills evenly over the
 * window. Kept in memory, in one process: with several site processes the others ask it
 * (site-processes.ts). A restart forgives everyone.
 */

/** One request taken, or none left and after how many seconds to retry. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes one request for `key`; when none is left, says after how many seconds to retry. */
  take(key: string): RateDecision;
}

export function createRateLimiter(
  options: { max: number; windowSeconds: number },
  now: () => number = () => Date.now(),
): RateLimiter {
  const buckets = new Map<string, { tokens: number; updated: number }>();
  const refillPerMs = options.max / (options.windowSeconds * 1000);
  let lastSweep = now();

  return {
    take(key) {
      const time = now();
      // Forget clients whose bucket is full again, so the map cannot grow without bound.
      if (time - lastSweep > options.windowSeconds * 1000) {
        for (const [client, bucket] of buckets) {
          if (bucket.tokens + (time - bucket.updated) * refillPerMs >= options.max)
            buckets.delete(client);
        }
        lastSweep = time;
      }
      const bucket = buckets.get(key) ?? { tokens: options.max, updated: time };
      bucket.tokens = Math.min(options.max, bucket.tokens + (time - bucket.updated) * refillPerMs);
      bucket.updated = time;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return {
        allowed: false,
        retryAfterSeconds: Math.ceil((1 - bucket.tokens) / refillPerMs / 1000),
      };
    },
  };
}
