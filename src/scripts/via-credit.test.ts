import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rememberedVia, rememberVia } from './via-credit.ts';

describe('ambassador credit through the visit', () => {
  beforeEach(() => {
    const kept = new Map<string, string>();
    vi.stubGlobal('sessionStorage', {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => void kept.set(key, value),
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the referral of an earlier page for a signup later in the visit', () => {
    rememberVia('?via=anouk-de-wit');
    expect(rememberedVia('')).toBe('anouk-de-wit');
  });

  it("prefers this page's own referral", () => {
    rememberVia('?via=anouk-de-wit');
    expect(rememberedVia('?via=marco-verbeek')).toBe('marco-verbeek');
  });

  it('ignores what is not an ambassador slug', () => {
    rememberVia('?via=%3Cscript%3E');
    expect(rememberedVia('')).toBe('');
  });

  it('gives no credit, and no error, when storage is off', () => {
    vi.stubGlobal('sessionStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    });
    expect(() => rememberVia('?via=anouk-de-wit')).not.toThrow();
    expect(rememberedVia('')).toBe('');
  });
});
