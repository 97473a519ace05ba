import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shareCardKey, shareImageCache, shareRendererKey } from './share-image-cache.ts';
import type { ShareCard } from './share-image.tsx';

const dir = mkdtempSync(path.join(tmpdir(), 'share-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const drawing = new URL('../../content/media/story-de-blauwe-paraplu.png', import.meta.url)
  .pathname;
const card: ShareCard = {
  kind: 'Verhaal',
  title: 'De Blauwe Paraplu',
  subtitle: 'De Blauwe Paraplu · Amersfoort',
  campaignName: 'Iedereen doet mee',
  organisation: 'Regio Amersfoort',
  picture: { type: 'illustration', file: drawing },
};

describe('the share image cache', () => {
  it('draws a card once and reads it back the next time', async () => {
    const cache = shareImageCache(path.join(dir, 'once'));
    let drawn = 0;
    const draw = async (c: ShareCard) => {
      drawn += 1;
      return Buffer.from(`png of ${c.title}`);
    };
    const first = await cache.imageOf(card, draw);
    // A new cache on the same folder is what the next build sees.
    const again = await shareImageCache(path.join(dir, 'once')).imageOf(card, draw);
    expect(drawn).toBe(1);
    expect(again.equals(first)).toBe(true);
    expect(readdirSync(path.join(dir, 'once'))).toHaveLength(1);
  });

  it('draws a card once when pages rendered side by side ask for it at the same time', async () => {
    const cache = shareImageCache(path.join(dir, 'side-by-side'));
    let drawn = 0;
    const draw = async (c: ShareCard) => {
      drawn += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return Buffer.from(`png of ${c.title}`);
    };
    const pngs = await Promise.all([1, 2, 3, 4].map(() => cache.imageOf(card, draw)));
    expect(drawn).toBe(1);
    for (const png of pngs) expect(png.toString()).toBe(`png of ${card.title}`);
    expect(readdirSync(path.join(dir, 'side-by-side'))).toHaveLength(1);
  });

  it('draws a card again after a drawing that failed, and keeps nothing of the failure', async () => {
    const cache = shareImageCache(path.join(dir, 'failed'));
    const failing = () => Promise.reject(new Error('out of memory'));
    await expect(cache.imageOf(card, failing)).rejects.toThrow('out of memory');
    expect(existsSync(path.join(dir, 'failed'))).toBe(false);

    const png = await cache.imageOf(card, async (c) => Buffer.from(`png of ${c.title}`));
    expect(png.toString()).toBe(`png of ${card.title}`);
    expect(readdirSync(path.join(dir, 'failed'))).toHaveLength(1);
  });

  it('draws again when a word on the card changes', async () => {
    const cache = shareImageCache(path.join(dir, 'words'));
    let drawn = 0;
    const draw = async (c: ShareCard) => {
      drawn += 1;
      return Buffer.from(c.title);
    };
    await cache.imageOf(card, draw);
    const changed = await cache.imageOf({ ...card, subtitle: 'Ander bedrijf · Baarn' }, draw);
    expect(drawn).toBe(2);
    expect(changed.toString()).toBe(card.title);
  });

  it('keys a picture by its bytes, not by its path', async () => {
    const copy = path.join(dir, 'same-drawing.png');
    copyFileSync(drawing, copy);
    const other = path.join(dir, 'other-drawing.png');
    writeFileSync(other, 'not the same picture');
    const withPicture = (file: string) =>
      shareCardKey({ ...card, picture: { type: 'illustration', file } });
    expect(await withPicture(copy)).toBe(await shareCardKey(card));
    expect(await withPicture(other)).not.toBe(await shareCardKey(card));
    // The same bytes drawn as a portrait look different: the picture type is in the key.
    expect(await shareCardKey({ ...card, picture: { type: 'portrait', file: drawing } })).not.toBe(
      await shareCardKey(card),
    );
  });

  it('draws the missing cards of a build once each, several at a time, and none it has', async () => {
    const cache = shareImageCache(path.join(dir, 'batch'));
    const cards = ['Een', 'Twee', 'Drie', 'Vier', 'Vijf'].map((title) => ({ ...card, title }));
    await cache.imageOf(cards[0]!, async () => Buffer.from('drawn before'));
    const drawn: string[] = [];
    let running = 0;
    let mostAtOnce = 0;
    const draw = async (c: ShareCard) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise((resolve) => setTimeout(resolve, 20));
      running -= 1;
      drawn.push(c.title);
      return Buffer.from(`png of ${c.title}`);
    };
    // The third card twice: two entries with the same words share one drawing.
    const result = await cache.drawMissing([...cards, cards[2]!], draw, 2);
    expect(result).toEqual({ drawn: 4, cached: 1 });
    expect(drawn.sort()).toEqual(['Drie', 'Twee', 'Vier', 'Vijf']);
    expect(mostAtOnce).toBe(2);
    // Afterwards every card comes from the cache.
    const again = await cache.imageOf(cards[3]!, draw);
    expect(again.toString()).toBe('png of Vier');
    expect(drawn).toHaveLength(4);
    expect(await cache.drawMissing(cards, draw, 2)).toEqual({ drawn: 0, cached: 5 });
  });

  it('includes the renderer itself in the key', () => {
    const renderer = JSON.parse(shareRendererKey()) as Record<string, unknown>;
    expect(renderer['source']).toContain('export async function renderShareImage');
    expect(Object.keys(renderer)).toEqual(['source', 'colors', 'satori', 'sharp', 'font']);
  });
});

describe('share kit images in the same cache', () => {
  it('keep the og card’s key when no variant is given, and get a key of their own per size', async () => {
    const og = await shareCardKey(card);
    expect(await shareCardKey(card, '')).toBe(og);
    const square = await shareCardKey(card, '1080x1080');
    const upright = await shareCardKey(card, '1080x1920');
    expect(new Set([og, square, upright]).size).toBe(3);
  });

  it('are read back from disk for the same card and size', async () => {
    const cache = shareImageCache(path.join(dir, 'kit'));
    let drawn = 0;
    const draw = async () => {
      drawn += 1;
      return Buffer.from('square');
    };
    await cache.imageOf(card, draw, '1080x1080');
    await cache.imageOf(card, draw, '1080x1080');
    await cache.imageOf(card, draw, '1080x1920');
    expect(drawn).toBe(2);
  });
});
