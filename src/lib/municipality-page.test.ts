import { describe, expect, it } from 'vitest';
import type { Municipality, SiteContent } from './content.ts';
import { municipalityPage } from './municipality-page.ts';

const drawing = {
  src: '/_astro/drawing.png',
  width: 800,
  height: 600,
  format: 'png',
  fsPath: '/content/media/drawing.png',
};
const at = (id: string) => ({ collection: 'municipalities', id });
const wsp = (id: string) => ({ collection: 'service-points', id });

const municipalities = [
  { id: 'baarn', data: { name: 'Baarn', servicePoint: wsp('wsp-a') } },
  { id: 'soest', data: { name: 'Soest', servicePoint: wsp('wsp-a') } },
  { id: 'nijkerk', data: { name: 'Nijkerk', servicePoint: wsp('wsp-b') } },
] as unknown as Municipality[];
const baarn = municipalities[0]!;

const story = (id: string, municipality: string) => ({
  id,
  data: {
    title: id,
    employer: { name: id },
    hero: { src: drawing, alt: 'Tekening' },
    municipality: at(municipality),
  },
});
const ambassador = (id: string, municipality: ReturnType<typeof at>) => ({
  id,
  data: { name: id, role: 'Eigenaar', organisation: id, consentOnFile: false, municipality },
});

const event = (id: string, start: string, municipality?: string) => ({
  id,
  data: {
    title: id,
    status: 'gepland',
    servicePoint: wsp('wsp-a'),
    venue: { name: 'De Kamp', address: 'Kampstraat 1', city: 'Amersfoort' },
    start: new Date(start),
    end: new Date(new Date(start).getTime() + 3_600_000),
    municipality: municipality && at(municipality),
  },
});

const content = {
  settings: {
    campaignName: 'Iedereen doet mee',
    organisation: 'Regio Amersfoort',
    home: { image: { src: drawing, alt: 'Tekening' } },
  },
  stories: [story('bakkerij', 'baarn'), story('garage', 'soest')],
  regulations: [],
  ambassadors: [ambassador('anouk', at('baarn')), ambassador('piet', at('soest'))],
  events: [
    event('later', '2026-12-10T08:00:00Z', 'baarn'),
    event('voorbij', '2026-11-01T08:00:00Z', 'baarn'),
    event('eerder', '2026-12-01T08:00:00Z', 'baarn'),
    event('elders', '2026-12-01T08:00:00Z', 'soest'),
    event('online', '2026-12-01T08:00:00Z'),
  ],
  municipalities,
  servicePoints: [
    { id: 'wsp-a', data: { name: 'WSP A' } },
    { id: 'wsp-b', data: { name: 'WSP B' } },
  ],
  pages: [],
} as unknown as SiteContent;

describe('municipalityPage', () => {
  const page = municipalityPage(baarn, content, new Date('2026-11-27T11:00:00Z'));

  it('finds the service point and every municipality it serves', () => {
    expect(page.servicePoint.id).toBe('wsp-a');
    expect(page.served.map((other) => other.id)).toEqual(['baarn', 'soest']);
  });

  it('shows what happens here: stories, ambassadors, upcoming events by date', () => {
    expect(page.stories.map((story) => story.id)).toEqual(['bakkerij']);
    expect(page.ambassadors.map((ambassador) => ambassador.id)).toEqual(['anouk']);
    expect(page.upcomingEvents.map((upcoming) => upcoming.id)).toEqual(['eerder', 'later']);
  });

  it('has the share image and search facets of the municipality', () => {
    expect(page.shareImage.path).toMatch(/\.png$/);
    expect(page.facets).toBeDefined();
  });
});
