/**
 * No portrait is published without signed consent, whatever the content holds: a throw-away copy
 * of the project gets a portrait for an ambassador whose consent is off (and, as a control, a new
 * portrait for one whose consent is on), is built, and the whole build output is searched for
 * the first picture: by name, by its bytes, and in every text file.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject } from '../support/project-copy.ts';

const withheld = 'portret-zonder-toestemming';
const published = 'portret-met-toestemming';
let dir: string;
let withheldBytes: Buffer;
let output: string[];

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** A picture no other file in the project has: a gradient in colours of its own. */
function uniquePicture(red: number): Promise<Buffer> {
  const size = 240;
  const pixels = Buffer.alloc(size * size * 3);
  for (let i = 0; i < size * size; i++) pixels.set([red, i % 251, (i * 7) % 253], i * 3);
  return sharp(pixels, { raw: { width: size, height: size, channels: 3 } })
    .png()
    .toBuffer();
}

async function givePortrait(ambassador: string, file: string, red: number, consent: boolean) {
  const bytes = await uniquePicture(red);
  writeFileSync(path.join(dir, 'content/media', `${file}.png`), bytes);
  const entryFile = path.join(dir, 'content/ambassadors', `${ambassador}.yml`);
  const data = yaml.load(readFileSync(entryFile, 'utf8')) as Record<string, unknown>;
  data['portrait'] = { src: `../media/${file}.png`, alt: `Portret van ${String(data['name'])}.` };
  data['consentOnFile'] = consent;
  writeFileSync(entryFile, yaml.dump(data));
  return bytes;
}

beforeAll(async () => {
  dir = copyProject('site-consent-');
  withheldBytes = await givePortrait('ingrid-smit', withheld, 11, false);
  await givePortrait('anouk-de-wit', published, 222, true);
  const { status, output: log } = await buildCopy(dir, { CAMPAIGN_NOW: '2026-11-27T12:00:00Z' });
  if (status !== 0) throw new Error(`The build failed:\n${log}`);
  output = filesUnder(path.join(dir, 'dist'));
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a portrait without consent', () => {
  it('is emitted under no name (nor an optimised copy of it)', () => {
    expect(output.filter((file) => path.basename(file).includes(withheld))).toEqual([]);
  });

  it('is emitted under no other name either: no file has its bytes', () => {
    const sameBytes = output.filter(
      (file) =>
        statSync(file).size === withheldBytes.length && readFileSync(file).equals(withheldBytes),
    );
    expect(sameBytes).toEqual([]);
  });

  it('is named by no page, script or data file', () => {
    const texts = output.filter((file) => /\.(html|js|mjs|json|xml|css|txt)$/.test(file));
    expect(texts.filter((file) => readFileSync(file, 'utf8').includes(withheld))).toEqual([]);
  });

  it('leaves the ambassador’s page with initials instead', () => {
    const page = readFileSync(path.join(dir, 'dist/client/ambassadeurs/ingrid-smit/index.html'));
    expect(page.toString()).toContain('Initialen van Ingrid Smit');
  });
});

describe('a portrait with consent (the control)', () => {
  it('is published, so the searches above would have found a withheld one', () => {
    expect(output.some((file) => path.basename(file).startsWith(published))).toBe(true);
  });
});
