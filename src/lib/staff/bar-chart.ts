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

/** The chart for these bars; `title` names it for assistive technology; `id` is unique per page. */
export function barChartSvg(title: string, bars: readonly Bar[], id = 'chart'): string {
  const rowHeight = 28;
  const labelWidth = 180;
  const barWidth = 300;
  const width = labelWidth + barWidth + 60;
  const height = Math.max(1, bars.length) * rowHeight + 8;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const rows = bars.map((bar, index) => {
    const y = index * rowHeight + 4;
    const length = Math.round((bar.value / max) * barWidth);
    const label = bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label;
    return [
      `<text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end">${escape(label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${Math.max(length, 1)}" height="${rowHeight - 10}" fill="#0b5563"/>`,
      `<text x="${labelWidth + length + 6}" y="${y + 18}">${bar.value}</text>`,
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title" font-family="sans-serif" font-size="14" fill="#1a1a1a" style="max-width:100%;height:auto"><title id="${id}-title">${escape(title)}</title>${rows.join('')}</svg>`;
}
