/**
 * The staff view's counts (/beheer/resultaten/): how many registrations, per event, place, credit
 * and week, each split by kind. Counted by SQL over the store's indexes (migration 6), plus the
 * tallies that retention leaves behind, so a deleted registration still counts. Counts only:
 * nothing here can name a person. Every kind counts, including kinds added later.
 *
 * Weeks (ISO, "2026-W48") and periods are in UTC, as the store keeps its times.
 */
import type { SignupStore } from './store.ts';

/** One grouping: its columns in the registrations table and in the tallies table. */
interface Grouping {
  /** SQL expressions for the group's keys, in registrations and in registration_tallies. */
  live: readonly string[];
  tally: readonly string[];
  /** Only rows that have this grouping's key (credit groupings skip uncredited rows). */
  liveWhere?: string;
  tallyWhere?: string;
}

export const groupings = {
  kind: { live: [], tally: [] },
  event: { live: ['event_id'], tally: ['event_id'] },
  place: { live: ['municipality', 'service_point'], tally: ['municipality', 'service_point'] },
  ambassador: {
    live: ['via'],
    tally: ['via'],
    liveWhere: 'via IS NOT NULL',
    tallyWhere: "via <> ''",
  },
  channel: {
    live: ['channel'],
    tally: ['channel'],
    liveWhere: 'channel IS NOT NULL',
    tallyWhere: "channel <> ''",
  },
  page: {
    live: ['landing_page'],
    tally: ['landing_page'],
    liveWhere: 'landing_page IS NOT NULL',
    tallyWhere: "landing_page <> ''",
  },
  // Counted per day by SQL (in the period index's own order), then folded into ISO weeks here:
  // cheaper than a date function on every row.
  week: { live: ['substr(created_at, 1, 10)'], tally: ['day'] },
} as const satisfies Record<string, Grouping>;

export type GroupingName = keyof typeof groupings;
export const groupingNames = Object.keys(groupings) as GroupingName[];

export interface CountRow {
  /** The group's keys, in the grouping's order (empty for `kind`). */
  keys: string[];
  kind: string;
  /** Registrations stored (a repeat is declined, never stored: it never counts twice). */
  registrations: number;
  /** Of those, on the waitlist of their event. */
  waitlist: number;
  /** People they bring (an event signup's attendees; 1 for other kinds). */
  people: number;
}

/** A half-open period [from, to) of UTC instants; without one, everything. */
export interface Period {
  from: Date;
  to: Date;
}

/** The SQL and its parameters for one grouping over one period. */
export function countQuery(name: GroupingName, period?: Period): { sql: string; params: string[] } {
  const grouping: Grouping = groupings[name];
  const keys = grouping.live.map((_, index) => `k${index}`);
  const select = (columns: readonly string[]) =>
    [...columns.map((column, index) => `${column} AS k${index}`), 'kind'].join(', ');
  const groupBy = [...keys, 'kind'].join(', ');
  // Without a period, no condition on the time: SQLite then reads the grouping's own index.
  const where = (conditions: (string | undefined)[]) => {
    const kept = conditions.filter(Boolean);
    return kept.length > 0 ? `WHERE ${kept.join(' AND ')}` : '';
  };
  const liveWhere = where([
    ...(period ? ['created_at >= ?', 'created_at < ?'] : []),
    grouping.liveWhere,
  ]);
  const tallyWhere = where([...(period ? ['day >= ?', 'day < ?'] : []), grouping.tallyWhere]);
  const sql = `
    SELECT ${groupBy}, SUM(n) AS registrations, SUM(w) AS waitlist, SUM(p) AS people FROM (
      SELECT ${select(grouping.live)}, COUNT(*) AS n,
             SUM(CASE WHEN status = 'wachtlijst' THEN 1 ELSE 0 END) AS w, SUM(attendees) AS p
        FROM registrations ${liveWhere} GROUP BY ${groupBy}
      UNION ALL
      SELECT ${select(grouping.tally)}, SUM(registrations) AS n,
             SUM(CASE WHEN status = 'wachtlijst' THEN registrations ELSE 0 END) AS w,
             SUM(people) AS p
        FROM registration_tallies ${tallyWhere} GROUP BY ${groupBy}
    ) AS counted GROUP BY ${groupBy} ORDER BY ${name === 'week' ? 'k0, kind' : `registrations DESC, ${groupBy}`}`;
  if (!period) return { sql, params: [] };
  const from = period.from.toISOString();
  const to = period.to.toISOString();
  // The tallies keep the day; a period starts and ends at midnight UTC (a month, a week).
  return { sql, params: [from, to, from.slice(0, 10), to.slice(0, 10)] };
}

/** The ISO week ("2026-W48") of a day ("2026-11-27"). */
export function isoWeekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  // The Thursday of the same week decides the year (ISO 8601).
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  // That Thursday's day of the year (from 0), in whole weeks: week 1 holds the first Thursday.
  const week = 1 + Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Days folded into their weeks, kinds kept apart, in order of week and kind. */
function byWeek(days: CountRow[]): CountRow[] {
  const weeks = new Map<string, CountRow>();
  for (const row of days) {
    const week = isoWeekOf(row.keys[0] ?? '');
    const key = `${week}|${row.kind}`;
    const sum = weeks.get(key) ?? {
      keys: [week],
      kind: row.kind,
      registrations: 0,
      waitlist: 0,
      people: 0,
    };
    sum.registrations += row.registrations;
    sum.waitlist += row.waitlist;
    sum.people += row.people;
    weeks.set(key, sum);
  }
  return [...weeks.values()].sort(
    (a, b) => (a.keys[0] ?? '').localeCompare(b.keys[0] ?? '') || a.kind.localeCompare(b.kind),
  );
}

/** Counts registrations by one grouping, each group split by kind. */
export async function countBy(
  store: Pick<SignupStore, 'count'>,
  name: GroupingName,
  period?: Period,
): Promise<CountRow[]> {
  const { sql, params } = countQuery(name, period);
  const width = groupings[name].live.length;
  const rows = (await store.count(sql, ...params)).map((row) => ({
    keys: Array.from({ length: width }, (_, index) => String(row[`k${index}`])),
    kind: String(row['kind']),
    registrations: Number(row['registrations']),
    waitlist: Number(row['waitlist']),
    people: Number(row['people']),
  }));
  return name === 'week' ? byWeek(rows) : rows;
}

export type Counts = Record<GroupingName, CountRow[]>;

/** Every grouping the staff view shows. */
export async function allCounts(
  store: Pick<SignupStore, 'count'>,
  period?: Period,
): Promise<Counts> {
  const counts = await Promise.all(groupingNames.map((name) => countBy(store, name, period)));
  return Object.fromEntries(groupingNames.map((name, index) => [name, counts[index]])) as Counts;
}

/** The calendar month "2026-12" as a period in UTC, or undefined when it is not one. */
export function monthPeriod(month: string): Period | undefined {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) return undefined;
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  return { from: new Date(Date.UTC(year, index, 1)), to: new Date(Date.UTC(year, index + 1, 1)) };
}
