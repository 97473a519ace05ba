/**
 * The campaign's name as a picture for the CMS's login screen and header: Decap shows a logo
 * there, not a title, and an editor should see at once which site they are about to change.
 */

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? '',
  );
}

/** An SVG of 300×100: the site's mark and the campaign's name with "Beheer" under it. */
export function adminLogoSvg(campaignName: string): string {
  const name = escapeXml(campaignName);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100" width="300" height="100" role="img" aria-label="${name}: beheer">
<rect x="4" y="22" width="56" height="56" rx="12" fill="#0b5563"/>
<circle cx="23" cy="43" r="7" fill="#f2a93b"/><circle cx="41" cy="43" r="7" fill="#fff"/>
<path d="M14 68c0-7 4-12 9-12s9 5 9 12M32 68c0-7 4-12 9-12s9 5 9 12" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round"/>
<text x="72" y="50" font-family="system-ui, sans-serif" font-size="22" font-weight="700" fill="#1b2330" textLength="${Math.min(220, name.length * 12)}" lengthAdjust="spacingAndGlyphs">${name}</text>
<text x="72" y="76" font-family="system-ui, sans-serif" font-size="16" fill="#4a5565">Beheer van de website</text>
</svg>
`;
}
