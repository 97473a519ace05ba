/**
 * The names the staff tables show, read from content/ without a build (for the monthly report,
 * which runs outside Astro): event titles, service point and ambassador names by id.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { CONTACT_SOURCE } from '../registrations/handle-contact.ts';
import type { ResultNames } from './result-tables.ts';

/** id → the field `field` of each entry in a content folder (YAML, or Markdown front matter). */
function namesIn(folder: string, field: string): Map<string, string> {
  const names = new Map<string, string>();
  if (!existsSync(folder)) return names;
  for (const file of readdirSync(folder)) {
    const match = /^(.+)\.(ya?ml|md)$/.exec(file);
    if (!match) continue;
    const text = readFileSync(path.join(folder, file), 'utf8');
    const source = match[2] === 'md' ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
    const data = yaml.load(source) as Record<string, unknown> | undefined;
    const value = data?.[field];
    if (typeof value === 'string') names.set(match[1] ?? '', value);
  }
  return names;
}

export function readResultNames(root: string): ResultNames {
  const content = path.join(root, 'content');
  return {
    events: new Map([
      ...namesIn(path.join(content, 'events'), 'title'),
      [CONTACT_SOURCE, 'Regelingenwijzer (aannameplan)'],
    ]),
    servicePoints: namesIn(path.join(content, 'service-points'), 'shortName'),
    ambassadors: namesIn(path.join(content, 'ambassadors'), 'name'),
  };
}
