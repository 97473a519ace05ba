/**
 * Share images are drawn once and kept across builds: a card whose words, picture and renderer
 * are unchanged is read back from disk instead of drawn again (drawing one takes 50–100 ms, and
 * a site with thousands of stories has thousands of cards).
 *
 * The key is a hash of everything that ends up in the PNG: the card's fields, the bytes of its
 * picture file, and the renderer (its own source text, the colours, and the versions of satori,
 * sharp and the font). Changing any of these gives a new key, so a stale card is never served;
 * old files are simply no longer read.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import rendererSource from './share-image.tsx?raw';
import kitRendererSource from './share-kit-image.tsx?raw';
import { colors } from './design-tokens.ts';
import { renderShareImage, shareImageSize, type ShareCard } from './share-image.tsx';
import { renderKitImage, type KitImageLayout } from './share-kit-image.tsx';
import { writeFileAtomically } from './write-file-atomically.ts';

/**
 * Where cards are kept: `.cache/share-cards/` in the project (git-ignored). Not under
 * node_modules/.cache, because in a worktree or a CI cache node_modules may be shared.
 */
export const defaultShareCacheDir = path.resolve('.cache', 'share-cards');

const require = createRequire(import.meta.url);

/** A package's version, from the package.json above its entry (not every package exports it). */
function versionOf(pkg: string, entry = pkg): string {
  let dir = path.dirname(require.resolve(entry));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as PackageJson;
      if (name === pkg) return version;
    }
    if (path.dirname(dir) === dir) throw new Error(`No package.json found for ${pkg}`);
    dir = path.dirname(dir);
  }
}

interface PackageJson {
  name: string;
  version: string;
}

let rendererKey: string | undefined;

/** Everything about the renderer that changes the pixels, as one string. */
export function shareRendererKey(): string {
  rendererKey ??= JSON.stringify({
    source: rendererSource,
    colors,
    satori: versionOf('satori'),
    sharp: versionOf('sharp'),
    font: versionOf(
      '@fontsource/atkinson-hyperlegible',
      '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff',
    ),
  });
  return rendererKey;
}

/** Hashes of picture files: a build reads each drawing once, however many cards reuse it. */
const fileHashes = new Map<string, Promise<string>>();

function hashOfFile(file: string): Promise<string> {
  let hash = fileHashes.get(file);
  if (!hash) {
    hash = readFile(file).then((bytes) => createHash('sha256').update(bytes).digest('hex'));
    fileHashes.set(file, hash);
  }
  return hash;
}

/**
 * The cache key of a card: changes whenever anything drawn on it changes. `variant` tells apart
 * other drawings of the same card (the share kit's sizes); without it the key is the og card's.
 */
export async function shareCardKey(card: ShareCard, variant = ''): Promise<string> {
  // The picture by its bytes, not its path: a moved or copied project keeps its cards.
  const picture =
    card.picture && 'file' in card.picture
      ? { type: card.picture.type, sha256: await hashOfFile(card.picture.file) }
      : card.picture;
  return createHash('sha256')
    .update(shareRendererKey())
    .update('\0')
    .update(JSON.stringify({ ...card, picture }))
    .update(variant ? `\0${variant}` : '')
    .digest('hex');
}

type Draw = (card: ShareCard) => Promise<Buffer>;

export interface ShareImageCache {
  /** The card's PNG: from the cache when it was drawn before, else drawn by `draw` and kept. */
  imageOf(card: ShareCard, draw: Draw, variant?: string): Promise<Buffer>;
  /**
   * Draws the cards not in the cache yet, `concurrency` at a time, and keeps them. Each card's
   * layout (satori) runs on the main thread, but its rasterising and PNG encoding (sharp, most of
   * the time) run on libuv's threads, so several cards at once use every core.
   */
  drawMissing(
    cards: readonly ShareCard[],
    draw: Draw,
    concurrency?: number,
  ): Promise<{ drawn: number; cached: number }>;
}

/** A cache of share images in `dir`. */
export function shareImageCache(dir = defaultShareCacheDir): ShareImageCache {
  const fileOf = async (card: ShareCard, variant = '') =>
    path.join(dir, `${await shareCardKey(card, variant)}.png`);
  const keep = async (file: string, png: Buffer) => {
    await mkdir(dir, { recursive: true });
    await writeFileAtomically(file, png);
  };
  /** Cards being drawn now, by file: pages rendered side by side that need one card share it. */
  const drawing = new Map<string, Promise<Buffer>>();
  return {
    async imageOf(card, draw, variant = '') {
      const file = await fileOf(card, variant);
      try {
        return await readFile(file);
      } catch {
        // Not drawn yet (or the cache was cleared): draw it below.
      }
      let png = drawing.get(file);
      if (!png) {
        png = draw(card).then(async (drawn) => {
          await keep(file, drawn);
          return drawn;
        });
        drawing.set(file, png);
        void png.finally(() => drawing.delete(file)).catch(() => {});
      }
      return png;
    },

    async drawMissing(cards, draw, concurrency = availableParallelism()) {
      // One drawing per distinct card: two entries with the same words share one file.
      const byFile = new Map<string, ShareCard>();
      for (const card of cards) byFile.set(await fileOf(card), card);
      const missing = [...byFile].filter(([file]) => !existsSync(file));
      let next = 0;
      const drawNext = async () => {
        for (let item = missing[next++]; item; item = missing[next++]) {
          const [file, card] = item;
          await keep(file, await draw(card));
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, concurrency) }, drawNext));
      return { drawn: missing.length, cached: byFile.size - missing.length };
    },
  };
}

const buildCache = shareImageCache();

/** The PNG of a card, drawn only when no build before drew the same card. */
export function shareImagePng(card: ShareCard): Promise<Buffer> {
  return buildCache.imageOf(card, renderShareImage);
}

/**
 * Draws every card of a build that no build before drew, on all cores, before the routes ask
 * for them a few at a time; logs how long that took. One card more than there are cores: while a
 * card's layout runs on the main thread, the cores' rasterising and encoding keep going (at 500
 * stories on 2 cores, 20.4 s instead of 23.5 s; more than that gained nothing).
 */
export async function drawShareImages(cards: readonly ShareCard[]): Promise<void> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const concurrency = availableParallelism() + 1;
  const { drawn, cached } = await buildCache.drawMissing(cards, renderShareImage, concurrency);
  if (drawn === 0) return;
  const used = process.cpuUsage(cpu);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.info(
    `Share images: ${drawn} drawn (${concurrency} at a time), ${cached} from the cache, in ` +
      `${seconds(performance.now() - started)} (CPU ${seconds((used.user + used.system) / 1000)}).`,
  );
}

/** The kit renderer's own source, hashed once: part of every kit image's key. */
const kitRendererHash = createHash('sha256').update(kitRendererSource).digest('hex');

/**
 * A share kit image of a card in `size`: the card itself at 1200×630, else the card (without its
 * quote, which the kit image sets larger) framed by renderKitImage, both kept in the cache.
 */
export async function kitImagePng(
  card: ShareCard,
  size: KitImageLayout,
  footer: string,
): Promise<Buffer> {
  if (size.width === shareImageSize.width && size.height === shareImageSize.height)
    return shareImagePng(card);
  const { quote: _setLarger, ...withoutQuote } = card;
  const variant = `${size.width}x${size.height}\0${footer}\0${kitRendererHash}`;
  return buildCache.imageOf(
    card,
    async () => renderKitImage(card, size, await shareImagePng(withoutQuote), footer),
    variant,
  );
}
