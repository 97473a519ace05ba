import { describe, expect, it } from 'vitest';
import { viaFromReferer } from './site-context.ts';

describe('viaFromReferer', () => {
  const request = new URL('https://werkgevers.example/bijeenkomsten/x/aanmelden/');

  it('takes the referral of a page on this site', () => {
    expect(
      viaFromReferer('https://werkgevers.example/bijeenkomsten/x/?via=anouk-de-wit', request),
    ).toBe('anouk-de-wit');
  });

  it('ignores other sites, pages without a referral and unreadable headers', () => {
    expect(viaFromReferer('https://elders.example/?via=anouk-de-wit', request)).toBeUndefined();
    expect(viaFromReferer('https://werkgevers.example/bijeenkomsten/x/', request)).toBeUndefined();
    expect(viaFromReferer('geen adres', request)).toBeUndefined();
    expect(viaFromReferer(null, request)).toBeUndefined();
  });
});
