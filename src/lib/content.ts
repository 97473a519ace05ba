/**
 * The site's content, loaded once per build and checked across collections. Pages read content
 * only through here, so a reference to something that does not exist fails the build with the
 * file and field named, instead of rendering a broken page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { collectionLabels, collectionNames } from '../schemas/registry.ts';
import type { CollectionName } from '../schemas/shared.ts';
import { findDanglingReferences, formatProblems, type ContentEntry } from './content-integrity.ts';
import { amountSourcesOf, findAmountProblems } from './regulation-amounts.ts';

export type Story = CollectionEntry<'stories'>;
export type Regulation = CollectionEntry<'regulations'>;
export type Ambassador = CollectionEntry<'ambassadors'>;
export type CampaignEvent = CollectionEntry<'events'>;
export type Municipality = CollectionEntry<'municipalities'>;
export type ServicePoint = CollectionEntry<'service-points'>;
export type Page = CollectionEntry<'pages'>;
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
}

/** References that point nowhere, and amount codes in texts that name no regulation's amount. */
async function checkContent(): Promise<void> {
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
  const problems = [
    ...findDanglingReferences(
      all,
      (collection) => collectionLabels[collection as CollectionName] ?? collection,
    ),
    ...findAmountProblems(all, amountSourcesOf(await getCollection('regulations'))),
  ];
  if (problems.length > 0) throw new Error(formatProblems(problems));
}

const byName = (a: string, b: string) => a.localeCompare(b, 'nl');

async function load(): Promise<SiteContent> {
  await checkContent();
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
  };
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
  if (import.meta.env.DEV) return load();
  loaded ??= load();
  return loaded;
}
