/**
 * The last check before the CMS writes an entry: drop the empty values a form leaves behind
 * (an optional web address typed and cleared is '' in Decap, which the schema refuses), then
 * validate with the very schema the build uses. What the build would refuse, the CMS refuses,
 * with the schema's own Dutch message.
 */
import type { z } from 'astro/zod';
import { schemas } from '../src/schemas/registry.ts';
import type { CollectionName } from '../src/schemas/shared.ts';
import { fieldLabels } from './labels.ts';
import { outlineHelpers } from './schema-outline.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A copy without empty strings, nulls and objects left empty by that. Lists stay (also empty
 * ones): an empty required list must still meet the schema's "at least one".
 */
export function withoutEmptyValues(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(withoutEmptyValues).filter((item) => item !== undefined);
  }
  if (isPlainObject(value)) {
    const kept = Object.entries(value)
      .map(([key, item]) => [key, withoutEmptyValues(item)] as const)
      .filter(([, item]) => item !== undefined);
    return kept.length > 0 ? Object.fromEntries(kept) : undefined;
  }
  if (value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  return value;
}

function labelFor(collection: CollectionName, path: readonly PropertyKey[]): string {
  const key = path.filter((part) => typeof part === 'string').join('.');
  return fieldLabels[collection][key]?.label ?? key;
}

/** The schema's complaints about an entry, in Dutch, each naming its field; empty when valid. */
export function entryProblems(collection: CollectionName, data: unknown): string[] {
  const schema = schemas[collection](outlineHelpers) as z.ZodType;
  const result = schema.safeParse(data ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    // The schemas' own messages start with the field's label; zod's generic Dutch ones
    // ("Ongeldige invoer: ...", "Te groot: ...") do not name the field.
    if (!/^(Ongeldig|Onbekende|Te )/.test(issue.message)) return issue.message;
    const missing = issue.code === 'invalid_type' && issue.message.endsWith('undefined');
    return `${labelFor(collection, issue.path)}: ${missing ? 'vul dit veld in.' : issue.message}`;
  });
}

/**
 * A refusal as the editor should read it. Decap shows `String(error)`, which for a plain Error
 * starts with the English "Error: ".
 */
export class SaveRefused extends Error {
  override toString(): string {
    return this.message;
  }
}

/** Cleans the entry and throws the problems as one Dutch message when the schema refuses it. */
export function checkBeforeSave(collection: CollectionName, data: unknown): unknown {
  const cleaned = withoutEmptyValues(data) ?? {};
  const problems = entryProblems(collection, cleaned);
  if (problems.length > 0) {
    throw new SaveRefused(`Controleer deze velden. ${problems.join(' ')}`);
  }
  return cleaned;
}
