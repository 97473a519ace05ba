/**
 * The page an editor sees under `npm run cms` (see src/middleware.ts) while the content points at
 * entries that do not exist (for instance a municipality deleted in the CMS that stories still
 * use): what is wrong, where, and how to repair it in the CMS, which keeps working. The build
 * refuses the same content with the same messages, so nothing broken reaches the public site.
 */
import type { ContentProblem } from './content-integrity.ts';

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? '',
  );
}

/** A complete, self-contained HTML page: no site layout, which needs the content that may be broken. */
function standalonePage(title: string, main: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body style="font:1.125rem/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem">
<main>
${main}
</main>
</body>
</html>
`;
}

/** The page listing content that points at entries that do not exist, with how to repair it. */
export function contentProblemsPage(problems: readonly ContentProblem[]): string {
  const items = problems
    .map(
      (problem) =>
        `<li><code>${escapeHtml(problem.filePath)}</code>, veld <code>${escapeHtml(problem.field)}</code>: ${escapeHtml(problem.message)}</li>`,
    )
    .join('\n');
  const count = problems.length === 1 ? '1 fout' : `${problems.length} fouten`;
  return standalonePage(
    `De inhoud bevat ${count} | Beheer`,
    `<h1>De site kan deze pagina nu niet tonen</h1>
<p>De inhoud bevat ${count}. Een item verwijst naar iets dat niet (meer) bestaat. Zolang dit zo is, wordt de site ook niet gepubliceerd.</p>
<ul>
${items}
</ul>
<h2>Zo lost u het op</h2>
<ol>
<li>Open het <a href="/admin/">beheer</a>. Dat werkt gewoon.</li>
<li>Pas de genoemde items aan, zodat ze naar een bestaand item verwijzen. Of maak het verwijderde item opnieuw aan, met dezelfde naam.</li>
<li>Laad deze pagina daarna opnieuw.</li>
</ol>`,
  );
}
