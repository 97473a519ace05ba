import { describe, expect, it } from 'vitest';
import {
  channelKits,
  defaultKitTexts,
  kitImagePath,
  kitLink,
  kitTargetLinks,
  kitTargets,
  kitTexts,
  posterPath,
  withLink,
} from './share-kit.ts';

const site = new URL('https://werkgevers.regioamersfoort.nl');
const person = {
  name: 'Anouk de Wit',
  role: 'Eigenaar',
  organisation: 'Lunchroom Bij Anouk',
  quote: 'Lisa is mijn vaste kracht.',
  municipality: 'Baarn',
};

describe('a kit link', () => {
  it('carries the ambassador as via and the channel as kanaal', () => {
    const link = new URL(kitLink(`${site.href}bijeenkomsten/ontbijt/`, 'anouk-de-wit', 'whatsapp'));
    expect(link.pathname).toBe('/bijeenkomsten/ontbijt/');
    expect(Object.fromEntries(link.searchParams)).toEqual({
      via: 'anouk-de-wit',
      kanaal: 'whatsapp',
    });
  });

  it('replaces an earlier via or kanaal rather than adding a second one', () => {
    const link = new URL(kitLink(`${site.href}?via=iemand&kanaal=email`, 'anouk-de-wit', 'poster'));
    expect(link.searchParams.getAll('via')).toEqual(['anouk-de-wit']);
    expect(link.searchParams.getAll('kanaal')).toEqual(['poster']);
  });
});

describe('the targets of a kit', () => {
  const targets = kitTargets(
    { id: 'anouk-de-wit', name: 'Anouk de Wit' },
    [{ id: 'lunchroom', title: 'Lunchroom met Wajong-talent' }],
    [
      { id: 'afgelast', title: 'Afgelast', cancelled: true },
      { id: 'een', title: 'Een', cancelled: false },
      { id: 'twee', title: 'Twee', cancelled: false },
      { id: 'drie', title: 'Drie', cancelled: false },
      { id: 'vier', title: 'Vier', cancelled: false },
    ],
  );

  it('are the own page, the stories, then the next three events that go ahead', () => {
    expect(targets.map((target) => target.path)).toEqual([
      '/ambassadeurs/anouk-de-wit/',
      '/verhalen/lunchroom/',
      '/bijeenkomsten/een/',
      '/bijeenkomsten/twee/',
      '/bijeenkomsten/drie/',
    ]);
  });

  it('each have a link per channel, all crediting the ambassador', () => {
    const withLinks = kitTargetLinks(targets, 'anouk-de-wit', site);
    for (const target of withLinks) {
      expect(target.links.map((link) => link.channel)).toEqual([
        'linkedin',
        'whatsapp',
        'email',
        'poster',
      ]);
      for (const link of target.links) {
        const url = new URL(link.href);
        expect(url.origin + url.pathname).toBe(new URL(target.path, site).href);
        expect(url.searchParams.get('via')).toBe('anouk-de-wit');
        expect(url.searchParams.get('kanaal')).toBe(link.channel);
      }
    }
  });
});

describe('the texts of a kit', () => {
  it('are made from the ambassador’s page when the CMS gives none', () => {
    const texts = defaultKitTexts(person, 'Iedereen doet mee');
    expect(texts.linkedin).toContain('“Lisa is mijn vaste kracht.”');
    expect(texts.whatsapp).toContain('Lunchroom Bij Anouk');
    expect(texts.emailBody).toContain('Anouk de Wit\nEigenaar, Lunchroom Bij Anouk');
  });

  it('use the editor’s own text where there is one, the default for the rest', () => {
    const texts = kitTexts(person, 'Iedereen doet mee', { whatsapp: 'Kijk even: {link}' });
    expect(texts.whatsapp).toBe('Kijk even: {link}');
    expect(texts.linkedin).toBe(defaultKitTexts(person, 'Iedereen doet mee').linkedin);
  });

  it('put the link in place of {link}, or at the end when the text has none', () => {
    expect(withLink('Kijk: {link} !', 'https://x.nl/')).toBe('Kijk: https://x.nl/ !');
    expect(withLink('Kijk eens.  ', 'https://x.nl/')).toBe('Kijk eens.\n\nhttps://x.nl/');
  });

  it('carry each channel’s own link to the ambassador’s page', () => {
    const kits = channelKits(defaultKitTexts(person, 'Iedereen doet mee'), 'anouk-de-wit', site);
    for (const kit of kits) {
      expect(kit.text).toContain(
        `https://werkgevers.regioamersfoort.nl/ambassadeurs/anouk-de-wit/?via=anouk-de-wit&kanaal=${kit.channel}`,
      );
      expect(kit.text).not.toContain('{link}');
    }
    const whatsapp = kits.find((kit) => kit.channel === 'whatsapp');
    expect(new URL(whatsapp?.postHref ?? '').searchParams.get('text')).toBe(whatsapp?.text);
    const email = kits.find((kit) => kit.channel === 'email');
    expect(email?.postHref).toMatch(/^mailto:\?subject=Mijn%20ervaring/);
  });
});

describe('the addresses of a kit', () => {
  it('are under the ambassador’s page', () => {
    expect(kitImagePath('anouk-de-wit', { width: 1080, height: 1920 })).toBe(
      '/ambassadeurs/anouk-de-wit/deelkit/1080x1920.png',
    );
    expect(posterPath('anouk-de-wit', 'a5')).toBe('/ambassadeurs/anouk-de-wit/deelkit/poster-a5/');
  });
});
