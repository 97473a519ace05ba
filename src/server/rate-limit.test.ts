import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.ts';

describe('createRateLimiter', () => {
  it('allows the maximum in a burst, then asks to wait', () => {
    const now = 0;
    const limiter = createRateLimiter({ max: 3, windowSeconds: 60 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 20 });
  });

  it('refills evenly over the window', () => {
    let now = 0;
    const limiter = createRateLimiter({ max: 3, windowSeconds: 60 }, () => now);
    for (let i = 0; i < 3; i++) limiter.take('a');
    now = 20_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('counts each client separately', () => {
    const limiter = createRateLimiter({ max: 1, windowSeconds: 60 }, () => 0);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('b').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });
});
