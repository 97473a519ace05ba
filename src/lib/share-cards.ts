/**
 * Which share image every page gets, and what is on it: one card per story, regulation,
 * ambassador, event and municipality, and the campaign's own card for every other page. The
 * PNG routes under src/pages/deel/ draw them; pages point their og:image at them.
 */
import type { ImageMetadata } from 'astro';
import type { Settings, SiteContent } from './content.ts';
import { resolve } from './references.ts';
import { formatTimeRange } from './dates.ts';
import { initialsOf } from './people.ts';
import type { ShareCard, SharePicture } from './share-image.tsx';
import { campaignShareImagePath, shareImagePath, type ShareCollection } from './share-links.ts';

export interface ShareEntry {
  collection: ShareCollection;
  slug: string;
  card: ShareCard;
}

/** The file behind an image from content; Astro keeps it on the (non-enumerable) `fsPath`. */
function fileOf(image: ImageMetadata): string {
  const file = (image as ImageMetadata & { fsPath?: string }).fsPath;
  if (!file) throw new Error(`No source file known for image ${image.src}`);
  return file;
}

function illustration(image: { src: ImageMetadata } | undefined): SharePicture | undefined {
  return image && { type: 'illustration', file: fileOf(image.src) };
}

/** Every entry with its own share card. */
export function shareEntries(content: SiteContent): ShareEntry[] {
  const { settings, municipalities, servicePoints } = content;
  const brand = { campaignName: settings.campaignName, organisation: settings.organisation };
  // Entries without a picture of their own show the campaign's drawing, so that no card is
  // two-thirds empty and every card has something to see in a small square crop.
  const campaignPicture: SharePicture = {
    type: 'illustration',
    file: fileOf(settings.home.image.src),
  };
  const placeOf = (ref: { id: string }) => resolve(municipalities, ref).data.name;
  const entries: ShareEntry[] = [];
  for (const story of content.stories) {
    const { data } = story;
    const picture = illustration(data.hero);
    entries.push({
      collection: 'verhalen',
      slug: story.id,
      card: {
        ...brand,
        kind: 'Verhaal',
        title: data.title,
        subtitle: `${data.employer.name} · ${placeOf(data.municipality)}`,
        ...(picture ? { picture } : {}),
      },
    });
  }
  for (const regulation of content.regulations) {
    entries.push({
      collection: 'regelingen',
      slug: regulation.id,
      card: {
        ...brand,
        kind: 'Regeling',
        title: regulation.data.title,
        subtitle: regulation.data.promise,
        picture: campaignPicture,
      },
    });
  }
  for (const ambassador of content.ambassadors) {
    const { data } = ambassador;
    // The same rule as <Portrait>: no portrait without signed consent, initials instead.
    const picture: SharePicture =
      data.portrait && data.consentOnFile
        ? { type: 'portrait', file: fileOf(data.portrait.src) }
        : { type: 'initials', initials: initialsOf(data.name) };
    entries.push({
      collection: 'ambassadeurs',
      slug: ambassador.id,
      card: {
        ...brand,
        kind: 'Ambassadeur',
        title: data.name,
        subtitle: `${data.role}, ${data.organisation} · ${placeOf(data.municipality)}`,
        quote: data.quote,
        picture,
      },
    });
  }
  for (const event of content.events) {
    const { data } = event;
    const where = [data.venue?.city, data.onlineUrl ? 'online' : undefined]
      .filter(Boolean)
      .join(' en ');
    const picture = illustration(data.image);
    entries.push({
      collection: 'bijeenkomsten',
      slug: event.id,
      card: {
        ...brand,
        kind: data.status === 'afgelast' ? 'Bijeenkomst · afgelast' : 'Bijeenkomst',
        title: data.title,
        subtitle: `${formatTimeRange(data.start, data.end)} · ${where}`,
        picture: picture ?? campaignPicture,
      },
    });
  }
  for (const municipality of municipalities) {
    const servicePoint = resolve(servicePoints, municipality.data.servicePoint);
    entries.push({
      collection: 'gemeenten',
      slug: municipality.id,
      card: {
        ...brand,
        kind: 'Gemeente',
        title: `Werkgevers in ${municipality.data.name}`,
        subtitle: `Verhalen, bijeenkomsten en hulp van ${servicePoint.data.name}`,
        picture: campaignPicture,
      },
    });
  }
  return entries;
}

/** The words on the campaign's own card. */
function campaignCardText(settings: Settings): ShareCard {
  return {
    kind: 'Voor werkgevers',
    title: settings.slogan,
    subtitle: settings.description,
    campaignName: settings.campaignName,
    organisation: settings.organisation,
  };
}

/** The card of every page without one of its own. */
export function campaignCard(content: Pick<SiteContent, 'settings'>): ShareCard {
  const { settings } = content;
  return {
    ...campaignCardText(settings),
    picture: { type: 'illustration', file: fileOf(settings.home.image.src) },
  };
}

/**
 * The alt text of the campaign's card, from the settings alone: on-demand pages read content
 * without the image files behind it (src/lib/on-demand-content.ts).
 */
export function campaignCardAlt(settings: Settings): string {
  return shareCardAlt(campaignCardText(settings));
}

/** The alt text of a card: the words on it, since the card is mostly text. */
export function shareCardAlt(card: ShareCard): string {
  const subtitle = card.subtitle ? ` ${card.subtitle}.` : '';
  return `${card.kind}: ${card.title}.${subtitle} ${card.campaignName}, ${card.organisation}.`;
}

/** Share entries by "collection/slug", computed once per loaded content (not once per page). */
const entriesByContent = new WeakMap<SiteContent, Map<string, ShareEntry>>();

function shareEntryOf(
  content: SiteContent,
  collection: ShareCollection,
  slug: string,
): ShareEntry | undefined {
  let entries = entriesByContent.get(content);
  if (!entries) {
    entries = new Map(
      shareEntries(content).map((entry) => [`${entry.collection}/${entry.slug}`, entry]),
    );
    entriesByContent.set(content, entries);
  }
  return entries.get(`${collection}/${slug}`);
}

/** The og:image of an entry: its PNG and alt text. */
export function shareImageOf(
  content: SiteContent,
  collection: ShareCollection,
  slug: string,
): { path: string; alt: string } {
  const entry = shareEntryOf(content, collection, slug);
  if (!entry) return { path: campaignShareImagePath, alt: shareCardAlt(campaignCard(content)) };
  return { path: shareImagePath(collection, slug), alt: shareCardAlt(entry.card) };
}

export interface QrTarget {
  collection: 'bijeenkomsten' | 'ambassadeurs';
  slug: string;
  title: string;
  /** The path the code opens, with `?via=` for an ambassador. */
  path: string;
}

/** Every page with a printable QR code: events and ambassadors. */
export function qrTargets(content: SiteContent): QrTarget[] {
  return [
    ...content.events.map((event) => ({
      collection: 'bijeenkomsten' as const,
      slug: event.id,
      title: event.data.title,
      path: `/bijeenkomsten/${event.id}/`,
    })),
    ...content.ambassadors.map((ambassador) => ({
      collection: 'ambassadeurs' as const,
      slug: ambassador.id,
      title: ambassador.data.name,
      path: `/ambassadeurs/${ambassador.id}/?via=${encodeURIComponent(ambassador.id)}`,
    })),
  ];
}
