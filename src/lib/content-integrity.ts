/**
 * Cross-collection checks that zod cannot do entry by entry: every reference must point at an
 * entry that exists. Astro's `reference()` only checks the shape, so a dangling one would
 * otherwise render a broken link instead of failing the build.
 */

export interface ContentEntry {
  collection: string;
  id: string;
  /** Path of the source file, relative to the project root, for the message. */
  filePath: string;
  data: unknown;
}

export interface ContentProblem {
  filePath: string;
  field: string;
  message: string;
}

interface FoundReference {
  field: string;
  collection: string;
  id: string;
}

function isReference(value: unknown): value is { collection: string; id: string } {
  if (typeof value !== 'object' || value === null || value instanceof Date) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Record<string, unknown>)['collection'] === 'string' &&
    typeof (value as Record<string, unknown>)['id'] === 'string'
  );
}

/** Every `{ collection, id }` reference inside an entry's data, with the field path it sits at. */
export function referencesIn(data: unknown, path: string[] = []): FoundReference[] {
  if (isReference(data)) return [{ field: path.join('.'), ...data }];
  if (Array.isArray(data))
    return data.flatMap((item, index) => referencesIn(item, [...path, String(index)]));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => referencesIn(value, [...path, key]));
  }
  return [];
}

/**
 * All references in `entries` that point at an entry that does not exist, as Dutch messages.
 * `labelOf` gives the name editors know a collection by.
 */
export function findDanglingReferences(
  entries: readonly ContentEntry[],
  labelOf: (collection: string) => string = (collection) => collection,
): ContentProblem[] {
  const known = new Set(entries.map((entry) => `${entry.collection}/${entry.id}`));
  return entries.flatMap((entry) =>
    referencesIn(entry.data)
      .filter((ref) => !known.has(`${ref.collection}/${ref.id}`))
      .map((ref) => ({
        filePath: entry.filePath,
        field: ref.field,
        message: `verwijst naar "${ref.id}" in ${labelOf(ref.collection)}, maar dat bestaat niet. Kies een bestaand item of maak het eerst aan.`,
      })),
  );
}

/** One readable block for the build log: a line per problem, file and field first. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return [
    `De inhoud bevat ${problems.length} fout${problems.length === 1 ? '' : 'en'}:`,
    ...problems.map((problem) => `  ${problem.filePath} → ${problem.field}: ${problem.message}`),
  ].join('\n');
}

/**
 * Thrown when content points at entries that do not exist. It carries the problems themselves, so
 * that `astro dev` (under `npm run cms`) can show them to the editor as a page instead of a crash.
 */
export class ContentProblemsError extends Error {
  override readonly name = 'ContentProblemsError';
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.problems = problems;
  }
}

/** True for a ContentProblemsError, also one from another copy of this module (Vite reloads). */
export function isContentProblemsError(error: unknown): error is ContentProblemsError {
  return error instanceof Error && error.name === 'ContentProblemsError' && 'problems' in error;
}
