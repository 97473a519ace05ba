import { describe, expect, it } from 'vitest';
import {
  findAmountProblems,
  parsePlaceholder,
  placeholdersIn,
  resolveAmounts,
  type AmountSource,
} from './regulation-amounts.ts';

const sources: AmountSource[] = [
  {
    id: 'praktijkleren',
    title: 'Praktijkleren',
    reviewedOn: '2026-11-20',
    amounts: [{ label: 'Subsidieregeling praktijkleren', value: 'tot € 2.700 per leerplaats' }],
  },
  {
    id: 'loonkostenvoordeel',
    title: 'Loonkostenvoordeel (LKV)',
    reviewedOn: '2025-12-01',
    amounts: [
      { label: 'LKV doelgroep banenafspraak', value: '€ 1,01 per uur, hoogstens € 2.000 per jaar' },
      { label: 'LKV arbeidsgehandicapte werknemer', value: '€ 3,05 per uur' },
    ],
  },
  { id: 'jobcoach', title: 'Jobcoach', reviewedOn: '2026-11-20', amounts: [] },
];

describe('parsePlaceholder', () => {
  it('reads a regulation and the label of one of its amounts', () => {
    expect(parsePlaceholder('bedrag praktijkleren "Subsidieregeling praktijkleren"')).toEqual({
      kind: 'regulation',
      regulationId: 'praktijkleren',
      label: 'Subsidieregeling praktijkleren',
    });
  });

  it('reads the code the same after Markdown made the quotes curly and escaped them', () => {
    const expected = parsePlaceholder('bedrag praktijkleren "Subsidieregeling praktijkleren"');
    expect(parsePlaceholder('bedrag praktijkleren “Subsidieregeling praktijkleren”')).toEqual(
      expected,
    );
    expect(
      parsePlaceholder('bedrag praktijkleren &quot;Subsidieregeling praktijkleren&#34;'),
    ).toEqual(expected);
  });

  it('reads a code that was wrapped over two lines', () => {
    expect(parsePlaceholder('bedrag loonkostenvoordeel "LKV doelgroep\n  banenafspraak"')).toEqual({
      kind: 'regulation',
      regulationId: 'loonkostenvoordeel',
      label: 'LKV doelgroep banenafspraak',
    });
  });

  it('reads an employer’s own amount', () => {
    expect(parsePlaceholder('eigen bedrag "€ 1.200 per maand"')).toEqual({
      kind: 'own',
      text: '€ 1.200 per maand',
    });
  });

  it('does not guess at a code without quotes or with another word', () => {
    expect(parsePlaceholder('bedrag praktijkleren Subsidieregeling').kind).toBe('unknown');
    expect(parsePlaceholder('amount praktijkleren "Subsidieregeling praktijkleren"').kind).toBe(
      'unknown',
    );
  });
});

describe('resolveAmounts', () => {
  it('replaces a code with the amount’s value and the year it was checked', () => {
    expect(
      resolveAmounts(
        '<p>Subsidie: {{bedrag praktijkleren “Subsidieregeling praktijkleren”}}.</p>',
        sources,
      ),
    ).toBe('<p>Subsidie: tot € 2.700 per leerplaats (bedrag 2026).</p>');
  });

  it('takes the year from the regulation the amount belongs to', () => {
    expect(
      resolveAmounts('{{bedrag loonkostenvoordeel "LKV arbeidsgehandicapte werknemer"}}', sources),
    ).toBe('€ 3,05 per uur (bedrag 2025)');
  });

  it('shows an employer’s own amount as written, escaped for HTML', () => {
    expect(resolveAmounts('{{eigen bedrag "€ 500 <netto>"}}', sources)).toBe('€ 500 &lt;netto&gt;');
  });

  it('leaves HTML without codes as it was', () => {
    const html = '<p>Geen bedrag hier, wel {accolades}.</p>';
    expect(resolveAmounts(html, sources)).toBe(html);
  });

  it('refuses a code it cannot resolve rather than showing it to a reader', () => {
    expect(() => resolveAmounts('{{bedrag praktijkleren "Onbekend"}}', sources)).toThrow(
      /geen bedrag met de omschrijving "Onbekend"/,
    );
  });
});

describe('findAmountProblems', () => {
  const story = (body: string, data: unknown = {}) => ({
    filePath: 'content/stories/x.md',
    body,
    data,
  });

  it('finds nothing wrong in codes that resolve', () => {
    const body = 'Tot {{bedrag praktijkleren "Subsidieregeling praktijkleren"}} per plek.';
    expect(findAmountProblems([story(body)], sources)).toEqual([]);
  });

  it('names the file, the field and the regulations there are for an unknown regulation', () => {
    expect(
      findAmountProblems(
        [story('{{bedrag praktijklere "Subsidieregeling praktijkleren"}}')],
        sources,
      ),
    ).toEqual([
      {
        filePath: 'content/stories/x.md',
        field: 'Tekst',
        message:
          '{{bedrag praktijklere "Subsidieregeling praktijkleren"}}: er is geen regeling "praktijklere". Kies een van: praktijkleren, loonkostenvoordeel, jobcoach.',
      },
    ]);
  });

  it('lists the labels the regulation does have for an unknown label', () => {
    const [problem] = findAmountProblems(
      [story('{{bedrag loonkostenvoordeel "LKV oudere werknemer"}}')],
      sources,
    );
    expect(problem?.message).toContain(
      'de regeling "Loonkostenvoordeel (LKV)" heeft geen bedrag met de omschrijving "LKV oudere werknemer". Kies een van: "LKV doelgroep banenafspraak", "LKV arbeidsgehandicapte werknemer".',
    );
  });

  it('says so when the regulation has no amounts at all', () => {
    const [problem] = findAmountProblems([story('{{bedrag jobcoach "Vergoeding"}}')], sources);
    expect(problem?.message).toContain('de regeling "Jobcoach" heeft geen bedragen.');
  });

  it('explains the right way to write a code it does not know', () => {
    const [problem] = findAmountProblems([story('{{praktijkleren}}')], sources);
    expect(problem?.message).toMatch(/^\{\{praktijkleren\}\}: deze code ken ik niet\. Schrijf/);
  });

  it('refuses a code in a field other than the text, where it would be shown as written', () => {
    const data = { summary: 'Tot {{bedrag praktijkleren "Subsidieregeling praktijkleren"}}.' };
    expect(findAmountProblems([story('', data)], sources)).toEqual([
      {
        filePath: 'content/stories/x.md',
        field: 'summary',
        message: 'een code als {{bedrag …}} werkt alleen in de tekst. Schrijf hier gewone tekst.',
      },
    ]);
  });
});

describe('placeholdersIn', () => {
  it('finds every code in a text, in order', () => {
    const text = 'A {{eigen bedrag "€ 5"}} en B {{bedrag jobcoach "X"}}.';
    expect(placeholdersIn(text).map((found) => found.code)).toEqual([
      '{{eigen bedrag "€ 5"}}',
      '{{bedrag jobcoach "X"}}',
    ]);
  });
});
