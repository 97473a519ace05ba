import { describe, expect, it } from 'vitest';
import { contentProblemsPage } from './content-problems-page.ts';

const problem = {
  filePath: 'content/stories/de-blauwe-paraplu.md',
  field: 'municipality',
  message: 'verwijst naar "amersfoort" in Gemeenten, maar dat bestaat niet.',
};

describe('the page for content that points at missing entries', () => {
  it('names every file and field, in Dutch', () => {
    const page = contentProblemsPage([problem, { ...problem, field: 'regulations.0' }]);
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain('De inhoud bevat 2 fouten');
    expect(page).toContain(
      '<code>content/stories/de-blauwe-paraplu.md</code>, veld <code>municipality</code>',
    );
    expect(page).toContain('<code>regulations.0</code>');
  });

  it('points the editor to the CMS, which keeps working', () => {
    expect(contentProblemsPage([problem])).toContain('<a href="/admin/">beheer</a>');
  });

  it('shows what an editor typed as text, never as markup', () => {
    const page = contentProblemsPage([
      { ...problem, message: 'verwijst naar "<script>x</script>"' },
    ]);
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;x&lt;/script&gt;');
  });
});
