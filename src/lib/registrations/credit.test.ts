import { describe, expect, it } from 'vitest';
import { creditOfForm, creditOfRequest, sitePathOf } from './credit.ts';

const ambassadors = ['anouk-de-wit'];

describe('the credit of a posted form', () => {
  it('keeps a real ambassador, a listed channel and a site path', () => {
    expect(
      creditOfForm(
        { via: 'anouk-de-wit', kanaal: 'whatsapp', pagina: '/verhalen/bakkerij/' },
        ambassadors,
      ),
    ).toEqual({ via: 'anouk-de-wit', channel: 'whatsapp', landingPage: '/verhalen/bakkerij/' });
  });

  it('drops what does not pass, without refusing the form', () => {
    expect(
      creditOfForm(
        { via: 'onbekend', kanaal: 'facebook', pagina: 'https://elders.example/' },
        ambassadors,
      ),
    ).toEqual({ via: undefined, channel: undefined, landingPage: undefined });
  });
});

describe('a site path', () => {
  it('is a path of slugs with its trailing slash, never a URL, query or fragment', () => {
    expect(sitePathOf('/')).toBe('/');
    expect(sitePathOf('/ambassadeurs/anouk-de-wit/')).toBe('/ambassadeurs/anouk-de-wit/');
    for (const bad of [
      'https://elders.example/',
      '//elders.example/',
      '/verhalen/?via=x',
      '/verhalen/#top',
      '/../etc/',
      '/Verhalen/',
      `/${'a'.repeat(300)}/`,
      42,
    ]) {
      expect(sitePathOf(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('the credit of a signup page opened without JavaScript', () => {
  const page = new URL('https://werkgevers.example/bijeenkomsten/ontbijt/aanmelden/');

  it('comes from its own address, with the linking page of this site as the landing page', () => {
    const url = new URL(`${page.href}?via=anouk-de-wit&kanaal=poster`);
    expect(
      creditOfRequest(url, 'https://werkgevers.example/ambassadeurs/anouk-de-wit/?via=x'),
    ).toEqual({
      via: 'anouk-de-wit',
      channel: 'poster',
      landingPage: '/ambassadeurs/anouk-de-wit/',
    });
    expect(creditOfRequest(url, 'https://elders.example/')).toEqual({
      via: 'anouk-de-wit',
      channel: 'poster',
      landingPage: '/bijeenkomsten/ontbijt/aanmelden/',
    });
  });

  it('comes from the page on this site that linked to it, when that carried it', () => {
    expect(
      creditOfRequest(page, 'https://werkgevers.example/bijeenkomsten/ontbijt/?via=anouk-de-wit'),
    ).toEqual({ via: 'anouk-de-wit', landingPage: '/bijeenkomsten/ontbijt/' });
    expect(creditOfRequest(page, 'https://elders.example/?via=anouk-de-wit')).toEqual({});
    expect(creditOfRequest(page, 'https://werkgevers.example/verhalen/')).toEqual({});
    expect(creditOfRequest(page, 'geen adres')).toEqual({});
    expect(creditOfRequest(page, null)).toEqual({});
  });
});
