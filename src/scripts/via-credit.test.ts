import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rememberedCredit, rememberVia } from './via-credit.ts';

const none = { via: '', kanaal: '', pagina: '' };

describe('share-link credit through the visit', () => {
  beforeEach(() => {
    const kept = new Map<string, string>();
    vi.stubGlobal('sessionStorage', {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => void kept.set(key, value),
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the ambassador, channel and landing page for a signup later in the visit', () => {
    rememberVia('?via=anouk-de-wit&kanaal=whatsapp', '/verhalen/bakkerij/');
    expect(rememberedCredit('', '/bijeenkomsten/ontbijt/')).toEqual({
      via: 'anouk-de-wit',
      kanaal: 'whatsapp',
      pagina: '/verhalen/bakkerij/',
    });
  });

  it('keeps the first credit of the visit: the page that brought the visitor', () => {
    rememberVia('?via=anouk-de-wit', '/verhalen/bakkerij/');
    rememberVia('?via=marco-verbeek', '/ambassadeurs/marco-verbeek/');
    expect(rememberedCredit('', '/').via).toBe('anouk-de-wit');
  });

  it('uses this page address when nothing was kept', () => {
    expect(rememberedCredit('?via=marco-verbeek', '/bijeenkomsten/x/')).toEqual({
      via: 'marco-verbeek',
      kanaal: '',
      pagina: '/bijeenkomsten/x/',
    });
  });

  it('ignores what is not a slug', () => {
    rememberVia('?via=%3Cscript%3E', '/');
    expect(rememberedCredit('', '/')).toEqual(none);
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
    expect(() => rememberVia('?via=anouk-de-wit', '/')).not.toThrow();
    expect(rememberedCredit('', '/')).toEqual(none);
  });
});
