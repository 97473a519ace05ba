import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, changeId, escapeXml, type ChangesFeed } from './changes-feed.ts';
import { allChanges } from './regulation-changes.ts';

const site = new URL('https://werkgevers.regioamersfoort.nl');

function feed(overrides: Partial<ChangesFeed> = {}): ChangesFeed {
  return {
    site,
    feedPath: '/regelingen/wijzigingen.xml',
    pagePath: '/regelingen/wijzigingen/',
    title: 'Wijzigingen in de regelingen',
    subtitle: 'Wat er veranderde in de regelingen voor werkgevers.',
    author: 'Regio Amersfoort',
    changes: allChanges([
      {
        id: 'loonkostenvoordeel',
        title: 'Loonkostenvoordeel (LKV)',
        changes: [
          { date: '2026-01-01', summary: 'Het LKV oudere werknemer is afgeschaft.' },
          { date: '2026-11-20', summary: 'Bedragen <2026> & "bronnen" bijgewerkt.' },
        ],
      },
      {
        id: 'jobcoach',
        title: 'Jobcoach & begeleiding',
        changes: [{ date: '2026-03-15', summary: 'Nieuwe contactpersoon.' }],
      },
    ]),
    fallbackUpdated: '2025-06-01',
    ...overrides,
  };
}

describe('atomFeed', () => {
  it('is read by a feed parser as Atom, with the title and addresses of the page', () => {
    const parsed = parseFeed(atomFeed(feed()));
    expect(parsed.meta.type).toBe('atom');
    expect(parsed.title).toBe('Wijzigingen in de regelingen');
    expect(parsed.url).toBe('https://werkgevers.regioamersfoort.nl/regelingen/wijzigingen/');
    expect(parsed.self).toBe('https://werkgevers.regioamersfoort.nl/regelingen/wijzigingen.xml');
  });

  it('has one entry per change, newest first, with title, link, date and summary', () => {
    const parsed = parseFeed(atomFeed(feed()));
    expect(parsed.items.map((item) => [item.title, item.url, item.updated?.toISOString()])).toEqual(
      [
        [
          'Wijziging in Loonkostenvoordeel (LKV)',
          'https://werkgevers.regioamersfoort.nl/regelingen/loonkostenvoordeel/#wijzigingen',
          '2026-11-20T12:00:00.000Z',
        ],
        [
          'Wijziging in Jobcoach & begeleiding',
          'https://werkgevers.regioamersfoort.nl/regelingen/jobcoach/#wijzigingen',
          '2026-03-15T12:00:00.000Z',
        ],
        [
          'Wijziging in Loonkostenvoordeel (LKV)',
          'https://werkgevers.regioamersfoort.nl/regelingen/loonkostenvoordeel/#wijzigingen',
          '2026-01-01T12:00:00.000Z',
        ],
      ],
    );
    expect(parsed.items[0]?.description).toBe('Bedragen <2026> & "bronnen" bijgewerkt.');
  });

  it('gives every entry a different id that names the regulation and the change', () => {
    const ids = parseFeed(atomFeed(feed())).items.map((item) => item.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe(
      'tag:werkgevers.regioamersfoort.nl,2026-11-20:regelingen/loonkostenvoordeel/wijziging/2026-11-20-1',
    );
  });

  it('is updated on the date of the newest change, whatever order it was given', () => {
    const changes = [...feed().changes].reverse();
    expect(parseFeed(atomFeed(feed({ changes }))).updated?.toISOString()).toBe(
      '2026-11-20T12:00:00.000Z',
    );
  });

  it('takes the fallback date from content when there are no changes, and has no entries', () => {
    const parsed = parseFeed(atomFeed(feed({ changes: [] })));
    expect(parsed.updated?.toISOString()).toBe('2025-06-01T12:00:00.000Z');
    expect(parsed.items).toEqual([]);
  });
});

describe('changeId', () => {
  it('stays the same when the summary is reworded', () => {
    const [change] = feed().changes;
    if (!change) throw new Error('fixture has changes');
    expect(changeId(site, { ...change, summary: 'Anders gezegd.' })).toBe(changeId(site, change));
  });
});

describe('escapeXml', () => {
  it('escapes the five characters XML reserves', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
