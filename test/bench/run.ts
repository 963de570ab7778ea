// `npm run bench [-- names…]`: runs every benchmark section and prints a table per section.
// Speed targets live here, not in unit tests: timings depend on the machine.
import { availableParallelism, cpus } from 'node:os';
import type { BenchRow } from './section.js';
import { sections } from './sections/index.js';

function table(rows: BenchRow[]): string {
  if (rows.length === 0) return '(no rows)\n';
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r.values)))];
  const header = ['', ...columns];
  const body = rows.map((r) => [r.label, ...columns.map((c) => String(r.values[c] ?? ''))]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), ...body.map(line)].join('\n') + '\n';
}

const args = process.argv.slice(2);
process.stdout.write(`node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown cpu'})\n`);
// `--section=analyzer` runs only the sections whose name starts with that word.
const only = args.find((a) => a.startsWith('--section='))?.slice('--section='.length);
for (const section of sections) {
  if (only && !section.name.startsWith(only)) continue;
  process.stdout.write(`\n== ${section.name}\n`);
  const rows = await section.run({ args, log: (l) => process.stderr.write(`${l}\n`) });
  process.stdout.write(table(rows));
}
