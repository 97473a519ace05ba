import { describe, expect, it } from 'vitest';
import {
  onDemandContentJson,
  parseOnDemandContent,
  type OnDemandContent,
} from './on-demand-content.ts';

const event = {
  id: 'ontbijt',
  collection: 'events',
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

const content = {
  settings: { campaignName: 'Iedereen doet mee', since: new Date('2026-01-01T00:00:00Z') },
  events: [event],
  municipalities: [],
  servicePoints: [],
  regulations: [],
  ambassadors: [],
} as unknown as OnDemandContent;

describe('on-demand content', () => {
  it('comes back from its JSON with its dates as Date objects', () => {
    const back = parseOnDemandContent(onDemandContentJson(content));
    const [backEvent] = back.events;
    expect(backEvent?.data.start).toEqual(new Date('2026-12-10T07:00:00Z'));
    expect(backEvent?.data.start).toBeInstanceOf(Date);
    expect((back.settings as unknown as { since: Date }).since).toBeInstanceOf(Date);
    expect(backEvent?.data).toEqual(event.data);
    expect(backEvent?.body).toBe('Kom ontbijten.');
  });

  it('leaves out the rendered HTML and everything but the listed collections', () => {
    const json = onDemandContentJson({ ...content, stories: [event] } as OnDemandContent);
    expect(json).not.toContain('<p>');
    expect(Object.keys(JSON.parse(json) as object).sort()).toEqual([
      'ambassadors',
      'events',
      'municipalities',
      'regulations',
      'servicePoints',
      'settings',
    ]);
  });

  it('keeps an object that only looks like a date as it is when it has more keys', () => {
    const odd = { ...content, settings: { $date: 'x', other: 1 } } as unknown as OnDemandContent;
    expect(parseOnDemandContent(onDemandContentJson(odd)).settings).toEqual({
      $date: 'x',
      other: 1,
    });
  });
});
