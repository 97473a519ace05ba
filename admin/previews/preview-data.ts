/**
 * Helpers for the preview templates: the entry's data as plain values, image addresses through
 * Decap (so a freshly uploaded image shows before it is saved) and Dutch labels for choices.
 */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import {
  amsterdamToInstant,
  formatCalendarDate,
  formatTimeRange,
  formatWeekdayDate,
  isCalendarDate,
  isLocalDateTime,
} from '../../src/lib/dates.ts';
import { labelOf, type Term } from '../../src/schemas/taxonomy.ts';

export type PreviewProps = PreviewTemplateComponentProps;

/** The entry's fields as plain JavaScript values (Decap keeps them as Immutable maps). */
export function entryData<T>(props: PreviewProps): Partial<T> {
  const data = props.entry.get('data') as { toJS?: () => unknown } | undefined;
  return data?.toJS?.() ?? {};
}

/** The address Decap serves an image under, or undefined when there is none yet. */
export function imageUrl(props: PreviewProps, path: string | undefined): string | undefined {
  if (!path) return undefined;
  const asset = props.getAsset(path) as unknown as { toString(): string } | undefined;
  const url = asset?.toString();
  return url && url !== '' ? url : undefined;
}

/** The Dutch label of a value, or the value itself while the editor has not chosen one. */
export function termLabel(terms: readonly Term[], value: string | undefined): string {
  if (!value) return '';
  try {
    return labelOf(terms, value);
  } catch {
    return value;
  }
}

/** The name an editor gave a referenced entry, from what the relation widget loaded. */
export function referenceName(
  props: PreviewProps,
  field: string,
  collection: string,
  id: string | undefined,
): string {
  if (!id) return '';
  const meta = props.fieldsMetaData as unknown as {
    getIn?: (path: string[]) => { get?: (key: string) => unknown } | undefined;
  };
  const entry = meta.getIn?.([field, collection, id]);
  const name = entry?.get?.('name') ?? entry?.get?.('title');
  return typeof name === 'string' ? name : id;
}

/** Dutch date "27 november 2026" for "2026-11-27"; empty while the editor has not chosen one. */
export function dutchDate(value: unknown): string {
  const date =
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'string'
        ? value
        : '';
  return isCalendarDate(date) ? formatCalendarDate(date) : date;
}

/** "donderdag 11 maart 2027, 07.45 tot 09.15 uur" for two wall-clock times. */
export function dutchTimeRange(start: string | undefined, end: string | undefined): string {
  if (!start || !isLocalDateTime(start)) return start ?? '';
  const from = amsterdamToInstant(start);
  if (!end || !isLocalDateTime(end)) return formatWeekdayDate(from);
  return formatTimeRange(from, amsterdamToInstant(end));
}
