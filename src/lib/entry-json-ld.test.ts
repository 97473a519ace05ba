import { describe, expect, it } from 'vitest';
import { amsterdamToInstant } from './dates.ts';
import type { Ambassador, CampaignEvent, SiteContent, Story } from './content.ts';
import { ambassadorJsonLd, eventPageJsonLd, storyJsonLd } from './entry-json-ld.ts';

const site = new URL('https://werkgevers.example.nl');
const drawing = {
  src: '/_astro/drawing.png',
  width: 800,
  height: 600,
  format: 'png',
  fsPath: '/content/media/drawing.png',
};

const story = {
  id: 'de-blauwe-paraplu',
  data: {
    title: 'De Blauwe Paraplu',
    summary: 'Een lunchroom met een vaste kracht.',
    employer: { name: 'De Blauwe Paraplu', sector: 'horeca-en-recreatie', size: 'klein' },
    municipality: { collection: 'municipalities', id: 'baarn' },
    hero: { src: drawing, alt: 'Tekening' },
    publishedOn: '2026-09-10',
  },
} as unknown as Story;

const event = {
  id: 'ontbijt',
  data: {
    title: 'Ontbijtsessie',
    summary: 'Een ontbijt voor werkgevers.',
    start: amsterdamToInstant('2026-12-10T08:00'),
    end: amsterdamToInstant('2026-12-10T09:30'),
    status: 'gepland',
    venue: { name: 'De Kamp', address: 'Kampstraat 1', city: 'Amersfoort' },
    servicePoint: { collection: 'service-points', id: 'wsp' },
  },
} as unknown as CampaignEvent;

const ambassador = {
  id: 'anouk-de-wit',
  data: {
    name: 'Anouk de Wit',
    role: 'Eigenaar',
    organisation: 'Lunchroom Bij Anouk',
    bio: 'Anouk heeft een lunchroom in Baarn.',
    municipality: { collection: 'municipalities', id: 'baarn' },
  },
} as unknown as Ambassador;

const content = {
  settings: {
    campaignName: 'Iedereen doet mee',
    organisation: 'Regio Amersfoort',
    home: { image: { src: drawing, alt: 'Tekening' } },
  },
  stories: [story],
  regulations: [],
  ambassadors: [],
  events: [event],
  municipalities: [
    {
      id: 'baarn',
      data: { name: 'Baarn', servicePoint: { collection: 'service-points', id: 'wsp' } },
    },
  ],
  servicePoints: [
    {
      id: 'wsp',
      data: { name: 'WSP Regio Amersfoort', website: 'https://wsp.example.nl/', email: 'a@b.nl' },
    },
  ],
  pages: [],
} as unknown as SiteContent;

describe('the JSON-LD of detail pages', () => {
  it('makes a story an Article at its canonical URL, with its share card as image', () => {
    const data = storyJsonLd(story, content, site);
    expect(data).toMatchObject({
      '@type': 'Article',
      headline: 'De Blauwe Paraplu',
      url: 'https://werkgevers.example.nl/verhalen/de-blauwe-paraplu/',
      image: ['https://werkgevers.example.nl/deel/verhalen/de-blauwe-paraplu.png'],
      datePublished: '2026-09-10',
      publisher: { name: 'Iedereen doet mee', url: 'https://werkgevers.example.nl/' },
    });
  });

  it('makes an event an Event organised by its service point', () => {
    const data = eventPageJsonLd(event, content, site);
    expect(data).toMatchObject({
      '@type': 'Event',
      url: 'https://werkgevers.example.nl/bijeenkomsten/ontbijt/',
      image: ['https://werkgevers.example.nl/deel/bijeenkomsten/ontbijt.png'],
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      organizer: { name: 'WSP Regio Amersfoort', email: 'a@b.nl' },
    });
  });

  it('names a portrait only when the page publishes one', () => {
    expect(ambassadorJsonLd(ambassador, site, undefined)).not.toHaveProperty('image');
    expect(ambassadorJsonLd(ambassador, site, '/_astro/anouk.webp')).toMatchObject({
      '@type': 'Person',
      url: 'https://werkgevers.example.nl/ambassadeurs/anouk-de-wit/',
      image: 'https://werkgevers.example.nl/_astro/anouk.webp',
    });
  });
});
