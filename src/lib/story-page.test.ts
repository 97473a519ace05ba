import { describe, expect, it } from 'vitest';
import type { SiteContent, Story } from './content.ts';
import { storyDateLine, storyFigures, storyPage } from './story-page.ts';

const site = new URL('https://werkgevers.example.nl');
const drawing = {
  src: '/_astro/drawing.png',
  width: 800,
  height: 600,
  format: 'png',
  fsPath: '/content/media/drawing.png',
};

function storyOf(id: string, data: Record<string, unknown> = {}): Story {
  return {
    id,
    data: {
      title: `Verhaal ${id}`,
      summary: 'Een lunchroom met een vaste kracht.',
      employer: { name: 'De Blauwe Paraplu', sector: 'horeca-en-recreatie', size: 'klein' },
      municipality: { collection: 'municipalities', id: 'baarn' },
      hero: { src: drawing, alt: 'Tekening' },
      quote: { text: 'Het werkt.', speaker: 'Anouk' },
      targetGroups: ['wajong'],
      regulations: [{ collection: 'regulations', id: 'loonkostensubsidie' }],
      outcome: {},
      sources: [],
      publishedOn: '2026-09-10',
      ...data,
    },
  } as unknown as Story;
}

const story = storyOf('de-blauwe-paraplu', { outcome: { peopleHired: 2, hoursPerWeek: 24.5 } });
const content = {
  settings: {
    campaignName: 'Iedereen doet mee',
    organisation: 'Regio Amersfoort',
    home: { image: { src: drawing, alt: 'Tekening' } },
  },
  stories: [story, storyOf('bakkerij'), storyOf('garage', { employer: { sector: 'techniek' } })],
  regulations: [{ id: 'loonkostensubsidie', data: { title: 'Loonkostensubsidie' } }],
  ambassadors: [],
  events: [],
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

describe('storyFigures', () => {
  it('shows only the figures that are known, in Dutch notation', () => {
    expect(storyFigures({ peopleHired: 2, hoursPerWeek: 24.5 })).toEqual([
      { value: '2', label: 'mensen aan het werk' },
      { value: '24,5', label: 'uur per week' },
    ]);
    expect(storyFigures({ peopleHired: 1 })).toEqual([
      { value: '1', label: 'persoon aan het werk' },
    ]);
    expect(storyFigures({})).toEqual([]);
  });
});

describe('storyDateLine', () => {
  it('names the publication date, and the update and the source when there are', () => {
    expect(storyDateLine(story.data)).toBe('Gepubliceerd op 10 september 2026.');
    expect(storyDateLine({ ...story.data, updatedOn: '2026-10-01', basedOn: 'een gesprek' })).toBe(
      'Gepubliceerd op 10 september 2026, bijgewerkt op 1 oktober 2026. Gebaseerd op: een gesprek.',
    );
  });
});

describe('storyPage', () => {
  const page = storyPage(story, content, site);

  it('resolves what the story refers to and links its facets', () => {
    expect(page.municipality.data.name).toBe('Baarn');
    expect(page.municipalityHref).toBe('/verhalen/gemeente/baarn/');
    expect(page.sector.href).toBe('/verhalen/sector/horeca-en-recreatie/');
    expect(page.sector.label).toMatch(/horeca/i);
    expect(page.targetGroups.map((group) => [group.value, group.href])).toEqual([
      ['wajong', '/verhalen/doelgroep/wajong/'],
    ]);
    expect(page.regulations.map((regulation) => regulation.id)).toEqual(['loonkostensubsidie']);
  });

  it('picks related stories from the same sector first', () => {
    expect(page.related.map((other) => other.id)).toEqual(['bakkerij']);
  });

  it('has the canonical address, the share image and the JSON-LD of this story', () => {
    expect(page.canonical).toBe('https://werkgevers.example.nl/verhalen/de-blauwe-paraplu/');
    expect(page.sharedUrl).toContain('/verhalen/de-blauwe-paraplu/');
    expect(page.shareImage.path).toMatch(/^\/deel\/.*\.png$/);
    expect(page.structuredData).toMatchObject({ '@type': 'Article', url: page.canonical });
    expect(page.facets).toBeDefined();
  });
});
