/**
 * The regulations' change notes as an Atom feed (RFC 4287), so employers, accountants and WSP
 * staff can follow them in any feed reader. Atom rather than RSS because it requires a stable id
 * and an update time per entry, which is exactly what a reader needs to show a change once.
 */
import { changesHref, type RegulationChange } from './regulation-changes.ts';

export interface ChangesFeed {
  /** The site's public address; every link in the feed is absolute. */
  site: URL;
  /** Path of the feed itself and of the page it mirrors. */
  feedPath: string;
  pagePath: string;
  title: string;
  subtitle: string;
  author: string;
  /** Newest first, as `allChanges` returns them. */
  changes: readonly RegulationChange[];
  /**
   * The feed's own update time when there are no changes yet: a date from content (the newest
   * review date), because the build clock would make every rebuild look like news.
   */
  fallbackUpdated: string;
}

const xmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text made safe for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => xmlEscapes[character] ?? character);
}

/**
 * A calendar date as an Atom date-time. Noon UTC is the same calendar day in every European zone,
 * and the stories' RSS feed uses the same convention.
 */
export function atomDate(calendarDate: string): string {
  return `${calendarDate}T12:00:00Z`;
}

/**
 * A tag URI (RFC 4151) for a change: it names the regulation and the change's key, not a page
 * address or the summary's words, so moving the notes on the page or correcting a typo never
 * makes a reader show the change again.
 */
export function changeId(site: URL, change: RegulationChange): string {
  return `tag:${site.hostname},${change.date}:regelingen/${change.regulationId}/wijziging/${change.key}`;
}

function entry(feed: ChangesFeed, change: RegulationChange): string {
  const link = new URL(changesHref(change.regulationId), feed.site).href;
  return [
    '  <entry>',
    `    <id>${escapeXml(changeId(feed.site, change))}</id>`,
    `    <title>${escapeXml(`Wijziging in ${change.regulationTitle}`)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
    `    <updated>${atomDate(change.date)}</updated>`,
    `    <published>${atomDate(change.date)}</published>`,
    `    <summary type="text">${escapeXml(change.summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

/** The whole feed as an XML document. */
export function atomFeed(feed: ChangesFeed): string {
  const updated = feed.changes.reduce(
    (newest, change) => (change.date > newest ? change.date : newest),
    feed.changes.length > 0 ? '' : feed.fallbackUpdated,
  );
  const self = new URL(feed.feedPath, feed.site).href;
  const page = new URL(feed.pagePath, feed.site).href;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <id>${escapeXml(page)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>`,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...feed.changes.map((change) => entry(feed, change)),
    '</feed>',
    '',
  ].join('\n');
}
