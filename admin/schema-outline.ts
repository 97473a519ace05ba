/**
 * Reads a content schema (built by the factories in `src/schemas/`) into a plain outline of its
 * fields: what kind of value each one holds, whether it is required, and its limits. The CMS
 * field list is made from this outline, so it follows the schemas instead of repeating them.
 */
import { z } from 'astro/zod';
import { isCalendarDate, isLocalDateTime } from '../src/lib/dates.ts';
import type { CollectionName, SchemaHelpers } from '../src/schemas/shared.ts';

export type ValueOutline =
  | { kind: 'text'; min?: number; max?: number; pattern?: RegExp; format?: 'url' | 'email' }
  | { kind: 'number'; integer: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'choice'; values: string[] }
  | { kind: 'reference'; collection: CollectionName }
  | { kind: 'image' }
  | { kind: 'date' }
  | { kind: 'datetime' }
  | { kind: 'object'; fields: FieldOutline[] }
  | { kind: 'list'; of: ValueOutline; min?: number; max?: number };

export interface FieldOutline {
  name: string;
  /** Dotted path from the entry's root, without list indexes: `yields.amounts.label`. */
  path: string;
  /** False when the schema accepts the field missing (optional, or it has a default). */
  required: boolean;
  default?: unknown;
  /** The Dutch label the schema's builder gave the field (zod metadata), if any. */
  title?: string;
  value: ValueOutline;
}

/** What the stand-in helpers below mark a schema with. */
type Mark = { kind: 'image' } | { kind: 'reference'; collection: CollectionName };
const marks = z.registry<Mark>();

/**
 * Stand-ins for Astro's `image()` and `reference()`: an image is its path as written in the
 * entry (`../media/photo.png`), a reference is the id of the entry it points at.
 */
export const outlineHelpers: SchemaHelpers = {
  image: () => {
    const path = z.string().trim().min(1, 'Afbeelding: kies een afbeelding.');
    path.register(marks, { kind: 'image' });
    return path as unknown as ReturnType<SchemaHelpers['image']>;
  },
  reference: (collection) => {
    const id = z.string().trim().min(1, 'Kies een item uit de lijst.');
    id.register(marks, { kind: 'reference', collection });
    return id as unknown as ReturnType<SchemaHelpers['reference']>;
  },
};

/*
 * A schema's structure is read from its public `.def` (zod 4's documented replacement for `_def`),
 * narrowed to the parts read here. A check's settings (the length of a list, a text's pattern, a
 * refinement's function) have no public accessor: `z.toJSONSchema` drops refinements and our
 * image/reference marks, and the classic getters (`minLength`, `isInt`) exist for text and numbers
 * only. So checks are read through `_zod.def`, the structure zod's guide for library authors
 * (zod.dev/library-authors) names as the stable way to inspect a schema or check.
 */
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  format?: string;
  defaultValue?: unknown;
}
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  format?: string;
  pattern?: RegExp;
  fn?: unknown;
}

function defOf(schema: z.ZodType): Def {
  return schema.def;
}

function checksOf(schema: z.ZodType): CheckDef[] {
  return (defOf(schema).checks ?? []).map((check) => check._zod.def);
}

function customChecks(schema: z.ZodType): unknown[] {
  return checksOf(schema)
    .filter((check) => check.check === 'custom')
    .map((check) => check.fn);
}

/** The outline of one value; throws with the path when the schema uses something not mapped. */
export function outlineValue(schema: z.ZodType, path: string): ValueOutline {
  const mark = marks.get(schema);
  if (mark) return mark;
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const outline: ValueOutline = { kind: 'text' };
      if (def.format === 'url' || def.format === 'email') outline.format = def.format;
      for (const check of checksOf(schema)) {
        if (check.check === 'min_length' && check.minimum !== undefined)
          outline.min = check.minimum;
        if (check.check === 'max_length' && check.maximum !== undefined)
          outline.max = check.maximum;
        if (check.check === 'string_format' && check.format === 'regex' && check.pattern) {
          outline.pattern = check.pattern;
        }
      }
      if (customChecks(schema).includes(isLocalDateTime)) return { kind: 'datetime' };
      return outline;
    }
    case 'number': {
      const outline: ValueOutline = { kind: 'number', integer: false };
      for (const check of checksOf(schema)) {
        if (check.check === 'number_format') outline.integer = check.format === 'safeint';
        if (check.check === 'greater_than' && check.value !== undefined) outline.min = check.value;
        if (check.check === 'less_than' && check.value !== undefined) outline.max = check.value;
      }
      return outline;
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'choice', values: Object.values(def.entries ?? {}) };
    case 'pipe': {
      // A transform after the input (dates, times): the editor writes the input side.
      if (customChecks(schema).includes(isCalendarDate)) return { kind: 'date' };
      return outlineValue(def.in as z.ZodType, path);
    }
    case 'union': {
      // `calendarDate` accepts a YAML date or a string; its check sits on the pipe around it.
      throw new Error(`${path}: a union has no CMS widget; describe it with one type.`);
    }
    case 'object':
      return { kind: 'object', fields: outlineFields(schema, path) };
    case 'array': {
      const outline: ValueOutline = {
        kind: 'list',
        of: outlineValue(def.element as z.ZodType, path),
      };
      for (const check of checksOf(schema)) {
        if (check.check === 'min_length' && check.minimum !== undefined)
          outline.min = check.minimum;
        if (check.check === 'max_length' && check.maximum !== undefined)
          outline.max = check.maximum;
      }
      return outline;
    }
    default:
      throw new Error(`${path}: the CMS cannot edit a schema of type "${def.type}" yet.`);
  }
}

/** The fields of an object schema, in the schema's order. */
export function outlineFields(schema: z.ZodType, parentPath = ''): FieldOutline[] {
  const shape = defOf(schema).shape;
  if (!shape) throw new Error(`${parentPath || 'entry'}: expected an object schema.`);
  return Object.entries(shape).map(([name, fieldSchema]) => {
    const path = parentPath ? `${parentPath}.${name}` : name;
    let inner = fieldSchema;
    let required = true;
    let defaultValue: unknown;
    let title: string | undefined;
    // Peel optional/default/nullable wrappers; what is left describes the value.
    for (;;) {
      title ??= z.globalRegistry.get(inner)?.title;
      const def = defOf(inner);
      if (def.type === 'optional' || def.type === 'nullable') {
        required = false;
      } else if (def.type === 'default') {
        required = false;
        defaultValue = def.defaultValue;
      } else {
        break;
      }
      inner = def.innerType as z.ZodType;
    }
    const field: FieldOutline = { name, path, required, value: outlineValue(inner, path) };
    if (defaultValue !== undefined) field.default = defaultValue;
    if (title !== undefined) field.title = title;
    return field;
  });
}
