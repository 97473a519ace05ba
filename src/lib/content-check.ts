/**
 * `npm run content:check`: every file in `content/` against its zod schema, then every reference
 * between entries, without an Astro build. CI runs it before the build so that an editor's
 * mistake is reported in seconds, in Dutch, with the file and the field named, the way the build
 * itself would report it (the messages come from the same schemas and the same reference check).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import {
  collectionFiles,
  collectionLabels,
  collectionNames,
  schemas,
} from '../schemas/registry.ts';
import type { CollectionName, SchemaHelpers } from '../schemas/shared.ts';
import {
  findDanglingReferences,
  formatProblems,
  type ContentEntry,
  type ContentProblem,
} from './content-integrity.ts';

export interface ContentFile {
  collection: CollectionName;
  /** The entry id Astro gives the file: its name without the extension. */
  id: string;
  /** Absolute path. */
  file: string;
}

export interface ContentCheckResult {
  /** How many files were read. */
  fileCount: number;
  /** The files read, relative to the project root (for the JUnit report). */
  files?: string[];
  problems: ContentProblem[];
}

/** Field name for a problem that concerns the file as a whole rather than one field. */
export const WHOLE_FILE = '(hele bestand)';

/** Every file of every collection under `root`/content, in a stable order. */
export function listContentFiles(root: string): ContentFile[] {
  return collectionNames.flatMap((collection) => {
    const { folder, extension } = collectionFiles[collection];
    const dir = path.join(root, 'content', folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith(`.${extension}`))
      .sort()
      .map((name) => ({
        collection,
        id: name.slice(0, -(extension.length + 1)),
        file: path.join(dir, name),
      }));
  });
}

/** The data of a content file: the front matter of Markdown, the whole document of YAML. */
export function parseContentFile(file: string): unknown {
  return parseContentText(file, readFileSync(file, 'utf8'));
}

/** The data in a content file's text, read as Astro reads it; `file` tells Markdown from YAML. */
export function parseContentText(file: string, source: string): unknown {
  if (file.endsWith('.md')) {
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
    if (!match) throw new Error('het bestand begint niet met een kop tussen twee regels "---".');
    return yaml.load(match[1] ?? '');
  }
  return yaml.load(source);
}

/**
 * What Astro's `image()` and `reference()` do, as far as validation goes: an image must exist
 * next to the entry (same message as src/content.config.ts), a reference becomes
 * `{ collection, id }` so the reference check below can find it.
 */
export function checkHelpers(entryFile: string): SchemaHelpers {
  return {
    image: () =>
      z
        .string()
        .refine((src) => existsSync(path.resolve(path.dirname(entryFile), src)), {
          error: (issue) =>
            `Afbeelding: het bestand ${String(issue.input)} bestaat niet. Kies de afbeelding opnieuw.`,
        })
        .transform((src) => ({ src, width: 1, height: 1, format: 'png' })),
    reference: (collection) => z.string().transform((id) => ({ collection, id })),
  };
}

/** Validates one file; problems name the file relative to `root` and the field by its path. */
export function checkFile(
  root: string,
  { collection, file }: ContentFile,
): { data: unknown; problems: ContentProblem[] } {
  const filePath = path.relative(root, file);
  let raw: unknown;
  try {
    raw = parseContentFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      data: undefined,
      problems: [
        { filePath, field: WHOLE_FILE, message: `Het bestand is niet te lezen: ${reason}` },
      ],
    };
  }
  const schema = schemas[collection](checkHelpers(file)) as z.ZodType;
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, problems: [] };
  return {
    data: undefined,
    problems: result.error.issues.map((issue) => ({
      filePath,
      field: issue.path.length > 0 ? issue.path.join('.') : WHOLE_FILE,
      message: issue.message,
    })),
  };
}

