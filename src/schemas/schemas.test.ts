/**
 * Each schema accepts a valid example and rejects broken ones with a Dutch message that names
 * the field in the words an editor sees, at the path of that field.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { schemas } from './registry.ts';
import type { CollectionName } from './shared.ts';
import { stubHelpers } from '../../tests/support/content-files.ts';

// Image paths are checked against this file's folder: one real file, one missing.
const helpers = stubHelpers(new URL(import.meta.url).pathname);
const schemaOf = (name: CollectionName) => schemas[name](helpers) as z.ZodType;

const validStory = {
  title: 'Een vaste kracht in de lunchroom',
  summary: 'Een lunchroom in Baarn nam een jonge vrouw met Wajong aan.',
  employer: { name: 'Lunchroom De Linde', sector: 'horeca-en-recreatie', size: 'micro' },
  municipality: 'baarn',
  targetGroups: ['wajong'],
  regulations: ['no-riskpolis', 'jobcoach'],
  outcome: { peopleHired: 1, hoursPerWeek: 24 },
  hero: { src: './schemas.test.ts', alt: 'Tekening van een lunchroom met een medewerker.' },
  quote: { text: 'Ze is niet meer weg te denken.', speaker: 'Anouk' },
  publishedOn: '2026-10-01',
};

const validEvent = {
  title: 'Ontbijtsessie',
  summary: 'Een ontbijt voor werkgevers.',
  start: '2026-12-10T08:00',
  end: '2026-12-10T09:30',
  signupDeadline: '2026-12-08T17:00',
  venue: { name: 'De Kamp', address: 'Kampstraat 1', postcode: '3811 AB', city: 'Amersfoort' },
  municipality: 'amersfoort',
  capacity: 40,
  servicePoint: 'wsp-regio-amersfoort',
};

const validRegulation = {
  title: 'No-riskpolis',
  promise: 'Wordt uw medewerker ziek? Dan betaalt UWV.',
  kind: 'verzekering',
  providers: ['uwv'],
  qualifies: {
    summary: 'Voor mensen met WIA of Wajong.',
    conditions: ['De medewerker heeft WIA.'],
  },
  yields: { summary: 'Een Ziektewet-uitkering bij ziekte.' },
  apply: { steps: ['U hoeft niets aan te vragen.'] },
  sources: [{ title: 'UWV', url: 'https://www.uwv.nl/' }],
  reviewedOn: '2026-11-20',
  reviewBy: '2027-01-31',
};

const validTaskList = {
  sector: 'industrie',
  intro: 'Operators doen veel klusjes naast de machines.',
  tasks: [
    { id: 'dozen-vouwen', label: 'Dozen vouwen', package: 'voorbereiden', typicalHours: 6 },
    { id: 'inpakken', label: 'Inpakken', package: 'inpakken' },
    { id: 'kratten', label: 'Kratten spoelen', package: 'schoonmaken' },
    { id: 'pallets', label: 'Pallets rijden', package: 'vervoer' },
  ],
};

const validAmbassador = {
  name: 'Anouk de Wit',
  role: 'Eigenaar',
  organisation: 'Lunchroom De Linde',
  kind: 'werkgever',
  municipality: 'baarn',
  consentOnFile: true,
  quote: 'Doe het gewoon.',
  bio: 'Anouk heeft een lunchroom in Baarn.',
};

function issuesOf(name: CollectionName, data: unknown) {
  const result = schemaOf(name).safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('valid examples', () => {
  it.each([
    ['stories', validStory],
    ['events', validEvent],
    ['regulations', validRegulation],
    ['ambassadors', validAmbassador],
    ['task-lists', validTaskList],
  ] as const)('%s: accepted', (name, data) => {
    expect(issuesOf(name, data)).toEqual([]);
  });

  it('keeps the date a source was seen, as a calendar date', () => {
    const withSeen = {
      ...validRegulation,
      sources: [{ title: 'UWV', url: 'https://www.uwv.nl/', seen: new Date('2026-11-29') }],
    };
    const parsed = schemaOf('regulations').parse(withSeen) as { sources: { seen?: string }[] };
    expect(parsed.sources[0]?.seen).toBe('2026-11-29');
  });

  it('turns an event time into the Amsterdam instant', () => {
    const parsed = schemaOf('events').parse(validEvent) as { start: Date };
    expect(parsed.start.toISOString()).toBe('2026-12-10T07:00:00.000Z');
  });
});

describe('invalid content is refused with the field named', () => {
  const cases: [string, CollectionName, unknown, string, RegExp][] = [
    [
      'a hero image without alt text',
      'stories',
      { ...validStory, hero: { src: './schemas.test.ts', alt: '' } },
      'hero.alt',
      /Hoofdafbeelding: beschrijf wat er op de afbeelding staat/,
    ],
    [
      'a hero image file that does not exist',
      'stories',
      { ...validStory, hero: { src: './bestaat-niet.png', alt: 'Een tekening van iets.' } },
      'hero.src',
      /bestand bestaat niet/,
    ],
    [
      'a sector outside the list',
      'stories',
      { ...validStory, employer: { ...validStory.employer, sector: 'bakkerij' } },
      'employer.sector',
      /Sector: kies een van/,
    ],
    [
      'a story without target groups',
      'stories',
      { ...validStory, targetGroups: [] },
      'targetGroups',
      /Doelgroepen: kies er minstens één/,
    ],
    [
      'a title that is too long',
      'stories',
      { ...validStory, title: 'x'.repeat(91) },
      'title',
      /Titel: gebruik hoogstens 90 tekens/,
    ],
    [
      'an event that ends before it starts',
      'events',
      { ...validEvent, end: '2026-12-10T07:00' },
      'end',
      /Eindigt op: kies een tijd na het begin/,
    ],
    [
      'an event time with a zone (YAML would shift it)',
      'events',
      { ...validEvent, start: '2026-12-10T08:00:00+01:00' },
      'start',
      /Begint op: schrijf datum en tijd als 2026-12-10T19:30/,
    ],
    [
      'a signup deadline after the start',
      'events',
      { ...validEvent, signupDeadline: '2026-12-10T09:00' },
      'signupDeadline',
      /Aanmelden kan tot: kies een moment vóór het begin/,
    ],
    [
      'an event with neither venue nor online link',
      'events',
      { ...validEvent, venue: undefined, municipality: undefined },
      'venue',
      /Locatie: geef een locatie, een link voor online meedoen, of allebei/,
    ],
    [
      'a venue without a municipality',
      'events',
      { ...validEvent, municipality: undefined },
      'municipality',
      /Gemeente: kies de gemeente/,
    ],
    [
      'a regulation without sources',
      'regulations',
      { ...validRegulation, sources: [] },
      'sources',
      /Bronnen: noem minstens één bron/,
    ],
    [
      'a source that is not a web address',
      'regulations',
      { ...validRegulation, sources: [{ title: 'UWV', url: 'uwv.nl' }] },
      'sources.0.url',
      /Webadres van de bron: geef een volledig webadres/,
    ],
    [
      'a date seen of a source that does not exist',
      'regulations',
      {
        ...validRegulation,
        sources: [{ title: 'UWV', url: 'https://www.uwv.nl/', seen: '2026-11-31' }],
      },
      'sources.0.seen',
      /Geraadpleegd op: geef een bestaande datum/,
    ],
    [
      'a review date before the check date',
      'regulations',
      { ...validRegulation, reviewBy: '2026-11-01' },
      'reviewBy',
      /Opnieuw controleren vóór: kies een datum na/,
    ],
    [
      'a date that does not exist',
      'regulations',
      { ...validRegulation, reviewedOn: '2026-02-30' },
      'reviewedOn',
      /Laatst gecontroleerd op: geef een bestaande datum/,
    ],
    [
      'an ambassador whose consent answer is not a yes or no',
      'ambassadors',
      { ...validAmbassador, consentOnFile: 'ja' },
      'consentOnFile',
      /Toestemming: geef aan of er een getekende toestemming/,
    ],
    [
      'an invalid e-mail address of a service point',
      'service-points',
      {
        name: 'WSP',
        shortName: 'WSP',
        region: 'Regio',
        description: 'Helpt werkgevers.',
        email: 'geen-adres',
        website: 'https://example.org/',
      },
      'email',
      /E-mailadres: geef een geldig e-mailadres/,
    ],
    [
      'a task list with two tasks under one code',
      'task-lists',
      {
        ...validTaskList,
        tasks: [...validTaskList.tasks, { id: 'inpakken', label: 'Nog eens', package: 'inpakken' }],
      },
      'tasks',
      /Taken: elke taak heeft een eigen code/,
    ],
    [
      'a task list with too few tasks for a scan',
      'task-lists',
      { ...validTaskList, tasks: validTaskList.tasks.slice(0, 2) },
      'tasks',
      /Taken: geef er minstens 4/,
    ],
    [
      'a task with a code an address cannot carry',
      'task-lists',
      {
        ...validTaskList,
        tasks: [{ ...validTaskList.tasks[0], id: 'Dozen vouwen' }, ...validTaskList.tasks.slice(1)],
      },
      'tasks.0.id',
      /Code van de taak: alleen kleine letters/,
    ],
    [
      'a task in a package that does not exist',
      'task-lists',
      {
        ...validTaskList,
        tasks: [{ ...validTaskList.tasks[0], package: 'koffie' }, ...validTaskList.tasks.slice(1)],
      },
      'tasks.0.package',
      /Takenpakket: kies een van/,
    ],
    [
      'a story with a theme the site does not know',
      'stories',
      { ...validStory, themes: ['duurzaamheid'] },
      'themes.0',
      /Thema: kies een van functiecreatie/,
    ],
  ];

  it.each(cases)('%s', (_name, collection, data, path, message) => {
    const issues = issuesOf(collection, data);
    expect(issues.map((issue) => issue.path)).toContain(path);
    expect(issues.find((issue) => issue.path === path)?.message).toMatch(message);
  });
});
