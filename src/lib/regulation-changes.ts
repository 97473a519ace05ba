/**
 * Change notes of the regulations: what changed and when, per regulation and for all of them
 * together (the overview page and its feed). Dates are calendar dates from content, never the
 * build clock, so a rebuild never makes an old change look new.
 */

/** The overview of all change notes, and its Atom feed. */
export const CHANGES_PATH = '/regelingen/wijzigingen/';
export const CHANGES_FEED_PATH = '/regelingen/wijzigingen.xml';

/** One change note as it is written in a regulation entry. */
export interface ChangeNote {
  date: string;
  summary: string;
}

/** What the overview needs of a regulation: its address, title and change notes. */
export interface RegulationWithChanges {
  id: string;
  title: string;
  changes: readonly ChangeNote[];
}

/** A change note with the regulation it belongs to, and a key that stays the same across builds. */
export interface RegulationChange extends ChangeNote {
  regulationId: string;
  regulationTitle: string;
  /**
   * `<date>-<n>`: the n-th change of this regulation on that date, counted in the order of the
   * file. Rewording a summary keeps it, so feed readers do not show a corrected note as new.
   */
  key: string;
}

/** A month of changes on the overview page, e.g. "november 2026". */
export interface ChangeMonth {
  /** "YYYY-MM". */
  month: string;
  label: string;
  changes: RegulationChange[];
}

const newestFirst = (a: ChangeNote, b: ChangeNote) => b.date.localeCompare(a.date);

/** The change notes of one regulation, newest first; notes of one day keep the file's order. */
export function changesNewestFirst<T extends ChangeNote>(changes: readonly T[]): T[] {
  // Array.prototype.sort is stable, so same-day notes stay as the editor wrote them.
  return [...changes].sort(newestFirst);
}

/** Every change note of every regulation, newest first; on one day by regulation title. */
export function allChanges(regulations: readonly RegulationWithChanges[]): RegulationChange[] {
  const notes = regulations.flatMap((regulation) => {
    const seenPerDate = new Map<string, number>();
    return regulation.changes.map((change) => {
      const n = (seenPerDate.get(change.date) ?? 0) + 1;
      seenPerDate.set(change.date, n);
      return {
        ...change,
        regulationId: regulation.id,
        regulationTitle: regulation.title,
        key: `${change.date}-${n}`,
      };
    });
  });
  return notes.sort(
    (a, b) => newestFirst(a, b) || a.regulationTitle.localeCompare(b.regulationTitle, 'nl'),
  );
}

const monthName = new Intl.DateTimeFormat('nl-NL', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Changes (already newest first) grouped by calendar month, keeping their order. */
export function groupByMonth(changes: readonly RegulationChange[]): ChangeMonth[] {
  const months: ChangeMonth[] = [];
  for (const change of changes) {
    const month = change.date.slice(0, 7);
    let group = months.at(-1);
    if (group?.month !== month) {
      group = { month, label: monthName.format(new Date(`${month}-01T12:00:00Z`)), changes: [] };
      months.push(group);
    }
    group.changes.push(change);
  }
  return months;
}

/** The id of the change notes' section on a regulation page, and its address. */
export const CHANGES_ANCHOR = 'wijzigingen';

export function changesHref(regulationId: string): string {
  return `/regelingen/${regulationId}/#${CHANGES_ANCHOR}`;
}

/**
 * What the overview and the feed need of the regulations. The newest review date stands in as
 * the feed's update time while no regulation has a change note yet.
 */
export function changesOf(
  regulations: readonly {
    id: string;
    data: { title: string; reviewedOn: string; changes: ChangeNote[] };
  }[],
) {
  return {
    changes: allChanges(
      regulations.map(({ id, data }) => ({ id, title: data.title, changes: data.changes })),
    ),
    newestReview: regulations.reduce(
      (newest, { data }) => (data.reviewedOn > newest ? data.reviewedOn : newest),
      '',
    ),
  };
}
