// Scan progress on stderr: a redrawn bar on a terminal, plain lines (one per phase and every
// quarter of the files) when output goes to a file or a CI log.
import { plural } from '../domain/index.js';
import type { ScanProgress } from '../analyzer/types.js';
import type { CliIo } from './command.js';
import { safeLine } from './terminal-text.js';
import { textWidth, truncateToWidth } from './text-width.js';

const REDRAW_MS = 100;
const BAR_WIDTH = 28;

export interface ProgressReporter {
  update(p: ScanProgress): void;
  /** Clears the bar so the next output starts on a clean line. */
  stop(): void;
}

const PHASE_TEXT: Record<ScanProgress['phase'], string> = {
  discover: 'reading files',
  parse: 'analysing',
  taint: 'following dataflow across files',
  done: 'done',
};

/** A terminal that does not say its width (0, undefined) is taken as 80 columns, the usual minimum. */
const FALLBACK_COLUMNS = 80;

/**
 * The redrawn line, never wider than the terminal less one column (a full-width line wraps on some
 * terminals, and then every redraw leaves a line behind). Narrow terminals get a shorter bar.
 */
export function progressLine(p: ScanProgress, columns: number | undefined): string {
  const width = (columns && columns > 0 ? columns : FALLBACK_COLUMNS) - 1;
  const barWidth = Math.max(0, Math.min(BAR_WIDTH, Math.floor(width / 3)));
  const ratio = p.filesTotal > 0 ? Math.min(1, p.filesDone / p.filesTotal) : 0;
  const filled = Math.round(ratio * barWidth);
  const bar = barWidth ? '█'.repeat(filled) + '░'.repeat(barWidth - filled) + ' ' : '';
  const count = p.filesTotal > 0 ? ` ${p.filesDone}/${p.filesTotal}` : '';
  const head = `${bar}${PHASE_TEXT[p.phase]}${count}`;
  if (!p.currentFile) return truncateToWidth(head, width);
  const room = width - textWidth(head) - 1;
  // The end of a path says more than its start: cut from the left.
  const file = safeLine(p.currentFile);
  if (room < 8) return truncateToWidth(head, width);
  if (textWidth(file) <= room) return `${head} ${file}`;
  const tail = [...file].reverse();
  let kept = '';
  for (const ch of tail) {
    if (textWidth(kept) + textWidth(ch) > room - 1) break;
    kept = ch + kept;
  }
  return `${head} …${kept}`;
}

export function progressReporter(io: CliIo, quiet: boolean): ProgressReporter {
  const out = io.stderr;
  if (quiet) return { update() {}, stop() {} };
  if (out.isTTY) {
    let last = 0;
    let drawn = false;
    return {
      update(p) {
        const now = Date.now();
        if (p.phase !== 'done' && now - last < REDRAW_MS) return;
        last = now;
        out.write(`\r\x1b[2K${progressLine(p, out.columns)}`);
        drawn = true;
      },
      stop() {
        if (drawn) out.write('\r\x1b[2K');
        drawn = false;
      },
    };
  }
  let phase: ScanProgress['phase'] | null = null;
  let quarter = 0;
  return {
    update(p) {
      if (p.phase !== phase) {
        phase = p.phase;
        quarter = 0;
        if (p.phase !== 'done') out.write(`assay: ${PHASE_TEXT[p.phase]}${p.phase === 'parse' ? ` ${plural(p.filesTotal, 'file')}` : ''}\n`);
        return;
      }
      if (p.phase === 'parse' && p.filesTotal >= 40) {
        const q = Math.floor((4 * p.filesDone) / p.filesTotal);
        if (q > quarter && q < 4) {
          quarter = q;
          out.write(`assay: analysed ${p.filesDone}/${p.filesTotal} files\n`);
        }
      }
    },
    stop() {},
  };
}
