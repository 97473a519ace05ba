/**
 * Splitting a long list over numbered pages with addresses of their own: page 1 stays at the
 * list's own address, later pages live under `pagina/<n>/`. Pure functions, no content.
 */

/** Stories per listing page: enough to browse, few enough to keep a page light on a phone. */
export const storiesPerPage = 24;

/** The address of page `page` of the list at `basePath` (which ends in a slash). */
export function pagePath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}pagina/${page}/`;
}

/** How many pages `total` items need; an empty list still has its one (empty) page. */
export function pageCountOf(total: number, perPage: number = storiesPerPage): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The items on page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, perPage = storiesPerPage): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

/** A numbered link, or a gap ("…") between numbers that are left out. */
export type PageMark = number | 'gap';

/**
 * The page numbers to link from page `current`: the first and last page, and the pages around
 * the current one, with a gap where numbers are left out. With 200 pages a visitor gets about
 * nine links instead of 200; a gap is only used where it hides at least two pages.
 */
export function pageMarks(current: number, count: number, around = 2): PageMark[] {
  const shown = new Set<number>([1, count]);
  for (let page = current - around; page <= current + around; page++) {
    if (page >= 1 && page <= count) shown.add(page);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const marks: PageMark[] = [];
  for (const page of sorted) {
    const previous = marks.at(-1);
    if (typeof previous === 'number' && page - previous === 2) marks.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) marks.push('gap');
    marks.push(page);
  }
  return marks;
}
