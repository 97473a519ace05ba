/**
 * Turns a schema outline (see schema-outline.ts) into Decap CMS fields: the widget for each kind
 * of value, required-ness, patterns and Dutch hints for the schema's limits, relation widgets for
 * references and select widgets with the Dutch labels of the vocabularies.
 */
import type { CmsField } from 'decap-cms-core';
import * as taxonomy from '../src/schemas/taxonomy.ts';
import type { Term } from '../src/schemas/taxonomy.ts';
import type { CollectionName } from '../src/schemas/shared.ts';
import type { CollectionLabels } from './labels.ts';
import type { FieldOutline, ValueOutline } from './schema-outline.ts';

/** The field a relation widget shows and searches: what editors know an entry by. */
export const displayFields: Record<CollectionName, string> = {
  stories: 'title',
  regulations: 'title',
  ambassadors: 'name',
  events: 'title',
  municipalities: 'name',
  'service-points': 'name',
  'task-lists': 'sector',
  pages: 'title',
  settings: 'campaignName',
  goals: 'title',
};

/** Longer limits than this get a multi-line text box. */
const singleLineMax = 160;

const vocabularies = (Object.values(taxonomy) as unknown[]).filter(
  (value): value is readonly Term[] => Array.isArray(value),
);

/** The vocabulary with exactly these values, for its Dutch labels. */
export function vocabularyFor(values: readonly string[]): readonly Term[] | undefined {
  return vocabularies.find(
    (terms) => terms.length === values.length && terms.every((term) => values.includes(term.value)),
  );
}

function options(values: readonly string[]) {
  const terms = vocabularyFor(values);
  return values.map((value) => ({
    value,
    label: terms?.find((term) => term.value === value)?.label ?? value,
  }));
}

interface Rule {
  /** A lookahead-free regular expression the whole value must match. */
  source: string;
  message: string;
}

function textRules(value: Extract<ValueOutline, { kind: 'text' }>): Rule[] {
  const rules: Rule[] = [];
  const min = value.min ?? 0;
  if (value.max !== undefined || min > 1) {
    const range = `{${min > 1 ? min : 0},${value.max ?? ''}}`;
    const message =
      min > 1 && value.max !== undefined
        ? `gebruik minstens ${min} en hoogstens ${value.max} tekens`
        : min > 1
          ? `gebruik minstens ${min} tekens`
          : `gebruik hoogstens ${value.max} tekens`;
    rules.push({ source: `^[\\s\\S]${range}$`, message });
  }
  if (value.format === 'url') {
    rules.push({ source: '^https?://\\S+$', message: 'geef een volledig webadres met https://' });
  }
  if (value.format === 'email') {
    rules.push({
      source: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
      message: 'geef een e-mailadres zoals naam@voorbeeld.nl',
    });
  }
  if (value.pattern) {
    rules.push({ source: value.pattern.source, message: patternMessage(value.pattern) });
  }
  return rules;
}

/** Known patterns of the schemas, in words; anything new falls back to a generic sentence. */
function patternMessage(pattern: RegExp): string {
  if (pattern.source.includes('[A-Z]{2}')) return 'schrijf de postcode als 3811 AB';
  if (pattern.source.includes('0-9 +()-')) {
    return 'alleen cijfers, spaties en +, zoals 033 123 45 67';
  }
  return 'de vorm klopt niet';
}

/** One Decap pattern for all rules: each rule becomes a lookahead from the start. */
function combine(rules: Rule[]): [string, string] | undefined {
  if (rules.length === 0) return undefined;
  const source = rules.map((rule) => `(?=${rule.source})`).join('');
  // The most telling message first: the form of the value, then its length.
  const message = rules
    .map((rule) => rule.message)
    .reverse()
    .join('; ');
  return [`^${source}`, message];
}

function limitsHint(value: ValueOutline): string | undefined {
  switch (value.kind) {
    case 'text': {
      if (value.format === 'url') return 'Een volledig webadres, beginnend met https://.';
      if (value.format === 'email') return 'Bijvoorbeeld naam@voorbeeld.nl.';
      if (value.pattern) return `Let op de vorm: ${patternMessage(value.pattern)}.`;
      if (value.max !== undefined && (value.min ?? 0) > 1) {
        return `Minstens ${value.min} en hoogstens ${value.max} tekens.`;
      }
      if (value.max !== undefined) return `Hoogstens ${value.max} tekens.`;
      return undefined;
    }
    case 'number': {
      const what = value.integer ? 'Een heel getal' : 'Een getal';
      if (value.min !== undefined && value.max !== undefined) {
        return `${what} van ${value.min} tot en met ${value.max}.`;
      }
      return `${what}.`;
    }
    case 'list':
      if (value.min === 1) return 'Minstens één.';
      if (value.min !== undefined && value.min > 1) return `Minstens ${value.min}.`;
      return undefined;
    default:
      return undefined;
  }
}

