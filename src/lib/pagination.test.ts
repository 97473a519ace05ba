import { describe, expect, it } from 'vitest';
import { pageCountOf, pageItems, pageMarks, pagePath } from './pagination.ts';

describe('pagePath', () => {
  it('keeps page 1 at the list’s own address', () => {
    expect(pagePath('/verhalen/', 1)).toBe('/verhalen/');
    expect(pagePath('/verhalen/sector/ict/', 1)).toBe('/verhalen/sector/ict/');
  });

  it('puts later pages under pagina/<n>/', () => {
    expect(pagePath('/verhalen/', 2)).toBe('/verhalen/pagina/2/');
    expect(pagePath('/verhalen/sector/ict/', 12)).toBe('/verhalen/sector/ict/pagina/12/');
  });
});

describe('pageCountOf and pageItems', () => {
  it('needs one page for up to a page full, and one more for each part beyond', () => {
    expect(pageCountOf(0, 24)).toBe(1);
    expect(pageCountOf(24, 24)).toBe(1);
    expect(pageCountOf(25, 24)).toBe(2);
    expect(pageCountOf(5000, 24)).toBe(209);
  });

  it('hands out every item exactly once, in order', () => {
    const items = Array.from({ length: 50 }, (_, index) => index);
    const pages = [1, 2, 3].map((page) => pageItems(items, page, 24));
    expect(pages.map((page) => page.length)).toEqual([24, 24, 2]);
    expect(pages.flat()).toEqual(items);
  });
});

describe('pageMarks', () => {
  it('lists every page when there are few', () => {
    expect(pageMarks(1, 1)).toEqual([1]);
    expect(pageMarks(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps first, last and the neighbours of the current page, with gaps between', () => {
    expect(pageMarks(100, 209)).toEqual([1, 'gap', 98, 99, 100, 101, 102, 'gap', 209]);
    expect(pageMarks(1, 209)).toEqual([1, 2, 3, 'gap', 209]);
    expect(pageMarks(209, 209)).toEqual([1, 'gap', 207, 208, 209]);
  });

  it('shows a single left-out page as its number, not as a gap', () => {
    expect(pageMarks(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageMarks(4, 20)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 20]);
  });
});
