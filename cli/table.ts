// Aligned text tables for the command line: each column as wide as its widest cell (display width).
import { padToWidth, textWidth } from './text-width.js';

export interface TableOptions {
  /** Column indexes aligned right (counts). */
  right?: readonly number[];
}

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const right = new Set(options.right ?? []);
  const widths = header.map((h, i) => Math.max(textWidth(h), ...rows.map((r) => textWidth(r[i] ?? ''))));
  const last = header.length - 1;
  const lines = [header, ...rows].map((cells) =>
    cells
      .map((c, i) => (i === last && !right.has(i) ? c : padToWidth(c, widths[i]!, right.has(i))))
      .join('  ')
      .trimEnd(),
  );
  return lines.join('\n') + '\n';
}