/** A field without its name and label; Decap's own types are too narrow for building one. */
type Widget = { widget: string } & Record<string, unknown>;

function widgetFor(value: ValueOutline, labels: CollectionLabels, path: string, within: boolean) {
  switch (value.kind) {
    case 'text': {
      const pattern = combine(textRules(value));
      const multiLine = value.format === undefined && (value.max ?? 0) > singleLineMax;
      return { widget: multiLine ? 'text' : 'string', ...(pattern && { pattern }) } as Widget;
    }
    case 'number': {
      const widget: Widget = {
        widget: 'number',
        value_type: value.integer ? 'int' : 'float',
        ...(value.integer && { step: 1 }),
      };
      if (value.min !== undefined) Object.assign(widget, { min: value.min });
      if (value.max !== undefined) Object.assign(widget, { max: value.max });
      return widget;
    }
    case 'boolean':
      return { widget: 'boolean' } as Widget;
    case 'choice':
      return { widget: 'select', options: options(value.values) } as Widget;
    case 'reference':
      return {
        widget: 'relation',
        collection: value.collection,
        value_field: '{{slug}}',
        search_fields: [displayFields[value.collection]],
        display_fields: [displayFields[value.collection]],
        options_length: 50,
      } as Widget;
    case 'image':
      return { widget: 'image', choose_url: false } as Widget;
    case 'date':
      return {
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'YYYY-MM-DD',
        time_format: false,
        picker_utc: false,
      } as Widget;
    case 'datetime':
      return { widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', picker_utc: false } as Widget;
    case 'object':
      return {
        widget: 'object',
        fields: value.fields.map((field) => fieldFor(field, labels, within)),
      } as Widget;
    case 'list':
      return listWidget(value, labels, path, within);
  }
}

function listWidget(
  value: Extract<ValueOutline, { kind: 'list' }>,
  labels: CollectionLabels,
  path: string,
  within: boolean,
): Widget {
  const size = {
    ...(value.min !== undefined && value.min > 0 && { min: value.min }),
    ...(value.max !== undefined && { max: value.max }),
  };
  const item = value.of;
  // Choices and references pick several from a list; no list of single-value rows needed.
  if (item.kind === 'choice' || item.kind === 'reference') {
    return { ...widgetFor(item, labels, path, within), multiple: true, ...size };
  }
  if (item.kind === 'object') {
    const first = item.fields.find((field) => field.value.kind === 'text');
    // Items are small (an amount, a source): show their fields instead of folding them away.
    return {
      widget: 'list',
      collapsed: false,
      ...size,
      ...(first && { summary: `{{fields.${first.name}}}` }),
      fields: item.fields.map((field) => fieldFor(field, labels, within)),
    };
  }
  return {
    widget: 'list',
    ...size,
    field: {
      name: 'item',
      label: labels[path]?.label ?? path,
      ...widgetFor(item, labels, path, within),
    },
  };
}

/**
 * One Decap field. Decap checks the fields inside an object even when the object itself is
 * optional, so inside an optional object every field is optional in the form; the save check
 * (save-check.ts) still refuses a half-filled object with the schema's own message.
 */
export function fieldFor(field: FieldOutline, labels: CollectionLabels, inOptional = false) {
  const text = labels[field.path];
  // List items exist only once an editor adds one, so only an optional object relaxes its fields.
  const within = field.value.kind === 'object' ? inOptional || !field.required : inOptional;
  const hint = [text?.hint, limitsHint(field.value)].filter(Boolean).join(' ');
  const cmsField = {
    name: field.name,
    label: text?.label ?? field.title ?? field.name,
    required: field.required && !inOptional,
    ...(hint && { hint }),
    ...widgetFor(field.value, labels, field.path, within),
  } as CmsField & { default?: unknown };
  const defaultValue = field.default;
  const isEmptyDefault =
    defaultValue === undefined ||
    (Array.isArray(defaultValue) && defaultValue.length === 0) ||
    (typeof defaultValue === 'object' && Object.keys(defaultValue ?? {}).length === 0);
  if (!isEmptyDefault) cmsField.default = defaultValue;
  if (field.value.kind === 'object' && !field.required) {
    Object.assign(cmsField, { collapsed: true });
  }
  return cmsField;
}

/** Every field of an entry, in the schema's order. */
export function decapFields(fields: FieldOutline[], labels: CollectionLabels): CmsField[] {
  return fields.map((field) => fieldFor(field, labels));
}
