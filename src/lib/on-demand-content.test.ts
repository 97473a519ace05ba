import { describe, expect, it } from 'vitest';
import {
  onDemandContentJson,
  onDemandContentOf,
  parseOnDemandContent,
  type OnDemandContent,
} from './on-demand-content.ts';

const event = {
  id: 'ontbijt',
  collection: 'events',
  filePath: 'content/events/ontbijt.md',
  digest: '9f2c4e1a',
  body: 'Kom ontbijten.',
  rendered: { html: '<p>Kom ontbijten.</p>', metadata: {} },
  data: {
    title: 'Ontbijt',
    start: new Date('2026-12-10T07:00:00Z'),
    end: new Date('2026-12-10T09:00:00Z'),
    capacity: 30,
    servicePoint: { collection: 'service-points', id: 'wsp' },
    tags: ['a', 'b'],
  },
};

/** An ambassador as the content store has it: with portrait, bio, profile and share texts. */
const ambassador = {
  id: 'anouk-de-wit',
  collection: 'ambassadors',
  filePath: 'content/ambassadors/anouk-de-wit.yml',
  digest: 'cfc530d456fcace9',
  data: {
    name: 'Anouk de Wit',
    role: 'Eigenaar',
    organisation: 'Lunchroom Bij Anouk',
    kind: 'werkgever',
    municipality: { collection: 'municipalities', id: 'baarn' },
    portrait: { src: { src: '/_astro/portrait.png', width: 600, height: 600 }, alt: 'Portret' },
    consentOnFile: true,
    openForCoffee: true,
    quote: 'Ik had geen tijd om het niet te doen.',
    bio: 'Anouk de Wit (42) heeft een lunchroom in Baarn.',
    stories: [{ collection: 'stories', id: 'lunchroom' }],
    linkedin: 'https://www.linkedin.com/in/anouk-de-wit',
    kit: { whatsapp: 'Praat met mij over werk.' },
    demo: true,
  },
};

const taskList = {
  id: 'industrie',
  collection: 'task-lists',
  filePath: 'content/task-lists/industrie.yml',
  data: {
    sector: 'industrie',
    intro: 'Taken in een fabriek.',
    tasks: [{ id: 'inpakken', label: 'Inpakken', package: 'inpakken', typicalHours: 4 }],
    demo: true,
  },
};

const content = {
  settings: { campaignName: 'Iedereen doet mee', since: new Date('2026-01-01T00:00:00Z') },
  events: [event],
  municipalities: [],
  servicePoints: [],
  regulations: [],
  ambassadors: [],
  taskLists: [],
} as unknown as OnDemandContent;

describe('on-demand content', () => {
  it('comes back from its JSON with its dates as Date objects', () => {
    const back = parseOnDemandContent(onDemandContentJson(content));
    const [backEvent] = back.events;
    expect(backEvent?.data.start).toEqual(new Date('2026-12-10T07:00:00Z'));
    expect(backEvent?.data.start).toBeInstanceOf(Date);
    expect((back.settings as unknown as { since: Date }).since).toBeInstanceOf(Date);
    expect(backEvent?.data).toEqual(event.data);
    expect(backEvent).toEqual({ id: 'ontbijt', collection: 'events', data: event.data });
  });

  it('leaves out bodies, rendered HTML, file details and everything but the listed collections', () => {
    const json = onDemandContentJson({ ...content, stories: [event] } as OnDemandContent);
    for (const left of ['<p>', 'Kom ontbijten', 'content/events', '9f2c4e1a']) {
      expect(json).not.toContain(left);
    }
    expect(Object.keys(JSON.parse(json) as object).sort()).toEqual([
      'ambassadors',
      'events',
      'municipalities',
      'regulations',
      'servicePoints',
      'settings',
      'taskLists',
    ]);
  });

  it('keeps of an ambassador only who they are and whether they take koffieverzoeken', () => {
    const json = onDemandContentJson({ ...content, ambassadors: [ambassador] });
    const [back] = parseOnDemandContent(json).ambassadors;
    expect(back).toEqual({
      id: 'anouk-de-wit',
      data: {
        name: 'Anouk de Wit',
        role: 'Eigenaar',
        organisation: 'Lunchroom Bij Anouk',
        municipality: { collection: 'municipalities', id: 'baarn' },
        openForCoffee: true,
      },
    });
    for (const withheld of [
      'portrait',
      'een lunchroom in Baarn',
      'linkedin',
      'Praat met mij',
      'geen tijd',
    ]) {
      expect(json).not.toContain(withheld);
    }
  });

  it("keeps each task list's data whole, as the quick-scan reads it", () => {
    const json = onDemandContentJson({ ...content, taskLists: [taskList] } as OnDemandContent);
    expect(parseOnDemandContent(json).taskLists).toEqual([
      { id: 'industrie', data: taskList.data },
    ]);
    expect(json).not.toContain('content/task-lists');
  });

  it('gives under astro dev the same part of the content as the file', () => {
    const all = { ...content, ambassadors: [ambassador], taskLists: [taskList], stories: [event] };
    const part = onDemandContentOf(all as unknown as OnDemandContent);
    expect(parseOnDemandContent(onDemandContentJson(part))).toEqual(part);
    expect(part).not.toHaveProperty('stories');
    expect(part.ambassadors[0]?.data).not.toHaveProperty('portrait');
  });

  it('keeps an object that only looks like a date as it is when it has more keys', () => {
    const odd = { ...content, settings: { $date: 'x', other: 1 } } as unknown as OnDemandContent;
    expect(parseOnDemandContent(onDemandContentJson(odd)).settings).toEqual({
      $date: 'x',
      other: 1,
    });
  });
});
