// Compliance per ASVS chapter as an inline SVG: one stacked bar per chapter, a segment per status,
// drawn at build time so the report needs no script and prints exactly as it shows.
import { REQUIREMENT_STATUSES } from '../../asvs/types.js';
import type { ReportRollup } from '../model.js';
import { STATUS_COLOUR, formatPercent } from '../labels.js';
import { REQUIREMENT_STATUS_LABELS } from '../../domain/index.js';
import { html, type SafeHtml } from './markup.js';

const WIDTH = 760;
const LABEL = 250;
const VALUE = 64;
const ROW = 22;
const BAR = 14;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function complianceChart(chapters: readonly ReportRollup[]): SafeHtml {
  const barWidth = WIDTH - LABEL - VALUE;
  const height = chapters.length * ROW + 8;
  const rows = chapters.map((c, i) => {
    const y = 4 + i * ROW;
    let x = LABEL;
    const segments = REQUIREMENT_STATUSES.map((status) => {
      const n = c.counts[status];
      if (n === 0 || c.total === 0) return html``;
      const w = (n / c.total) * barWidth;
      const seg = html`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${BAR}" fill="${STATUS_COLOUR[status]}" stroke="#888" stroke-width="0.5"><title>${c.id} ${REQUIREMENT_STATUS_LABELS[status]}: ${n}</title></rect>`;
      x += w;
      return seg;
    });
    return html`<g><text x="0" y="${y + 11}" font-size="11">${c.id} ${shorten(c.name, 36)}</text>${segments}<text x="${WIDTH - 4}" y="${y + 11}" font-size="11" text-anchor="end">${formatPercent(c.compliance)}</text></g>`;
  });
  const legend = REQUIREMENT_STATUSES.map((s) => html`<span style="--c:${STATUS_COLOUR[s]}">${REQUIREMENT_STATUS_LABELS[s]}</span>`);
  return html`<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Requirement status per chapter" viewBox="0 0 ${WIDTH} ${height}" width="100%">${rows}</svg>
<figcaption class="legend">${legend}</figcaption></figure>`;
}
