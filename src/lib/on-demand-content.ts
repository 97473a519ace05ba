/**
 * The part of the content that on-demand routes read: settings, events, municipalities, service
 * points, regulations, the quick-scan's task lists and a few public fields of each ambassador,
 * but no stories or pages. The build writes it as one small JSON file
 * (src/pages/on-demand-content.json.ts, moved out of the public folder by
 * src/integrations/on-demand-content.ts) and the server reads it once at its start, so that no
 * request loads Astro's whole content store: with thousands of stories that store is tens of MB
 * parsed on the first request and kept in memory for good.
 */
import type { Ambassador, SiteContent, TaskListEntry } from './content.ts';

/**
 * What on-demand routes read of an ambassador: who they are (as on their public page) and
 * whether they take koffieverzoeken. Never the portrait, bio, LinkedIn profile or share texts.
 */
export interface OnDemandAmbassador {
  id: Ambassador['id'];
  data: Pick<
    Ambassador['data'],
    'name' | 'role' | 'organisation' | 'municipality' | 'openForCoffee'
  >;
}

/** A sector's task list for the quick-scan, as its pages read it (`entry.data`). */
export interface OnDemandTaskList {
  id: TaskListEntry['id'];
  data: TaskListEntry['data'];
}

export interface OnDemandContent extends Pick<
  SiteContent,
  'settings' | 'events' | 'municipalities' | 'servicePoints' | 'regulations'
> {
  ambassadors: OnDemandAmbassador[];
  taskLists: OnDemandTaskList[];
}

/** Where the file lies in a build, beside the server's code (never served). */
export const ON_DEMAND_CONTENT_FILE = 'on-demand-content.json';

/** JSON has no dates: they travel as `{ "$date": "<ISO>" }` and come back as Date objects. */
const DATE_KEY = '$date';

/**
 * The entries as on-demand routes read them: id, collection and data. Their Markdown body, its
 * rendered HTML and the file details are left out: no on-demand route shows them, and the bodies
 * alone were a quarter of the file.
 */
function entriesOf<T extends { id: string; collection: string; data: unknown }>(
  entries: readonly T[],
): T[] {
  return entries.map(({ id, collection, data }) => ({ id, collection, data }) as T);
}

function ambassadorOf({ id, data }: OnDemandAmbassador): OnDemandAmbassador {
  const { name, role, organisation, municipality, openForCoffee } = data;
  return { id, data: { name, role, organisation, municipality, openForCoffee } };
}

/**
 * The on-demand part of all content. The server's routes get it from the build's file; under
 * `astro dev` they get it from here, so they never see a field the file does not have.
 */
export function onDemandContentOf(content: OnDemandContent): OnDemandContent {
  return {
    settings: content.settings,
    events: entriesOf(content.events),
    municipalities: entriesOf(content.municipalities),
    servicePoints: entriesOf(content.servicePoints),
    regulations: entriesOf(content.regulations),
    ambassadors: content.ambassadors.map(ambassadorOf),
    taskLists: content.taskLists.map(({ id, data }) => ({ id, data })),
  };
}

export function onDemandContentJson(content: OnDemandContent): string {
  return JSON.stringify(
    onDemandContentOf(content),
    function (this: Record<string, unknown>, key, value: unknown) {
      // `value` is already the date's toJSON() string; the holder still has the Date itself.
      const raw = this[key];
      return raw instanceof Date ? { [DATE_KEY]: raw.toISOString() } : value;
    },
  );
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