/** Checks all content under `root`: each file against its schema, then the references. */
export function checkContent(root: string): ContentCheckResult {
  const files = listContentFiles(root);
  const problems: ContentProblem[] = [];
  const entries: ContentEntry[] = files.map((entry) => {
    const checked = checkFile(root, entry);
    problems.push(...checked.problems);
    // An invalid file still exists: it stays in the list (without data) so that references to it
    // are not reported a second time as pointing at nothing.
    return {
      collection: entry.collection,
      id: entry.id,
      filePath: path.relative(root, entry.file),
      data: checked.data,
    };
  });
  problems.push(
    ...findDanglingReferences(
      entries,
      (collection) => collectionLabels[collection as CollectionName] ?? collection,
    ),
  );
  // The build needs the site settings (src/lib/content.ts refuses to build without them).
  if (!entries.some((entry) => entry.collection === 'settings' && entry.id === 'site')) {
    problems.push({
      filePath: path.join('content', collectionFiles.settings.folder, 'site.yml'),
      field: WHOLE_FILE,
      message: 'Dit bestand ontbreekt: de site heeft instellingen nodig.',
    });
  }
  return {
    fileCount: files.length,
    files: files.map((entry) => path.relative(root, entry.file)),
    problems,
  };
}

/** The text for the terminal and the CI log: the problems, or one line that all is well. */
export function formatCheckResult({ fileCount, problems }: ContentCheckResult): string {
  if (problems.length === 0) {
    return `Inhoud in orde: ${fileCount} bestanden gecontroleerd, geen fouten. / Content OK: ${fileCount} files checked, no problems.`;
  }
  return [
    formatProblems(problems),
    `Los deze fout${problems.length === 1 ? '' : 'en'} op in het CMS (of in content/) en sla opnieuw op. / Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${fileCount} files.`,
  ].join('\n');
}

/** Escapes text for a Markdown table cell. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** The same result as Markdown, for the CI job summary (GitHub's `$GITHUB_STEP_SUMMARY`). */
export function formatCheckSummary({ fileCount, problems }: ContentCheckResult): string {
  if (problems.length === 0) {
    return `### Inhoud in orde\n\n${fileCount} bestanden gecontroleerd, geen fouten.\n`;
  }
  return [
    `### De inhoud bevat ${problems.length} fout${problems.length === 1 ? '' : 'en'}`,
    '',
    'Deze wijziging wordt niet gepubliceerd; de live site blijft zoals hij was. Los deze fouten op in het CMS en sla opnieuw op.',
    '',
    '| Bestand | Veld | Wat er mis is |',
    '| --- | --- | --- |',
    ...problems.map(
      (problem) =>
        `| \`${cell(problem.filePath)}\` | \`${cell(problem.field)}\` | ${cell(problem.message)} |`,
    ),
    '',
  ].join('\n');
}

/** Escapes text for XML content and attributes, dropping characters XML 1.0 cannot hold. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/**
 * The result as a JUnit report, one test case per file: GitLab shows it on the merge request
 * ("Test summary"), so an editor sees the failing file and the Dutch message there.
 */
export function formatCheckJunit({ files = [], problems }: ContentCheckResult): string {
  // A problem can name a file that was not read (the missing site settings): list it as well.
  const names = [...new Set([...files, ...problems.map((problem) => problem.filePath)])];
  const cases = names.map((file) => {
    const own = problems.filter((problem) => problem.filePath === file);
    const open = `    <testcase classname="content" name="${xml(file)}"`;
    if (own.length === 0) return `${open}/>`;
    const lines = own.map((problem) => `${problem.field}: ${problem.message}`);
    return [
      `${open}>`,
      `      <failure message="${xml(lines[0] ?? '')}">${xml(lines.join('\n'))}</failure>`,
      '    </testcase>',
    ].join('\n');
  });
  const failures = names.filter((file) => problems.some((p) => p.filePath === file)).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="content:check" tests="${names.length}" failures="${failures}">`,
    `  <testsuite name="Inhoud controleren" tests="${names.length}" failures="${failures}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
