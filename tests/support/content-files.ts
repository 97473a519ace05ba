/**
 * Reads `content/` the way Astro's glob loader does (js-yaml for YAML and front matter, through
 * src/lib/content-check.ts) and validates each file with the real schemas, using stand-ins for
 * `image()` and `reference()`. Used by the content tests; fast enough to run on every save.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { schemas } from '../../src/schemas/registry.ts';
import type { CollectionName, SchemaHelpers } from '../../src/schemas/shared.ts';
import type { ContentEntry } from '../../src/lib/content-integrity.ts';
import {
  listContentFiles as listFiles,
  parseContentFile,
  parseContentText,
} from '../../src/lib/content-check.ts';

export { parseContentFile, parseContentText };

export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** Schema helpers that check an image file exists next to the entry and resolve references to ids. */
export function stubHelpers(entryFile: string): SchemaHelpers {
  return {
    image: () =>
      z
        .string()
        .refine((src) => existsSync(path.resolve(path.dirname(entryFile), src)), {
          message: 'Afbeelding: het bestand bestaat niet.',
        })
        .transform((src) => ({ src, width: 1, height: 1, format: 'png' })),
    reference: (collection) => z.string().transform((id) => ({ collection, id })),
  };
}

/** Validates one file against its collection's schema. */
export function validateFile(collection: CollectionName, file: string) {
  return validateText(collection, file, readFileSync(file, 'utf8'));
}

/** Validates a file's text (as if it were at `file`) against its collection's schema. */
export function validateText(collection: CollectionName, file: string, source: string) {
  const schema = schemas[collection](stubHelpers(file)) as z.ZodType;
  return schema.safeParse(parseContentText(file, source));
}

/** Every file of every collection under `root`/content, with the entry id Astro would give it. */
export function listContentFiles(root = projectRoot) {
  return listFiles(root);
}

/** All content as entries for the integrity check; throws on the first invalid file. */
export function loadAllEntries(root = projectRoot): ContentEntry[] {
  return listContentFiles(root).map(({ collection, id, file }) => {
    const result = validateFile(collection, file);
    if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`);
    return { collection, id, filePath: path.relative(root, file), data: result.data };
  });
}
