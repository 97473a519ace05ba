import { describe, expect, it } from 'vitest';
import { provideSignups, signupsOf } from './request-locals.ts';
import type { SignupRuntime } from './runtime.ts';

const given = { formSecret: 'from-the-server' } as SignupRuntime;

describe('the signup pipeline on Astro.locals', () => {
  it('keeps the pipeline the server handed in', async () => {
    const locals: App.Locals = { signups: given };
    await provideSignups({ isPrerendered: false, locals });
    expect(locals.signups).toBe(given);
    expect(signupsOf(locals)).toBe(given);
  });

  it('gives pre-rendered pages none, so a build never opens the store', async () => {
    const locals: App.Locals = {};
    await provideSignups({ isPrerendered: true, locals });
    expect(locals.signups).toBeUndefined();
    expect(() => signupsOf(locals)).toThrow(/No signup pipeline/);
  });
});
