/**
 * The site's content, loaded once per build and checked across collections. Pages read content
 * only through here, so a reference to something that does not exist fails the build with the
 * file and field named, instead of rendering a broken page.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { collectionLabels, collectionNames } from '../schemas/registry.ts';
import type { CollectionName } from '../schemas/shared.ts';
import {
  ContentProblemsError,
  findDanglingReferences,
  type ContentEntry,
  type ContentProblem,
} from './content-integrity.ts';
import { goalsInOrder } from './goal-progress.ts';
import { amountSourcesOf, findAmountProblems } from './regulation-amounts.ts';
import { labelOf, sectors } from '../schemas/taxonomy.ts';

export type Story = CollectionEntry<'stories'>;
export type Regulation = CollectionEntry<'regulations'>;
export type Ambassador = CollectionEntry<'ambassadors'>;
export type CampaignEvent = CollectionEntry<'events'>;
export type Municipality = CollectionEntry<'municipalities'>;
export type ServicePoint = CollectionEntry<'service-points'>;
export type Page = CollectionEntry<'pages'>;
export type Goal = CollectionEntry<'goals'>;
export type TaskListEntry = CollectionEntry<'task-lists'>;
export type Settings = CollectionEntry<'settings'>['data'];

export interface SiteContent {
  settings: Settings;
  /** Published stories, newest first; drafts never leave this module. */
  stories: Story[];
  regulations: Regulation[];
  ambassadors: Ambassador[];
  /** All events by start time; split them with `splitByTime` and a clock. */
  events: CampaignEvent[];
  municipalities: Municipality[];
  servicePoints: ServicePoint[];
  pages: Page[];
  /** The campaign's goals for /resultaten/, in the order staff gave them. */
  goals: Goal[];
  /** The functiecreatie quick-scan's task lists, one per sector, by sector name. */
  taskLists: TaskListEntry[];
}

/** Set from Astro's own command (src/integrations/astro-command.ts). */
declare const __ASTRO_DEV_SERVER__: boolean;

/**
 * True under `astro dev` (as `npm run cms` runs it) only. Not `import.meta.env.DEV` or `.MODE`:
 * on the server Astro fills import.meta.env from the process environment, so a build run with
 * DEV or MODE set (as test runners do) would count as development and skip the check below.
 */
export const underAstroDev = __ASTRO_DEV_SERVER__;

/**
 * References that point nowhere, and amount codes in texts that name no regulation's amount, as
 * Dutch messages naming file and field.
 */
export async function contentProblems(): Promise<ContentProblem[]> {
  const all: (ContentEntry & { body?: string | undefined })[] = [];
  for (const name of collectionNames) {
    for (const entry of await getCollection(name)) {
      all.push({
        collection: name,
        id: entry.id,
        filePath: entry.filePath ?? `content/${name}/${entry.id}`,
        data: entry.data,
        body: entry.body,
      });
    }
  }
  return [
    ...findDanglingReferences(
      all,
      (collection) => collectionLabels[collection as CollectionName] ?? collection,
    ),
    ...findAmountProblems(all, amountSourcesOf(await getCollection('regulations'))),
  ];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'nl');

async function load(): Promise<SiteContent> {
  // The build stops here on a broken reference. Under `astro dev` the middleware shows the editor
  // the same problems as a page instead, before any page runs (src/middleware.ts).
  if (!underAstroDev) {
    const problems = await contentProblems();
    if (problems.length > 0) throw new ContentProblemsError(problems);
  }
  const settings = (await getCollection('settings')).find((entry) => entry.id === 'site');
  if (!settings)
    throw new Error('content/settings/site.yml ontbreekt: de site heeft instellingen nodig.');
  return {
    settings: settings.data,
    stories: (await getCollection('stories', ({ data }) => !data.draft)).sort((a, b) =>
      b.data.publishedOn.localeCompare(a.data.publishedOn),
    ),
    regulations: (await getCollection('regulations')).sort(
      (a, b) => a.data.order - b.data.order || byName(a.data.title, b.data.title),
    ),
    ambassadors: (await getCollection('ambassadors')).sort((a, b) =>
      byName(a.data.name, b.data.name),
    ),
    events: (await getCollection('events')).sort(
      (a, b) => a.data.start.getTime() - b.data.start.getTime(),
    ),
    municipalities: (await getCollection('municipalities')).sort((a, b) =>
      byName(a.data.name, b.data.name),
    ),
    servicePoints: await servicePointsByReach(),
    pages: await getCollection('pages'),
    goals: goalsInOrder(await getCollection('goals')),
    taskLists: await taskListsBySector(),
  };
}

/** Task lists in the order of their sectors' Dutch names, as the scan offers them. */
async function taskListsBySector() {
  return (await getCollection('task-lists')).sort((a, b) =>
    byName(labelOf(sectors, a.data.sector), labelOf(sectors, b.data.sector)),
  );
}

/** Service points serving the most municipalities first: the regional WSP leads every list. */
async function servicePointsByReach() {
  const municipalities = await getCollection('municipalities');
  const reach = (id: string) =>
    municipalities.filter((municipality) => municipality.data.servicePoint.id === id).length;
  return (await getCollection('service-points')).sort(
    (a, b) => reach(b.id) - reach(a.id) || byName(a.data.name, b.data.name),
  );
}

let loaded: Promise<SiteContent> | undefined;

/** All content; cached for a build, fresh on every request under `astro dev` so edits show. */
export function loadContent(): Promise<SiteContent> {
  if (underAstroDev) return load();
  loaded ??= load();
  return loaded;
}

/**
 * The campaign's name, or undefined when the settings cannot be read. For the CMS's own pages,
 * which must open even while the content is broken: that is where the editor repairs it.
 */
export async function campaignNameIfReadable(): Promise<string | undefined> {
  try {
    const settings = await getEntry('settings', 'site');
    return settings?.data.campaignName;
  } catch {
    return undefined;
  }
}
