/**
 * No share card cuts its text off: every card the build draws from the shipped content shows its
 * title and subtitle whole, inside the card and clear of the footer; so do the cards of entries
 * whose every field is as long as its schema allows (where a subtitle may be left off whole). The cards come from the same
 * `shareEntries()` and `campaignCard()` the /deel/ routes draw, fed with content/ read through the
 * real schemas.
 */
import type { SatoriNode } from 'satori';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../tests/support/site-content.ts';
import type { SiteContent } from './content.ts';
import { campaignCard, shareEntries } from './share-cards.ts';
import {
  fitCardText,
  renderShareSvg,
  shareImageSize,
  textWidth,
  type ShareCard,
} from './share-image.tsx';

/** What is wrong with the text of a card, in words; empty when it all shows whole. */
async function textProblems(card: ShareCard): Promise<string[]> {
  const width = textWidth(card.picture !== undefined);
  const fit = await fitCardText(card, width);
  const problems: string[] = [];
  if (!fit.fits) problems.push('title and subtitle do not fit whole at the smallest sizes');
  const boxes = new Map<string, SatoriNode>();
  await renderShareSvg(card, (node) => {
    if (typeof node.key === 'string') boxes.set(node.key, node);
  });
  const footer = boxes.get('footer');
  if (!footer) return [...problems, 'no footer'];
  let bottom = 0;
  for (const key of ['title', 'subtitle', 'quote']) {
    const box = boxes.get(key);
    if (!box) continue;
    if (box.top < bottom) problems.push(`${key} overlaps the text above it`);
    if (box.width > width) problems.push(`${key} is ${box.width}px wide, the column ${width}px`);
    bottom = box.top + box.height;
  }
  if (bottom > footer.top) problems.push(`the text runs ${bottom - footer.top}px into the footer`);
  if (footer.top + footer.height > shareImageSize.height) problems.push('the footer is cut off');
  return problems;
}

/** Every card the build draws, by the address of its PNG. */
function cardsOf(content: SiteContent): [string, ShareCard][] {
  return [
    ...shareEntries(content).map((entry): [string, ShareCard] => [
      `/deel/${entry.collection}/${entry.slug}.png`,
      entry.card,
    ]),
    ['/deel/campagne.png', campaignCard(content)],
  ];
}

/** Dutch words, long ones among them, as far as `length` characters go (never more). */
function longText(length: number): string {
  const words = [
    'Werkgeversservicepunt',
    'helpt',
    'werkgevers',
    'met',
    'loonkostensubsidie',
    'en',
    'een',
    'proefplaatsing',
    'voor',
    'arbeidsbeperking',
  ];
  let text = '';
  for (let index = 0; ; index++) {
    const next = `${text}${text ? ' ' : ''}${words[index % words.length]}`;
    if (next.length > length) return text;
    text = next;
  }
}

/** The shipped content with every field on a card as long as its schema allows. */
function longestContent(content: SiteContent): SiteContent {
  const municipalities = content.municipalities.map((entry) => ({
    ...entry,
    data: { ...entry.data, name: longText(60) },
  }));
  return {
    ...content,
    settings: { ...content.settings, slogan: longText(120), description: longText(160) },
    stories: content.stories.map((entry) => ({
      ...entry,
      data: {
        ...entry.data,
        title: longText(90),
        employer: { ...entry.data.employer, name: longText(80) },
      },
    })),
    regulations: content.regulations.map((entry) => ({
      ...entry,
      data: { ...entry.data, title: longText(80), promise: longText(160) },
    })),
    ambassadors: content.ambassadors.map((entry) => ({
      ...entry,
      data: {
        ...entry.data,
        name: longText(80),
        role: longText(100),
        organisation: longText(100),
      },
    })),
    events: content.events.map((entry) => ({
      ...entry,
      data: {
        ...entry.data,
        title: longText(90),
        ...(entry.data.venue ? { venue: { ...entry.data.venue, city: longText(60) } } : {}),
      },
    })),
    municipalities,
  };
}

const shipped = loadSiteContent();

describe('share cards of the shipped content', () => {
  const cards = cardsOf(shipped);

  it('are all checked: one per story, regulation, ambassador, event and municipality', () => {
    const { stories, regulations, ambassadors, events, municipalities } = shipped;
    expect(cards).toHaveLength(
      [stories, regulations, ambassadors, events, municipalities].flat().length + 1,
    );
  });

  it.each(cards)('%s shows its text whole, the subtitle too', async (_path, card) => {
    expect(await textProblems(card)).toEqual([]);
    const fit = await fitCardText(card, textWidth(card.picture !== undefined));
    expect(fit.showSubtitle).toBe(card.subtitle !== undefined);
  });
});

describe('share cards with every field as long as the schemas allow', () => {
  // One card of each kind is enough: they differ only in their words.
  const kinds = new Map<string, [string, ShareCard]>();
  for (const [path, card] of cardsOf(longestContent(shipped))) {
    const kind = path.split('/')[2] ?? path;
    if (!kinds.has(kind)) kinds.set(kind, [path, card]);
  }

  it.each([...kinds.values()])('%s shows its text whole', async (_path, card) => {
    expect(await textProblems(card)).toEqual([]);
  });
});

describe('the check itself', () => {
  it('finds a title longer than any schema allows, which the card can only cut off', async () => {
    const [, card] = cardsOf(shipped)[0]!;
    const problems = await textProblems({ ...card, title: longText(400) });
    expect(problems).toContain('title and subtitle do not fit whole at the smallest sizes');
  });
});
