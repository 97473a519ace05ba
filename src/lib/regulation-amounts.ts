/**
 * Amounts of a regulation quoted elsewhere (stories, pages, events) come from the regulation
 * entry itself, so an amount can never be right on the regulation's page and stale in a story.
 * Editors write `{{bedrag loonkostenvoordeel "LKV doelgroep banenafspraak"}}` in the text; the
 * page shows that amount's value with the year it was checked. An employer's own figure, which
 * no regulation holds, is written `{{eigen bedrag "€ 1.200 per maand"}}` so that it is a choice
 * and not an oversight.
 */
import type { ContentProblem } from './content-integrity.ts';

/** What a regulation offers to quote: its amounts by label and the date they were checked. */
export interface AmountSource {
  id: string;
  title: string;
  reviewedOn: string;
  amounts: readonly { label: string; value: string }[];
}

/** The amount sources of the regulation entries. */
export function amountSourcesOf(
  regulations: readonly {
    id: string;
    data: { title: string; reviewedOn: string; yields: { amounts: AmountSource['amounts'] } };
  }[],
): AmountSource[] {
  return regulations.map(({ id, data }) => ({
    id,
    title: data.title,
    reviewedOn: data.reviewedOn,
    amounts: data.yields.amounts,
  }));
}

export type Placeholder =
  | { kind: 'regulation'; regulationId: string; label: string }
  | { kind: 'own'; text: string }
  | { kind: 'unknown' };

const CODE = /\{\{([\s\S]*?)\}\}/g;
const REGULATION_AMOUNT = /^bedrag ([a-z0-9-]+) "([^"]+)"$/;
const OWN_AMOUNT = /^eigen bedrag "([^"]+)"$/;

const htmlEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * The code's words as the editor meant them: the Markdown renderer turns straight quotes into
 * curly ones and escapes characters as HTML entities, and a long line may have been wrapped.
 */
function normalise(code: string): string {
  return code
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#')) {
        const hex = name[1]?.toLowerCase() === 'x';
        return String.fromCodePoint(Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
      }
      return htmlEntities[name.toLowerCase()] ?? entity;
    })
    .replace(/[“”„″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads the inside of one `{{ … }}` code. */
export function parsePlaceholder(code: string): Placeholder {
  const words = normalise(code);
  const amount = REGULATION_AMOUNT.exec(words);
  if (amount) return { kind: 'regulation', regulationId: amount[1] ?? '', label: amount[2] ?? '' };
  const own = OWN_AMOUNT.exec(words);
  if (own) return { kind: 'own', text: own[1] ?? '' };
  return { kind: 'unknown' };
}

/** Every `{{ … }}` code in a text, as written and as read. */
export function placeholdersIn(text: string): { code: string; placeholder: Placeholder }[] {
  return [...text.matchAll(CODE)].map((match) => ({
    code: normalise(match[0]),
    placeholder: parsePlaceholder(match[1] ?? ''),
  }));
}

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/**
 * The text a code stands for, or a Dutch message saying what is wrong with it.
 */
export function resolvePlaceholder(
  placeholder: Placeholder,
  sources: readonly AmountSource[],
): { text: string } | { problem: string } {
  if (placeholder.kind === 'own') return { text: placeholder.text };
  if (placeholder.kind === 'unknown') {
    return {
      problem:
        'deze code ken ik niet. Schrijf {{bedrag regeling "omschrijving"}}, bijvoorbeeld {{bedrag praktijkleren "Subsidieregeling praktijkleren"}}, of {{eigen bedrag "€ 1.200"}} voor een bedrag dat niet uit een regeling komt.',
    };
  }
  const source = sources.find((candidate) => candidate.id === placeholder.regulationId);
  if (!source) {
    const ids = sources.map((candidate) => candidate.id);
    return {
      problem: `er is geen regeling "${placeholder.regulationId}". Kies een van: ${ids.join(', ')}.`,
    };
  }
  const amount = source.amounts.find((candidate) => candidate.label === placeholder.label);
  if (!amount) {
    const labels = source.amounts.map((candidate) => candidate.label);
    return {
      problem:
        labels.length > 0
          ? `de regeling "${source.title}" heeft geen bedrag met de omschrijving "${placeholder.label}". Kies een van: ${quoted(labels)}.`
          : `de regeling "${source.title}" heeft geen bedragen.`,
    };
  }
  return { text: `${amount.value} (bedrag ${source.reviewedOn.slice(0, 4)})` };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Rendered HTML with every code replaced by its amount. The build checked the codes before
 * rendering (`findAmountProblems`), so a code that still cannot be read is an error here too.
 */
export function resolveAmounts(html: string, sources: readonly AmountSource[]): string {
  return html.replace(CODE, (code, inside: string) => {
    const result = resolvePlaceholder(parsePlaceholder(inside), sources);
    if ('problem' in result) throw new Error(`${normalise(code)}: ${result.problem}`);
    return escapeHtml(result.text);
  });
}

/** Where codes may appear: an entry's Markdown text. */
export interface TextEntry {
  filePath: string;
  body?: string | undefined;
  data: unknown;
}

function stringsIn(data: unknown, path: string[] = []): { field: string; text: string }[] {
  if (typeof data === 'string') return [{ field: path.join('.'), text: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => stringsIn(item, [...path, String(i)]));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => stringsIn(value, [...path, key]));
  }
  return [];
}

/**
 * Codes that cannot be resolved, as problems for the build log: in the text (field "Tekst", as
 * the CMS calls it), and any code in another field, where the site would show it as written.
 */
export function findAmountProblems(
  entries: readonly TextEntry[],
  sources: readonly AmountSource[],
): ContentProblem[] {
  return entries.flatMap((entry) => [
    ...placeholdersIn(entry.body ?? '').flatMap(({ code, placeholder }) => {
      const result = resolvePlaceholder(placeholder, sources);
      return 'problem' in result
        ? [{ filePath: entry.filePath, field: 'Tekst', message: `${code}: ${result.problem}` }]
        : [];
    }),
    ...stringsIn(entry.data)
      .filter(({ text }) => placeholdersIn(text).length > 0)
      .map(({ field }) => ({
        filePath: entry.filePath,
        field,
        message: 'een code als {{bedrag …}} werkt alleen in de tekst. Schrijf hier gewone tekst.',
      })),
  ]);
}
