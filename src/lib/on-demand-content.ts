/**
 * The part of the content that on-demand routes read: settings, events, municipalities, service
 * points, regulations and ambassadors, but no stories or pages. The build writes it as one small
 * JSON file (src/pages/on-demand-content.json.ts, moved out of the public folder by
 * src/integrations/on-demand-content.ts) and the server reads it once at its start, so that no
 * request loads Astro's whole content store: with thousands of stories that store is tens of MB
 * parsed on the first request and kept in memory for good.
 */
import type { SiteContent } from './content.ts';

export type OnDemandContent = Pick<
  SiteContent,
  'settings' | 'events' | 'municipalities' | 'servicePoints' | 'regulations' | 'ambassadors'
>;

/** Where the file lies in a build, beside the server's code (never served). */
export const ON_DEMAND_CONTENT_FILE = 'on-demand-content.json';

/** JSON has no dates: they travel as `{ "$date": "<ISO>" }` and come back as Date objects. */
const DATE_KEY = '$date';

/** The entries without their rendered HTML, which no on-demand route shows. */
function withoutRendered<T extends { rendered?: unknown }>(entries: readonly T[]): T[] {
  return entries.map(({ rendered: _rendered, ...entry }) => entry as T);
}

export function onDemandContentJson(content: OnDemandContent): string {
  const subset: OnDemandContent = {
    settings: content.settings,
    events: withoutRendered(content.events),
    municipalities: withoutRendered(content.municipalities),
    servicePoints: withoutRendered(content.servicePoints),
    regulations: withoutRendered(content.regulations),
    ambassadors: withoutRendered(content.ambassadors),
  };
  return JSON.stringify(subset, function (this: Record<string, unknown>, key, value: unknown) {
    // `value` is already the date's toJSON() string; the holder still has the Date itself.
    const raw = this[key];
    return raw instanceof Date ? { [DATE_KEY]: raw.toISOString() } : value;
  });
}

export function parseOnDemandContent(json: string): OnDemandContent {
  return JSON.parse(json, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value);
      const iso = (value as Record<string, unknown>)[DATE_KEY];
      if (keys.length === 1 && typeof iso === 'string') return new Date(iso);
    }
    return value;
  }) as OnDemandContent;
}
