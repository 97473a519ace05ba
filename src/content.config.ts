/**
 * Every collection of the site, read from the top-level `content/` folder that the CMS writes.
 * The schemas live in `src/schemas/` (one file per collection) so that unit tests and the CMS
 * contract test can build them without Astro; here they get Astro's `image()` and `reference()`.
 */
import type { ImageMetadata } from 'astro';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { withoutPortraitUnlessConsented } from './schemas/ambassadors.ts';
import { collectionFiles, schemas } from './schemas/registry.ts';
import type { CollectionName, SchemaHelpers } from './schemas/shared.ts';

function files(name: CollectionName) {
  const { folder, extension } = collectionFiles[name];
  return glob({ pattern: `*.${extension}`, base: `./content/${folder}` });
}

/**
 * Astro's image() with an earlier, clearer check: an image that is missing (for instance deleted
 * in the CMS's media library while an entry still uses it) fails with the entry and the field
 * named, in Dutch, instead of Astro's "Could not find requested image".
 */
function imageIn(name: CollectionName, image: SchemaHelpers['image']): SchemaHelpers['image'] {
  const entryFolder = path.resolve('content', collectionFiles[name].folder);
  return () =>
    z
      .string()
      .refine((src) => existsSync(path.resolve(entryFolder, src)), {
        error: (issue) =>
          `Afbeelding: het bestand ${String(issue.input)} bestaat niet. Kies de afbeelding opnieuw.`,
      })
      .pipe(image() as z.ZodType<ImageMetadata, string>);
}

function helpers(name: CollectionName) {
  return ({ image }: { image: SchemaHelpers['image'] }): SchemaHelpers => ({
    image: imageIn(name, image),
    reference,
  });
}

export const collections = {
  stories: defineCollection({
    loader: files('stories'),
    schema: (context) => schemas.stories(helpers('stories')(context)),
  }),
  regulations: defineCollection({ loader: files('regulations'), schema: schemas.regulations() }),
  ambassadors: defineCollection({
    loader: files('ambassadors'),
    // Applied here, not in the schema the CMS reads: the editor still sees and keeps the portrait.
    schema: (context) =>
      schemas
        .ambassadors(helpers('ambassadors')(context))
        .transform(withoutPortraitUnlessConsented),
  }),
  events: defineCollection({
    loader: files('events'),
    schema: (context) => schemas.events(helpers('events')(context)),
  }),
  municipalities: defineCollection({
    loader: files('municipalities'),
    schema: (context) => schemas.municipalities(helpers('municipalities')(context)),
  }),
  'service-points': defineCollection({
    loader: files('service-points'),
    schema: schemas['service-points'](),
  }),
  'task-lists': defineCollection({ loader: files('task-lists'), schema: schemas['task-lists']() }),
  pages: defineCollection({ loader: files('pages'), schema: schemas.pages() }),
  goals: defineCollection({ loader: files('goals'), schema: schemas.goals() }),
  settings: defineCollection({
    loader: files('settings'),
    schema: (context) => schemas.settings(helpers('settings')(context)),
  }),
};
