import sharp from 'sharp';
import type { SatoriNode } from 'satori';
import { describe, expect, it } from 'vitest';
import {
  fitCardText,
  fitTitle,
  renderShareImage,
  renderShareSvg,
  shareImageSize,
  textWidth,
  titleMaxHeight,
  withPlainDigits,
  type ShareCard,
} from './share-image.tsx';

const base = {
  kind: 'Verhaal',
  campaignName: 'Iedereen doet mee',
  organisation: 'Regio Amersfoort',
};
const portrait = new URL('../../content/media/portrait-anouk-de-wit.png', import.meta.url).pathname;
const drawing = new URL('../../content/media/story-de-blauwe-paraplu.png', import.meta.url)
  .pathname;
/** 90 characters: the longest title the story schema allows. */
const longTitle =
  'Een vaste kracht in de lunchroom na twee jaar thuis, met hulp van een jobcoach van het WSP';

/** The laid-out box of each keyed element of a card. */
async function layout(card: ShareCard): Promise<Map<string, SatoriNode>> {
  const boxes = new Map<string, SatoriNode>();
  await renderShareSvg(card, (node) => {
    if (typeof node.key === 'string') boxes.set(node.key, node);
  });
  return boxes;
}

describe('the share image', () => {
  it('is a 1200×630 PNG', async () => {
    const png = await renderShareImage({
      ...base,
      title: 'De Blauwe Paraplu',
      picture: { type: 'illustration', file: drawing },
    });
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect(shareImageSize).toEqual({ width: 1200, height: 630 });
  });

  it('draws a portrait or the initials for an ambassador', async () => {
    for (const picture of [
      { type: 'portrait', file: portrait },
      { type: 'initials', initials: 'IS' },
    ] as const) {
      const png = await renderShareImage({
        ...base,
        kind: 'Ambassadeur',
        title: 'Ingrid Smit',
        picture,
      });
      expect((await sharp(png).metadata()).width).toBe(1200);
    }
  });

  it('shows a short title large, on one line', async () => {
    const fitted = await fitTitle('Anouk de Wit', textWidth(true));
    expect(fitted).toEqual({ fontSize: 80, lines: 1 });
  });

  it('wraps a long title over several lines in a smaller size that still reads on a phone', async () => {
    const fitted = await fitTitle(longTitle, textWidth(true));
    expect(fitted.lines).toBeGreaterThanOrEqual(3);
    expect(fitted.fontSize).toBeLessThan(80);
    // A 1200 px card is shown about 360 px wide on a phone: 52 px becomes about 16 px.
    expect(fitted.fontSize).toBeGreaterThanOrEqual(52);
    expect(fitted.fontSize * 1.15 * fitted.lines).toBeLessThanOrEqual(titleMaxHeight);
  });

  it('keeps a long title, its subtitle and the footer inside the card without overlap', async () => {
    const boxes = await layout({
      ...base,
      title: longTitle,
      subtitle: 'Lunchroom Bij Anouk · Baarn · een bedrijf met 1 tot 10 medewerkers',
      picture: { type: 'illustration', file: drawing },
    });
    const title = boxes.get('title');
    const subtitle = boxes.get('subtitle');
    const footer = boxes.get('footer');
    if (!title || !subtitle || !footer) throw new Error('card parts missing');
    expect(title.width).toBeLessThanOrEqual(textWidth(true));
    expect(title.height).toBeLessThanOrEqual(titleMaxHeight);
    expect(subtitle.top).toBeGreaterThanOrEqual(title.top + title.height);
    expect(footer.top).toBeGreaterThanOrEqual(subtitle.top + subtitle.height);
    expect(footer.top + footer.height).toBeLessThanOrEqual(630);
  });

  it('breaks a Dutch compound wider than the card instead of letting it spill out', async () => {
    const fitted = await fitTitle(
      'Werkgeversservicepuntondersteuningsregelingsaanvraagformulier',
      textWidth(true),
    );
    expect(fitted.lines).toBeGreaterThanOrEqual(2);
  });
});

describe('the text on a share image', () => {
  const description =
    'Verhalen van werkgevers, regelingen in gewone taal en bijeenkomsten. Zo neemt u in de regio Amersfoort iemand met een afstand tot de arbeidsmarkt aan.';

  it('shows a long subtitle whole, setting title and subtitle smaller rather than cutting it', async () => {
    const card: ShareCard = {
      ...base,
      kind: 'Voor werkgevers',
      title: 'Geen gunst, maar goed personeel.',
      subtitle: description,
      picture: { type: 'illustration', file: drawing },
    };
    const fit = await fitCardText(card, textWidth(true));
    const boxes = await layout(card);
    const subtitle = boxes.get('subtitle');
    const footer = boxes.get('footer');
    if (!subtitle || !footer) throw new Error('card parts missing');
    // Its natural height at the chosen size is the height it gets: nothing clamped away.
    expect(subtitle.height).toBeGreaterThanOrEqual(fit.subtitleLines * fit.subtitleSize * 1.2);
    expect(fit.subtitleLines).toBeGreaterThanOrEqual(3);
    expect(footer.top).toBeGreaterThanOrEqual(subtitle.top + subtitle.height);
  });

  it('sets digits in a face with a plain zero, keeping the words around them', () => {
    const parts = withPlainDigits('donderdag 11 maart 2027, 07.45 uur');
    const digits = parts.filter((part) => typeof part !== 'string');
    expect(digits).toHaveLength(4);
    expect(parts.filter((part) => typeof part === 'string')).toEqual([
      'donderdag ',
      ' maart ',
      ', ',
      '.',
      ' uur',
    ]);
  });

  it('leaves off a subtitle that has no room beside a long title, keeping the footer on the card', async () => {
    const card: ShareCard = {
      ...base,
      kind: 'Voor werkgevers',
      // 105 characters, near the longest slogan the settings allow (120).
      title:
        'Werkgeversservicepunt helpt werkgevers met loonkostensubsidie en een proefplaatsing voor arbeidsbeperking',
      subtitle: description,
      picture: { type: 'illustration', file: drawing },
    };
    const fit = await fitCardText(card, textWidth(true));
    expect(fit).toMatchObject({ fits: true, showSubtitle: false });
    const boxes = await layout(card);
    expect(boxes.has('subtitle')).toBe(false);
    const footer = boxes.get('footer')!;
    expect(footer.top + footer.height).toBeLessThanOrEqual(shareImageSize.height);
  });

  it('reports a title longer than any schema allows as not fitting', async () => {
    const fit = await fitCardText({ ...base, title: description.repeat(3) }, textWidth(false));
    expect(fit.fits).toBe(false);
  });

  it('leaves off a quote that does not fit whole instead of cutting it', async () => {
    const card: ShareCard = {
      ...base,
      kind: 'Ambassadeur',
      title: longTitle,
      subtitle: 'Eigenaar, Lunchroom Bij Anouk · Baarn',
      quote: 'Ik dacht dat ik er geen tijd voor had. '.repeat(6),
      picture: { type: 'initials', initials: 'AW' },
    };
    expect((await fitCardText(card, textWidth(true))).showQuote).toBe(false);
    expect((await layout(card)).has('quote')).toBe(false);
    const short = { ...card, title: 'Anouk de Wit', quote: 'Lisa is mijn vaste kracht.' };
    expect((await fitCardText(short, textWidth(true))).showQuote).toBe(true);
  });
});
