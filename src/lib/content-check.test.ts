import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import {
  WHOLE_FILE,
  checkContent,
  formatCheckJunit,
  formatCheckResult,
  formatCheckSummary,
  listContentFiles,
} from './content-check.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const copies: string[] = [];

/** A throw-away copy of content/ to break; the real content is never touched. */
function contentCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-check-'));
  cpSync(path.join(projectRoot, 'content'), path.join(dir, 'content'), { recursive: true });
  copies.push(dir);
  return dir;
}

function frontMatter(file: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'));
  return yaml.load(match?.[1] ?? '') as Record<string, unknown>;
}

function editFrontMatter(file: string, change: (data: Record<string, unknown>) => void) {
  const [, head = '', body = ''] =
    /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
  const data = yaml.load(head) as Record<string, unknown>;
  change(data);
  writeFileSync(file, `---\n${yaml.dump(data)}---\n${body}`);
}

/** The first story in the copy: its file and the municipality it names. */
function firstStory(dir: string) {
  const story = listContentFiles(dir).find((entry) => entry.collection === 'stories');
  if (!story) throw new Error('the content has no story to break');
  return { ...story, municipality: String(frontMatter(story.file)['municipality']) };
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('checkContent', () => {
  it('finds no problem in the real content', () => {
    const result = checkContent(projectRoot);
    expect(result.problems).toEqual([]);
    expect(result.fileCount).toBeGreaterThan(10);
  });

  it('names the story that still uses a deleted municipality, with the field', () => {
    const dir = contentCopy();
    const story = firstStory(dir);
    rmSync(path.join(dir, 'content', 'municipalities', `${story.municipality}.yml`));

    const { problems } = checkContent(dir);
    expect(problems).toContainEqual({
      filePath: path.join('content', 'stories', `${story.id}.md`),
      field: 'municipality',
      message: expect.stringContaining(
        `verwijst naar "${story.municipality}" in Gemeenten, maar dat bestaat niet`,
      ),
    });
  });

  it('reports a schema error with the file, the field path and the Dutch message', () => {
    const dir = contentCopy();
    const story = firstStory(dir);
    editFrontMatter(story.file, (data) => {
      data['title'] = '';
      (data['hero'] as Record<string, unknown>)['src'] = '../media/weg.png';
    });

    const { problems } = checkContent(dir);
    const filePath = path.join('content', 'stories', `${story.id}.md`);
    expect(problems).toContainEqual({
      filePath,
      field: 'title',
      message: 'Titel: vul dit veld in.',
    });
    expect(problems).toContainEqual({
      filePath,
      field: 'hero.src',
      message: 'Afbeelding: het bestand ../media/weg.png bestaat niet. Kies de afbeelding opnieuw.',
    });
  });

  it('reports a file that is not valid YAML once, and not the references to it', () => {
    const dir = contentCopy();
    const story = firstStory(dir);
    const municipalityFile = path.join(
      dir,
      'content',
      'municipalities',
      `${story.municipality}.yml`,
    );
    writeFileSync(municipalityFile, 'name: [niet afgesloten\n');

    const { problems } = checkContent(dir);
    expect(problems).toEqual([
      {
        filePath: path.join('content', 'municipalities', `${story.municipality}.yml`),
        field: WHOLE_FILE,
        message: expect.stringMatching(/^Het bestand is niet te lezen: /),
      },
    ]);
  });

  it('reports missing site settings', () => {
    const dir = contentCopy();
    rmSync(path.join(dir, 'content', 'settings', 'site.yml'));
    expect(checkContent(dir).problems).toEqual([
      {
        filePath: path.join('content', 'settings', 'site.yml'),
        field: WHOLE_FILE,
        message: expect.stringContaining('ontbreekt'),
      },
    ]);
  });
});

describe('formatCheckResult', () => {
  it('is one Dutch/English line when all is well', () => {
    expect(formatCheckResult({ fileCount: 3, problems: [] })).toBe(
      'Inhoud in orde: 3 bestanden gecontroleerd, geen fouten. / Content OK: 3 files checked, no problems.',
    );
  });

  it('lists each problem with file and field, then a closing line', () => {
    const text = formatCheckResult({
      fileCount: 3,
      problems: [{ filePath: 'content/stories/a.md', field: 'title', message: 'Titel: leeg.' }],
    });
    expect(text.split('\n')).toEqual([
      'De inhoud bevat 1 fout:',
      '  content/stories/a.md → title: Titel: leeg.',
      'Los deze fout op in het CMS (of in content/) en sla opnieuw op. / Content check failed: 1 problem in 3 files.',
    ]);
  });
});

describe('formatCheckSummary', () => {
  it('is a Markdown table whose cells cannot break the table', () => {
    const markdown = formatCheckSummary({
      fileCount: 3,
      problems: [{ filePath: 'content/stories/a.md', field: 'title', message: 'a | b\nc' }],
    });
    expect(markdown).toContain('### De inhoud bevat 1 fout\n');
    expect(markdown).toContain('| `content/stories/a.md` | `title` | a \\| b c |');
  });

  it('says so when all is well', () => {
    expect(formatCheckSummary({ fileCount: 3, problems: [] })).toBe(
      '### Inhoud in orde\n\n3 bestanden gecontroleerd, geen fouten.\n',
    );
  });
});

describe('formatCheckJunit', () => {
  it('has one test case per file, failing with the Dutch messages, escaped', () => {
    const report = formatCheckJunit({
      fileCount: 2,
      files: ['content/stories/a.md', 'content/stories/b.md'],
      problems: [
        { filePath: 'content/stories/b.md', field: 'title', message: 'Titel: <leeg> & "kort".' },
        { filePath: 'content/stories/b.md', field: 'municipality', message: 'bestaat niet.' },
      ],
    });
    expect(report).toContain('<testsuite name="Inhoud controleren" tests="2" failures="1">');
    expect(report).toContain('<testcase classname="content" name="content/stories/a.md"/>');
    expect(report).toContain(
      '<failure message="title: Titel: &lt;leeg&gt; &amp; &quot;kort&quot;.">' +
        'title: Titel: &lt;leeg&gt; &amp; &quot;kort&quot;.\nmunicipality: bestaat niet.</failure>',
    );
  });

  it('lists a problem about a file that was not read, such as missing settings', () => {
    const report = formatCheckJunit({
      fileCount: 0,
      files: [],
      problems: [
        { filePath: 'content/settings/site.yml', field: WHOLE_FILE, message: 'ontbreekt' },
      ],
    });
    expect(report).toContain('tests="1" failures="1"');
    expect(report).toContain('name="content/settings/site.yml"');
  });
});
