/**
 * Structured data (schema.org as JSON-LD) for search engines: Event, Article, Person and the
 * campaign's Organization. Plain objects in, plain objects out; pages render them with
 * `<StructuredData>`.
 */
import { amsterdamOffsetMinutes, instantToAmsterdam } from './dates.ts';
import type { EventStatus } from '../schemas/taxonomy.ts';

export type JsonLd = { '@context': 'https://schema.org'; '@type': string } & Record<
  string,
  unknown
>;

const context = 'https://schema.org' as const;

/** An instant as ISO 8601 with the Amsterdam offset: "2026-12-10T19:30:00+01:00". */
export function amsterdamIso(instant: Date): string {
  const offset = amsterdamOffsetMinutes(instant);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${instantToAmsterdam(instant)}:00${sign}${hours}:${minutes}`;
}

export interface OrganizationInput {
  name: string;
  url: string;
  description?: string;
  email?: string;
  logo?: string;
  /** The organisation behind the campaign, e.g. Regio Amersfoort. */
  parent?: { name: string; url: string };
}

function organization(input: OrganizationInput) {
  return {
    '@type': 'Organization',
    name: input.name,
    url: input.url,
    ...(input.description ? { description: input.description } : {}),
    ...(input.email ? { email: input.email } : {}),
    ...(input.logo ? { logo: input.logo } : {}),
    ...(input.parent ? { parentOrganization: { '@type': 'Organization', ...input.parent } } : {}),
  };
}

/** The campaign as an Organization, for the home page. */
export function organizationJsonLd(input: OrganizationInput): JsonLd {
  return { '@context': context, ...organization(input) };
}

/** The site with its search, so a search engine can offer "search this site" (uses `/zoeken/?q=`). */
export function websiteJsonLd(input: { name: string; url: string; searchUrl: string }): JsonLd {
  return {
    '@context': context,
    '@type': 'WebSite',
    name: input.name,
    url: input.url,
    inLanguage: 'nl-NL',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${input.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export interface EventInput {
  title: string;
  summary: string;
  url: string;
  image: string;
  start: Date;
  end: Date;
  status: EventStatus;
  venue?:
    { name: string; address: string; postcode?: string | undefined; city: string } | undefined;
  /** True when people can take part online; the link itself is only sent after signing up. */
  online: boolean;
  organizer: OrganizationInput;
}

const eventStatusUrl: Record<EventStatus, string> = {
  gepland: 'https://schema.org/EventScheduled',
  // A full event still takes place; the offer says it is sold out.
  vol: 'https://schema.org/EventScheduled',
  afgelast: 'https://schema.org/EventCancelled',
};

/** An event: when, where (a venue, online or both), who organises it, and that it is free. */
export function eventJsonLd(input: EventInput): JsonLd {
  const place = input.venue && {
    '@type': 'Place',
    name: input.venue.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: input.venue.address,
      ...(input.venue.postcode ? { postalCode: input.venue.postcode } : {}),
      addressLocality: input.venue.city,
      addressCountry: 'NL',
    },
  };
  // The meeting link is private (sent after signup), so the virtual location is the event page.
  const virtual = input.online && { '@type': 'VirtualLocation', url: input.url };
  const locations = [place, virtual].filter(Boolean);
  const mode = place && virtual ? 'Mixed' : virtual ? 'Online' : 'Offline';
  return {
    '@context': context,
    '@type': 'Event',
    name: input.title,
    description: input.summary,
    url: input.url,
    image: [input.image],
    startDate: amsterdamIso(input.start),
    endDate: amsterdamIso(input.end),
    eventStatus: eventStatusUrl[input.status],
    eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
    location: locations.length === 1 ? locations[0] : locations,
    organizer: organization(input.organizer),
    isAccessibleForFree: true,
    offers: {
      '@type': 'Offer',
      price: 0,
      priceCurrency: 'EUR',
      url: input.url,
      availability:
        input.status === 'vol' ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
    },
    inLanguage: 'nl-NL',
  };
}

export interface ArticleInput {
  title: string;
  summary: string;
  url: string;
  image: string;
  /** Calendar dates "YYYY-MM-DD". */
  publishedOn: string;
  updatedOn?: string | undefined;
  publisher: OrganizationInput;
}

/** A story as an Article, published by the campaign. */
export function articleJsonLd(input: ArticleInput): JsonLd {
  const publisher = organization(input.publisher);
  return {
    '@context': context,
    '@type': 'Article',
    // Search engines cut headlines at 110 characters; the schema allows 90.
    headline: input.title.slice(0, 110),
    description: input.summary,
    url: input.url,
    mainEntityOfPage: input.url,
    image: [input.image],
    datePublished: input.publishedOn,
    dateModified: input.updatedOn ?? input.publishedOn,
    author: publisher,
    publisher,
    inLanguage: 'nl-NL',
  };
}

export interface PersonInput {
  name: string;
  role: string;
  organisation: string;
  url: string;
  description: string;
  /** Only given when a signed consent is on file; without it no picture is published. */
  image?: string | undefined;
  linkedin?: string | undefined;
}

/** An ambassador as a Person who works for their organisation. */
export function personJsonLd(input: PersonInput): JsonLd {
  return {
    '@context': context,
    '@type': 'Person',
    name: input.name,
    jobTitle: input.role,
    worksFor: { '@type': 'Organization', name: input.organisation },
    description: input.description,
    url: input.url,
    ...(input.image ? { image: input.image } : {}),
    ...(input.linkedin ? { sameAs: [input.linkedin] } : {}),
  };
}

/**
 * JSON for inside a `<script type="application/ld+json">` element: `<` is escaped so that text
 * such as "</script>" in content can never end the element early.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
