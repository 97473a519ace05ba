/**
 * Every collection of the site, read from the top-level `content/` folder that the CMS writes.
 * The schemas live in `src/schemas/` (one file per collection) so that unit tests and the CMS
 * contract test can build them without Astro; here they get Astro's `image()` and `reference()`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionFiles, schemas } from './schemas/registry.ts';
import type { CollectionName, SchemaHelpers } from './schemas/shared.ts';

function files(name: CollectionName) {
  const { folder, extension } = collectionFiles[name];
  return glob({ pattern: `*.${extension}`, base: `./content/${folder}` });
}

function helpers({ image }: { image: SchemaHelpers['image'] }): SchemaHelpers {
  return { image, reference };
}

export const collections = {
  stories: defineCollection({
    loader: files('stories'),
    schema: (context) => schemas.stories(helpers(context)),
  }),
  regulations: defineCollection({ loader: files('regulations'), schema: schemas.regulations() }),
  ambassadors: defineCollection({
    loader: files('ambassadors'),
    schema: (context) => schemas.ambassadors(helpers(context)),
  }),
  events: defineCollection({
    loader: files('events'),
    schema: (context) => schemas.events(helpers(context)),
  }),
  municipalities: defineCollection({
    loader: files('municipalities'),
    schema: (context) => schemas.municipalities(helpers(context)),
  }),
  'service-points': defineCollection({
    loader: files('service-points'),
    schema: schemas['service-points'](),
  }),
  pages: defineCollection({ loader: files('pages'), schema: schemas.pages() }),
  settings: defineCollection({
    loader: files('settings'),
    schema: (context) => schemas.settings(helpers(context)),
  }),
};
