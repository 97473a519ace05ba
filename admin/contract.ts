/**
 * The contract between the CMS configuration and the content schemas, checked from the schema's
 * JSON Schema (zod's own export, independent of the outline the config is made from): every
 * schema field is in the CMS and every CMS field in the schema, with the same required-ness,
 * choices and references, and every field has a Dutch label (and every label a field).
 */
import type { CmsField } from 'decap-cms-core';
import { z } from 'astro/zod';
import type { SchemaHelpers } from '../src/schemas/shared.ts';
import type { CollectionLabels } from './labels.ts';

/** Stand-ins that show up in the JSON Schema as `cmsImage` / `cmsReference`. */
export const contractHelpers: SchemaHelpers = {
  image: () => z.string().meta({ cmsImage: true }) as unknown as ReturnType<SchemaHelpers['image']>,
  reference: (collection) =>
    z.string().meta({ cmsReference: collection }) as unknown as ReturnType<
      SchemaHelpers['reference']
    >,
};

interface JsonNode {
  type?: string | string[];
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode;
  enum?: unknown[];
  anyOf?: JsonNode[];
  minItems?: number;
  cmsImage?: boolean;
  cmsReference?: string;
  /** The field's Dutch label, from the schema builders' metadata (src/schemas/shared.ts). */
  title?: string;
}

type Field = CmsField & {
  widget?: string;
  fields?: Field[];
  field?: Field;
  options?: (string | { value: string })[];
  multiple?: boolean;
  collection?: string;
  min?: number;
  value_type?: string;
};

const textWidgets = ['string', 'text', 'datetime', 'markdown'];

function optionValues(field: Field): string[] {
  return (field.options ?? []).map((option) =>
    typeof option === 'string' ? option : option.value,
  );
}

