import { describe, expect, it } from 'vitest';
import { separateBlocks } from './search-text.ts';

describe('separateBlocks', () => {
  it('separates a term from its description, as they look on screen', () => {
    expect(separateBlocks('<dl><dt>Waar</dt><dd>Ondernemerscentrum</dd></dl>')).toBe(
      '<dl><dt>Waar</dt> <dd>Ondernemerscentrum</dd> </dl>',
    );
  });

  it('separates two descriptions of one term', () => {
    expect(separateBlocks('<dd>€ 2.000 per jaar</dd><dd>Zolang</dd>')).toBe(
      '<dd>€ 2.000 per jaar</dd> <dd>Zolang</dd> ',
    );
  });

  it('separates table cells and lines broken with <br>', () => {
    expect(separateBlocks('<td>a</td><td>b</td>x<br>y<BR/>z')).toBe(
      '<td>a</td> <td>b</td> x<br> y<BR/> z',
    );
  });

  it('separates a quote from the name under it', () => {
    expect(separateBlocks('<blockquote>“Fijn.”</blockquote><figcaption>Een lid</figcaption>')).toBe(
      '<blockquote>“Fijn.”</blockquote> <figcaption>Een lid</figcaption> ',
    );
  });

  it('leaves inline elements inside a word alone', () => {
    const html = '<p>werk<em>gever</em> en <span>Voorbeeld</span></p>';
    expect(separateBlocks(html)).toBe(html);
  });
});
