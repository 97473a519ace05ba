/**
 * The staff view's tables (/beheer/resultaten/, its CSV and the monthly report): the counts of
 * src/lib/registrations/result-counts.ts with Dutch headings and names instead of ids. Counts
 * only, never a person.
 */
import { csvField } from '../registrations/export.ts';
import type { shareChannels } from '../registrations/credit.ts';
import type { CountRow, Counts, GroupingName } from '../registrations/result-counts.ts';

export interface ResultTable {
  id: GroupingName;
  title: string;
  /** What the count means, in one sentence. */
  explain: string;
  keyHeadings: string[];
  rows: { keys: string[]; kind: string; registrations: number; waitlist: number; people: number }[];
}

/** Names for the ids in the store; an id without a name is shown as it is. */
export interface ResultNames {
  events: ReadonlyMap<string, string>;
  servicePoints: ReadonlyMap<string, string>;
  ambassadors: ReadonlyMap<string, string>;
}

/** Kinds the site knows; a kind added later shows under its own name until it gets one here. */
const kindLabels: Record<string, string> = {
  aanmelding: 'Aanmelding',
  contactverzoek: 'Aannameplan',
  analyseverzoek: 'Analyseverzoek',
  koffieverzoek: 'Koffieverzoek',
};

const channelLabels: Record<(typeof shareChannels)[number], string> = {
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  email: 'E-mail',
  poster: 'Poster (QR-code)',
};

export const kindLabel = (kind: string) => kindLabels[kind] ?? kind;

const named = (names: ReadonlyMap<string, string>) => (id: string) => names.get(id) ?? id;

const specs: Record<
  GroupingName,
  {
    title: string;
    explain: string;
    keyHeadings: string[];
    name?: (names: ResultNames) => (key: string, index: number) => string;
  }
> = {
  kind: {
    title: 'Per soort',
    explain:
      'Alle aanmeldingen en verzoeken, per soort. Aanmelding: voor een bijeenkomst. Aannameplan: een plan uit de regelingenwijzer voor het WSP.',
    keyHeadings: [],
  },
  event: {
    title: 'Per bijeenkomst of bron',
    explain: 'Aanmeldingen per bijeenkomst, met de wachtlijst; verzoeken per formulier.',
    keyHeadings: ['Bijeenkomst of bron'],
    name: (names) => named(names.events),
  },
  place: {
    title: 'Per gemeente en servicepunt',
    explain: 'De gemeente die de werkgever koos, en het WSP dat de aanmelding kreeg.',
    keyHeadings: ['Gemeente', 'Servicepunt'],
    name: (names) => (key, index) => (index === 1 ? named(names.servicePoints)(key) : key),
  },
  ambassador: {
    title: 'Per ambassadeur',
    explain: 'Aanmeldingen en verzoeken via een link van een ambassadeur (?via=).',
    keyHeadings: ['Ambassadeur'],
    name: (names) => named(names.ambassadors),
  },
  channel: {
    title: 'Per kanaal',
    explain: 'Het kanaal van de gedeelde link (?kanaal=): LinkedIn, WhatsApp, e-mail of poster.',
    keyHeadings: ['Kanaal'],
    name: () => (key) => channelLabels[key as keyof typeof channelLabels] ?? key,
  },
  page: {
    title: 'Per pagina die de bezoeker bracht',
    explain: 'De pagina waar een gedeelde link de bezoeker binnenbracht.',
    keyHeadings: ['Pagina'],
  },
  week: {
    title: 'Per week',
    explain: 'Aanmeldingen en verzoeken per week waarin ze binnenkwamen (ISO-week, UTC).',
    keyHeadings: ['Week'],
  },
};

/** The tables in the order the staff view shows them. */
export function resultTables(counts: Counts, names: ResultNames): ResultTable[] {
  return (Object.keys(specs) as GroupingName[]).map((id) => {
    const spec = specs[id];
    const name = spec.name?.(names) ?? ((key: string) => key);
    return {
      id,
      title: spec.title,
      explain: spec.explain,
      keyHeadings: spec.keyHeadings,
      rows: counts[id].map((row: CountRow) => ({
        ...row,
        keys: row.keys.map((key, index) => name(key, index)),
        kind: kindLabel(row.kind),
      })),
    };
  });
}

/** Sums of a table's rows. */
export function totalsOf(table: ResultTable) {
  return table.rows.reduce(
    (sum, row) => ({
      registrations: sum.registrations + row.registrations,
      waitlist: sum.waitlist + row.waitlist,
      people: sum.people + row.people,
    }),
    { registrations: 0, waitlist: 0, people: 0 },
  );
}

/** Every table as one CSV (Dutch Excel: BOM, semicolons, CRLF), one line per row. */
export function resultsCsv(tables: readonly ResultTable[]): string {
  const header = ['Overzicht', 'Groep', 'Soort', 'Aantal', 'Wachtlijst', 'Personen'];
  const lines = [header.join(';')];
  for (const table of tables) {
    for (const row of table.rows) {
      lines.push(
        [table.title, row.keys.join(' / '), row.kind, row.registrations, row.waitlist, row.people]
          .map(csvField)
          .join(';'),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The weeks of the week table, every kind together, for the chart. */
export function weeklyBars(tables: readonly ResultTable[]): { label: string; value: number }[] {
  const weeks = new Map<string, number>();
  for (const row of tables.find((table) => table.id === 'week')?.rows ?? []) {
    const week = row.keys[0] ?? '';
    weeks.set(week, (weeks.get(week) ?? 0) + row.registrations);
  }
  return [...weeks].map(([label, value]) => ({ label, value }));
}
