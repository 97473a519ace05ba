/**
 * Content files exactly as Decap CMS writes them, made with Decap's own formatters from the
 * installed `decap-cms-core` (its YAML and front-matter serializers, with the field order of the
 * collection). The files in `content/` are kept in this form, so that an editor's save changes
 * only the lines of the fields they changed, and the tests can write every entry the way the CMS
 * would and check that the build still accepts it.
 */
import { registerHooks } from 'node:module';
import { collectionFiles } from '../src/schemas/registry.ts';
import type { CollectionName } from '../src/schemas/shared.ts';
import { collectionFields } from './config.ts';
import { withoutEmptyValues } from './save-check.ts';

// Decap's ES modules are written for a bundler: they import files without their extension
// ('./helpers', '@iarna/toml/parse-string'). Node's resolver needs it, so for imports made from
// inside decap-cms-core (and nowhere else) a missing extension is tried as `.js`, then `/index.js`.
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const fromDecap = context.parentURL?.includes('/node_modules/decap-cms-core/') ?? false;
      if (!fromDecap || /\.[cm]?js$/.test(specifier) || !specifier.includes('/')) throw error;
      try {
        return nextResolve(`${specifier}.js`, context);
      } catch {
        return nextResolve(`${specifier}/index.js`, context);
      }
    }
  },
});

// Imported after the hook above is in place (a static import would be resolved before it).
const { frontmatterYAML } = await import('decap-cms-core/dist/esm/formats/frontmatter.js');
const { default: yamlFormatter } = await import('decap-cms-core/dist/esm/formats/yaml.js');

/** The formatter Decap picks for a collection (`format: frontmatter` or `yml`, see config.ts). */
function formatterOf(collection: CollectionName): DecapFormatter {
  return collectionFiles[collection].extension === 'md' ? frontmatterYAML() : yamlFormatter;
}

/** What Decap reads from a content file: the front matter (and `body`), or the YAML data. */
export function decapParse(collection: CollectionName, text: string): Record<string, unknown> {
  return formatterOf(collection).fromFile(text);
}

/**
 * The file Decap writes for an entry: top-level fields in the collection's field order, nested
 * ones in the order they have, and one line break at the end (as Decap's `entryToRaw` adds).
 */
export function decapSerialize(collection: CollectionName, data: unknown): string {
  const order = collectionFields(collection).map((field) => field.name);
  const text = formatterOf(collection).toFile(data, order, {});
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * The file as the CMS would save it unchanged: read, cleaned of empty values (what the save check
 * in save-check.ts does before every save), written again.
 */
export function canonicalContent(collection: CollectionName, text: string): string {
  return decapSerialize(collection, withoutEmptyValues(decapParse(collection, text)) ?? {});
}
