/**
 * The shipped content as `SiteContent`, read from `content/` with the real schemas, without an
 * Astro build: for tests of what the build makes from all of it (the share cards). Images carry
 * the `fsPath` Astro gives them, so the share cards find their pictures.
 */
import path from 'node:path';
import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import type { SiteContent } from '../../src/lib/content.ts';
import { schemas } from '../../src/schemas/registry.ts';
import type { CollectionName, SchemaHelpers } from '../../src/schemas/shared.ts';
import { listContentFiles, parseContentFile, projectRoot } from './content-files.ts';

function helpers(entryFile: string): SchemaHelpers {
  return {
    image: () =>
      z.string().transform((src) => {
        const fsPath = path.resolve(path.dirname(entryFile), src);
        return { src: fsPath, width: 0, height: 0, format: 'png', fsPath } as ImageMetadata;
      }),
    reference: (collection) => z.string().transform((id) => ({ collection, id })),
  };
}

/** Every entry of `content/` under `root`, validated, in Astro's `{ id, data }` shape. */
export function loadSiteContent(root = projectRoot): SiteContent {
  const entries = new Map<CollectionName, { id: string; data: unknown }[]>();
  for (const { collection, id, file } of listContentFiles(root)) {
    const schema = schemas[collection](helpers(file)) as z.ZodType;
    const data = schema.parse(parseContentFile(file));
    entries.set(collection, [...(entries.get(collection) ?? []), { id, data }]);
  }
  const all = (collection: CollectionName) => entries.get(collection) ?? [];
  const settings = all('settings').find((entry) => entry.id === 'site');
  if (!settings) throw new Error('content/settings/site.yml is missing');
  return {
    settings: settings.data,
    stories: all('stories').filter((entry) => !(entry.data as { draft: boolean }).draft),
    regulations: all('regulations'),
    ambassadors: all('ambassadors'),
    events: all('events'),
    municipalities: all('municipalities'),
    servicePoints: all('service-points'),
    pages: all('pages'),
  } as unknown as SiteContent;
}
