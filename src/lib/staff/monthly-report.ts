/**
 * The monthly summary for campaign staff and the councils (`npm run report -- --month 2026-12`):
 * the staff view's figures for one month as one self-contained HTML file, with plain SVG bar
 * charts beside the tables. Counts only, never a person; no script, no outside file.
 */
import { barChartSvg } from './bar-chart.ts';
import { totalsOf, weeklyBars, type ResultTable } from './result-tables.ts';

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const monthNames = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "december 2026" for "2026-12". */
export function monthLabel(month: string): string {
  const [year, index] = month.split('-');
  return `${monthNames[Number(index) - 1] ?? month} ${year}`;
}

/** The bars of a table: one per group, the kinds added together, largest first, at most 12. */
function barsOf(table: ResultTable) {
  const groups = new Map<string, number>();
  for (const row of table.rows) {
    const label = row.keys.length > 0 ? row.keys.join(' / ') : row.kind;
    groups.set(label, (groups.get(label) ?? 0) + row.registrations);
  }
  return [...groups]
    .map(([label, value]) => ({ label, value }))
    .sort((a, b) => b.value - a.value)
    .slice(0, 12);
}

function tableHtml(table: ResultTable): string {
  if (table.rows.length === 0) return '<p>Deze maand niets geteld.</p>';
  const totals = totalsOf(table);
  const head = [...table.keyHeadings, 'Soort', 'Aantal', 'Wachtlijst', 'Personen']
    .map((heading) => `<th scope="col">${escape(heading)}</th>`)
    .join('');
  const rows = table.rows
    .map(
      (row) =>
        `<tr>${[...row.keys, row.kind].map((cell) => `<td>${escape(cell)}</td>`).join('')}<td class="n">${row.registrations}</td><td class="n">${row.waitlist}</td><td class="n">${row.people}</td></tr>`,
    )
    .join('\n');
  return `<table>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row" colspan="${table.keyHeadings.length + 1}">Totaal</th><td class="n">${totals.registrations}</td><td class="n">${totals.waitlist}</td><td class="n">${totals.people}</td></tr></tfoot>
</table>`;
}

/** The report as HTML; `generatedAt` is printed so a reader knows when it was counted. */
export function monthlyReportHtml(
  tables: readonly ResultTable[],
  month: string,
  generatedAt: Date,
): string {
  const label = monthLabel(month);
  const kinds = tables.find((table) => table.id === 'kind');
  const total = kinds ? totalsOf(kinds) : { registrations: 0, waitlist: 0, people: 0 };
  const weeks = weeklyBars(tables);
  const sections = tables.map((table) => {
    const chart =
      table.id === 'week' || table.rows.length === 0
        ? ''
        : barChartSvg(`${table.title}, ${label}`, barsOf(table), `grafiek-${table.id}`);
    return `<section>
<h2>${escape(table.title)}</h2>
<p>${escape(table.explain)}</p>
${chart}
${tableHtml(table)}
</section>`;
  });
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Resultaten campagne, ${escape(label)}</title>
<style>
body { font-family: system-ui, sans-serif; color: #1b2330; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { text-align: left; padding: 0.3rem 0.6rem 0.3rem 0; border-bottom: 1px solid #c9d3d6; vertical-align: top; }
.n { text-align: right; font-variant-numeric: tabular-nums; }
tfoot th, tfoot td { font-weight: 700; border-bottom: none; }
section { margin-top: 2.5rem; }
svg { display: block; max-width: 36rem; }
</style>
</head>
<body>
<h1>Resultaten van de campagne, ${escape(label)}</h1>
<p>In ${escape(label)} kwamen ${total.registrations} aanmeldingen en verzoeken binnen, samen voor ${total.people} personen; ${total.waitlist} daarvan op een wachtlijst.</p>
<p>Alleen aantallen, nooit namen of andere gegevens van personen. Aanmeldingen die na de bewaartermijn zijn verwijderd, tellen mee. Weken en maanden in UTC. Geteld op ${escape(generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC.</p>
${weeks.length > 0 ? `<section>\n<h2>Per week, alle soorten samen</h2>\n${barChartSvg(`Aanmeldingen en verzoeken per week, ${label}`, weeks, 'grafiek-weken')}\n</section>` : ''}
${sections.join('\n')}
</body>
</html>
`;
}
