/**
 * A plain horizontal bar chart as SVG markup, made on the server: no script, readable without
 * colour (each bar carries its number), and described for screen readers by its title; the
 * numbers are also in the table beside it.
 */

export interface Bar {
  label: string;
  value: number;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The chart for these bars. It has no size of its own (a viewBox only): it fills the width of
 * its container, which sets the largest size (no style attribute: the site's CSP forbids it).
 * `title` names it for assistive technology; `id` must be unique on the page.
 */
export function barChartSvg(title: string, bars: readonly Bar[], id = 'chart'): string {
  // Narrow enough to show at full size on a phone: each label sits above its bar.
  const rowHeight = 44;
  const barWidth = 280;
  const width = barWidth + 60;
  const height = Math.max(1, bars.length) * rowHeight + 4;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const rows = bars.map((bar, index) => {
    const y = index * rowHeight;
    const length = Math.round((bar.value / max) * barWidth);
    const label = bar.label.length > 44 ? `${bar.label.slice(0, 43)}…` : bar.label;
    return [
      `<text x="0" y="${y + 16}">${escape(label)}</text>`,
      `<rect x="0" y="${y + 22}" width="${Math.max(length, 1)}" height="16" fill="#0b5563"/>`,
      `<text x="${length + 6}" y="${y + 36}">${bar.value}</text>`,
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title" font-family="sans-serif" font-size="14" fill="#1a1a1a"><title id="${id}-title">${escape(title)}</title>${rows.join('')}</svg>`;
}
