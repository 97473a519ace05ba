/**
 * Share images cost nothing twice: a second build with unchanged content draws no share image,
 * and serves the same PNGs as the first. Counted by the cache's files: a card is only written
 * to the cache right after it was drawn. The same second build compresses almost nothing again:
 * its pages, scripts and stylesheets come out byte for byte the same.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject } from '../support/project-copy.ts';

const dir = copyProject('site-share-cache-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cacheDir = path.join(dir, '.cache/share-cards');

/** Every share image the build drew, by its path: the cards under /deel/ and the share kits'. */
function builtShareImages(): Map<string, Buffer> {
  const root = path.join(dir, 'dist/client');
  const files = [
    ...readdirSync(path.join(root, 'deel'), { recursive: true, encoding: 'utf8' }).map((file) =>
      path.join('deel', file),
    ),
    ...readdirSync(path.join(root, 'ambassadeurs'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.includes('deelkit'))
      .map((file) => path.join('ambassadeurs', file)),
  ].filter((file) => file.endsWith('.png'));
  return new Map(files.map((file) => [file, readFileSync(path.join(root, file))]));
}

/** The built client files ending in `extension`, as paths inside dist/client. */
function builtFiles(extension: string): string[] {
  return readdirSync(path.join(dir, 'dist/client'), { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith(extension),
  );
}

function hasServerIsland(page: string): boolean {
  return readFileSync(path.join(dir, 'dist/client', page), 'utf8').includes('/_server-islands/');
}

/** Cache files with the time each was last written. */
function cacheFiles(): Map<string, number> {
  return new Map(
    readdirSync(cacheDir).map((file) => [file, statSync(path.join(cacheDir, file)).mtimeMs]),
  );
}

describe('share images across builds', () => {
  it('draws every card in the first build and none in a second unchanged build', async () => {
    const first = await buildCopy(dir);
    expect(first.status, first.output).toBe(0);
    const images = builtShareImages();
    const drawn = cacheFiles();
    // One drawing per distinct image (the campaign card is the same wherever it is used), plus
    // per share kit the ambassador's card without its quote, which the larger kit images frame.
    const kits = new Set(
      [...images.keys()]
        .filter((file) => file.includes('deelkit'))
        .map((file) => path.dirname(file)),
    );
    expect(images.size).toBeGreaterThan(30);
    expect(kits.size).toBeGreaterThan(0);
    expect(drawn.size).toBe(
      new Set([...images.values()].map((png) => png.toString('base64'))).size + kits.size,
    );

    const assetsBefore = readdirSync(path.join(dir, 'dist/client/_astro')).sort();
    const second = await buildCopy(dir);
    expect(second.status, second.output).toBe(0);
    expect(cacheFiles()).toEqual(drawn);
    // Same scripts and stylesheets under the same hashed names: browsers keep their copies.
    expect(readdirSync(path.join(dir, 'dist/client/_astro')).sort()).toEqual(assetsBefore);
    // Only files that differ by design are compressed again: pages with a server island (its
    // props are encrypted afresh each build) and calendar files (stamped with the build time).
    const [, compressed, unchanged] =
      /Compressed (\d+) files \(.*; (\d+) unchanged, from the cache\)/.exec(second.output) ?? [];
    expect(Number(compressed)).toBeGreaterThan(100);
    expect(Number(compressed) - Number(unchanged)).toBeLessThanOrEqual(
      builtFiles('.html').filter(hasServerIsland).length + builtFiles('.ics').length,
    );
    const again = builtShareImages();
    expect([...again.keys()].sort()).toEqual([...images.keys()].sort());
    for (const [file, png] of images) expect(again.get(file)?.equals(png), file).toBe(true);

    // A changed story title draws exactly that story's card again.
    const story = path.join(dir, 'content/stories/de-blauwe-paraplu.md');
    writeFileSync(
      story,
      readFileSync(story, 'utf8').replace(/^title: .*$/m, 'title: Een nieuwe titel voor de test'),
    );
    const third = await buildCopy(dir);
    expect(third.status, third.output).toBe(0);
    const after = cacheFiles();
    expect(after.size).toBe(drawn.size + 1);
    const changed = [...after].filter(([file, time]) => drawn.get(file) !== time);
    expect(changed).toHaveLength(1);
  });
});
