import sharp from 'sharp';
import type { SatoriNode } from 'satori';
import { describe, expect, it } from 'vitest';
import {
  fitTitle,
  renderShareImage,
  renderShareSvg,
  shareImageSize,
  textWidth,
  titleMaxHeight,
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
