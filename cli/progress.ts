// Scan progress on stderr: a redrawn bar on a terminal, plain lines (one per phase and every
// quarter of the files) when output goes to a file or a CI log.
import type { ScanProgress } from '../analyzer/types.js';
import type { CliIo } from './command.js';
import { safeLine } from './terminal-text.js';

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
        const ratio = p.filesTotal > 0 ? p.filesDone / p.filesTotal : 0;
        const filled = Math.round(ratio * BAR_WIDTH);
        const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
        const count = p.filesTotal > 0 ? ` ${p.filesDone}/${p.filesTotal}` : '';
        const file = p.currentFile ? ` ${safeLine(p.currentFile)}` : '';
        const columns = out.columns ?? 80;
        const line = `${bar} ${PHASE_TEXT[p.phase]}${count}${file}`.slice(0, columns - 1);
        out.write(`\r\x1b[2K${line}`);
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
        if (p.phase !== 'done') out.write(`assay: ${PHASE_TEXT[p.phase]}${p.phase === 'parse' ? ` ${p.filesTotal} files` : ''}\n`);
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
