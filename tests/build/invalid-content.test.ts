/**
 * The build refuses invalid content with the file and the field named. Each case builds a
 * throw-away copy of the project with one broken content file; the real content/ is never touched.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject as copy } from '../support/project-copy.ts';

const copies: string[] = [];

function copyProject(): string {
  const dir = copy('site-build-');
  copies.push(dir);
  return dir;
}

/** Changes the front matter of a Markdown content file in the copy. */
function editFrontMatter(
  dir: string,
  file: string,
  change: (data: Record<string, unknown>) => void,
) {
  const full = path.join(dir, file);
  const [, frontMatter = '', body = ''] =
    /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(full, 'utf8')) ?? [];
  const data = yaml.load(frontMatter) as Record<string, unknown>;
  change(data);
  writeFileSync(full, `---\n${yaml.dump(data)}---\n${body}`);
}

const build = buildCopy;

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('the build with invalid content', () => {
  it('fails on a reference to a municipality that does not exist, naming file and field', async () => {
    const dir = copyProject();
    editFrontMatter(dir, 'content/stories/de-blauwe-paraplu.md', (data) => {
      data['municipality'] = 'amersfort';
    });
    const { status, output } = await build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/stories/de-blauwe-paraplu.md → municipality');
    expect(output).toContain('verwijst naar "amersfort" in Gemeenten, maar dat bestaat niet');
  });

  it('fails on a missing alt text, naming file and field in Dutch', async () => {
    const dir = copyProject();
    editFrontMatter(dir, 'content/stories/de-blauwe-paraplu.md', (data) => {
      (data['hero'] as Record<string, unknown>)['alt'] = '';
    });
    const { status, output } = await build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/stories/de-blauwe-paraplu.md');
    expect(output).toContain('hero.alt: Hoofdafbeelding: beschrijf wat er op de afbeelding staat');
  });

  it('fails on an amount code whose label the regulation does not have, naming file and field', async () => {
    const dir = copyProject();
    const file = path.join(dir, 'content/stories/zij-instroom-in-de-zorg.md');
    const story = readFileSync(file, 'utf8');
    const code = '{{bedrag praktijkleren "Subsidieregeling praktijkleren"}}';
    expect(story).toContain(code);
    writeFileSync(
      file,
      story.replace(code, '{{bedrag praktijkleren "Subsidie per leerwerkplek"}}'),
    );
    const { status, output } = await build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/stories/zij-instroom-in-de-zorg.md → Tekst: {{bedrag praktijkleren "Subsidie per leerwerkplek"}}: de regeling',
    );
    expect(output).toContain('heeft geen bedrag met de omschrijving "Subsidie per leerwerkplek"');
  });

  it('fails on an image that was deleted while an entry still uses it, naming file and field', async () => {
    // The CMS's media library can delete a file that an entry still points at.
    const dir = copyProject();
    rmSync(path.join(dir, 'content/media/story-de-blauwe-paraplu.png'));
    const { status, output } = await build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/stories/de-blauwe-paraplu.md');
    expect(output).toContain(
      'hero.src: Afbeelding: het bestand ../media/story-de-blauwe-paraplu.png bestaat niet.',
    );
  });
});