function sameSet(a: readonly unknown[], b: readonly unknown[]) {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/** The one type a node describes (a union of a date and a string counts as a string). */
function typeOf(node: JsonNode): string {
  if (node.anyOf) {
    const types = node.anyOf.map(typeOf).filter((type) => type !== 'any');
    return types.length === 1 ? (types[0] ?? 'any') : 'union';
  }
  if (Array.isArray(node.type)) return node.type.join('|');
  return node.type ?? 'any';
}

/** How a single value must be edited, compared with the CMS field; returns problems. */
function compareValue(
  node: JsonNode,
  field: Field,
  path: string,
  labels: CollectionLabels,
  inOptional: boolean,
  seen: Set<string>,
): string[] {
  const problems: string[] = [];
  const widget = field.widget ?? 'string';
  const expect = (ok: boolean, message: string) => {
    if (!ok) problems.push(`${path}: ${message}`);
  };
  if (node.cmsReference) {
    expect(widget === 'relation', `is a reference but the CMS uses a "${widget}" widget`);
    expect(
      field.collection === node.cmsReference,
      `refers to ${node.cmsReference} but the CMS relation points at ${field.collection}`,
    );
    expect(!field.multiple, 'is one reference but the CMS allows several');
    return problems;
  }
  if (node.cmsImage) {
    expect(widget === 'image', `is an image but the CMS uses a "${widget}" widget`);
    return problems;
  }
  if (node.enum) {
    expect(widget === 'select', `is a choice but the CMS uses a "${widget}" widget`);
    expect(
      sameSet(optionValues(field), node.enum),
      `choices differ: schema ${node.enum.join(', ')}; CMS ${optionValues(field).join(', ')}`,
    );
    expect(!field.multiple, 'is one choice but the CMS allows several');
    return problems;
  }
  const type = typeOf(node);
  if (type === 'object') {
    expect(widget === 'object', `is an object but the CMS uses a "${widget}" widget`);
    problems.push(...compareObject(node, field.fields ?? [], path, labels, inOptional, seen));
    return problems;
  }
  if (type === 'array' && node.items) {
    const items = node.items;
    const minimum = node.minItems ?? 0;
    if (minimum > 0)
      expect(field.min === minimum, `needs at least ${minimum} but the CMS asks ${field.min ?? 0}`);
    if (items.cmsReference || items.enum) {
      const itemProblems = compareValue(
        items,
        { ...field, multiple: false },
        path,
        labels,
        inOptional,
        seen,
      );
      problems.push(...itemProblems);
      expect(field.multiple === true, 'is a list but the CMS allows only one');
      return problems;
    }
    expect(widget === 'list', `is a list but the CMS uses a "${widget}" widget`);
    if (typeOf(items) === 'object') {
      problems.push(...compareObject(items, field.fields ?? [], path, labels, inOptional, seen));
    } else if (field.field) {
      problems.push(...compareValue(items, field.field, path, labels, inOptional, seen));
    } else {
      problems.push(`${path}: the CMS list has no field for its items`);
    }
    return problems;
  }
  if (type === 'boolean') expect(widget === 'boolean', `is yes/no but the CMS uses "${widget}"`);
  else if (type === 'integer') {
    expect(
      widget === 'number' && field.value_type === 'int',
      'is a whole number but the CMS does not ask for one',
    );
  } else if (type === 'number')
    expect(widget === 'number', `is a number but the CMS uses "${widget}"`);
  else if (type === 'string') {
    expect(textWidgets.includes(widget), `is text but the CMS uses a "${widget}" widget`);
  } else problems.push(`${path}: the contract does not know how to compare type "${type}"`);
  return problems;
}

function compareObject(
  node: JsonNode,
  fields: Field[],
  parentPath: string,
  labels: CollectionLabels,
  inOptional: boolean,
  seen: Set<string>,
): string[] {
  const problems: string[] = [];
  const properties = node.properties ?? {};
  const required = node.required ?? [];
  const byName = new Map(fields.map((field) => [field.name, field]));
  for (const [name, child] of Object.entries(properties)) {
    const path = parentPath ? `${parentPath}.${name}` : name;
    seen.add(path);
    const field = byName.get(name);
    const own = labels[path]?.label;
    const label = own ?? child.title;
    if (!label) {
      problems.push(`${path}: has no Dutch label, in its schema's title or in admin/labels.ts`);
    }
    if (own && own === child.title) {
      problems.push(
        `${path}: the label "${own}" is written twice, in the schema and in admin/labels.ts`,
      );
    }
    if (!field) {
      problems.push(`${path}: is in the schema but not in the CMS`);
      continue;
    }
    if (label && field.label !== label) {
      problems.push(`${path}: the CMS shows "${field.label}", the label is "${label}"`);
    }
    // Decap checks fields inside an optional object even when it is empty, so there they are
    // optional in the form and the save check enforces the schema (see decap-fields.ts).
    const schemaRequired = required.includes(name);
    const expected = schemaRequired && !inOptional;
    const actual = field.required !== false;
    if (expected !== actual) {
      problems.push(
        `${path}: the schema says ${expected ? 'required' : 'optional'}, the CMS says ${actual ? 'required' : 'optional'}`,
      );
    }
    const childOptional = typeOf(child) === 'object' ? inOptional || !schemaRequired : inOptional;
    problems.push(...compareValue(child, field, path, labels, childOptional, seen));
  }
  for (const field of fields) {
    if (!(field.name in properties)) {
      const path = parentPath ? `${parentPath}.${field.name}` : field.name;
      problems.push(`${path}: is in the CMS but not in the schema`);
    }
  }
  return problems;
}

/**
 * Every difference between a collection's CMS fields and its schema, plus labels that belong to
 * no field. `extraFields` are CMS fields the schema does not describe (the Markdown body).
 */
export function contractProblems(
  schema: z.ZodType,
  fields: CmsField[],
  labels: CollectionLabels,
  extraFields: string[] = [],
): string[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonNode;
  const seen = new Set<string>();
  const own = (fields as Field[]).filter((field) => !extraFields.includes(field.name));
  const problems = compareObject(json, own, '', labels, false, seen);
  for (const path of Object.keys(labels)) {
    if (!seen.has(path)) problems.push(`${path}: has a label but no field in the schema`);
  }
  return problems;
}
