/**
 * Where each collection lives in `content/` and which schema validates it. `src/content.config.ts`,
 * the content tests and the CMS contract test all read this one list.
 */
import { ambassadorSchema } from './ambassadors.ts';
import { eventSchema } from './events.ts';
import { goalSchema } from './goals.ts';
import { municipalitySchema } from './municipalities.ts';
import { pageSchema } from './pages.ts';
import { regulationSchema } from './regulations.ts';
import { servicePointSchema } from './service-points.ts';
import { settingsSchema } from './settings.ts';
import type { CollectionName } from './shared.ts';
import { storySchema } from './stories.ts';
import { taskListSchema } from './task-lists.ts';

export interface CollectionFiles {
  /** Folder under `content/`, named like the collection. */
  folder: string;
  /** Markdown with front matter for entries with a body; YAML for data only. */
  extension: 'md' | 'yml';
}

export const collectionFiles = {
  stories: { folder: 'stories', extension: 'md' },
  regulations: { folder: 'regulations', extension: 'md' },
  ambassadors: { folder: 'ambassadors', extension: 'yml' },
  events: { folder: 'events', extension: 'md' },
  municipalities: { folder: 'municipalities', extension: 'yml' },
  'service-points': { folder: 'service-points', extension: 'yml' },
  'task-lists': { folder: 'task-lists', extension: 'yml' },
  pages: { folder: 'pages', extension: 'md' },
  settings: { folder: 'settings', extension: 'yml' },
  goals: { folder: 'goals', extension: 'yml' },
} as const satisfies Record<CollectionName, CollectionFiles>;

/** Dutch names of the collections, as editors see them in the CMS and in build errors. */
export const collectionLabels: Record<CollectionName, string> = {
  stories: 'Verhalen',
  regulations: 'Regelingen',
  ambassadors: 'Ambassadeurs',
  events: 'Bijeenkomsten',
  municipalities: 'Gemeenten',
  'service-points': 'Servicepunten',
  'task-lists': 'Functiecreatie: taken per sector',
  pages: "Pagina's",
  settings: 'Instellingen',
  goals: 'Doelen en resultaten',
};

export const schemas = {
  stories: storySchema,
  regulations: regulationSchema,
  ambassadors: ambassadorSchema,
  events: eventSchema,
  municipalities: municipalitySchema,
  'service-points': servicePointSchema,
  'task-lists': taskListSchema,
  pages: pageSchema,
  settings: settingsSchema,
  goals: goalSchema,
} as const;

export const collectionNames = Object.keys(collectionFiles) as CollectionName[];
