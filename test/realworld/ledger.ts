// The judged ledger (ledger.csv): one row per vulnerability-tier finding the engine reports or once
// reported on the corpus, with a verdict written after reading the code. Comment lines (#) form the
// header, which pins the package versions the rows were judged on.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsvLine } from '../detection/eval.js';

/**
 * ledger.csv in the source tree: beside this file when run from source (vitest), three levels up
 * from dist/test/realworld when compiled.
 */
export function ledgerPath(): string {
  const beside = fileURLToPath(new URL('./ledger.csv', import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL('../../../test/realworld/ledger.csv', import.meta.url));
}

export const VERDICTS = ['tp', 'fp', 'debatable'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * What the engine does with the finding now. `reported`: it is in the vulnerability tier and must
 * stay there. `gone`: no longer reported at all. `hotspot`: moved to the review tier. A finding
 * that is `gone` or `hotspot` must never come back as a vulnerability. A true positive is never
 * `gone` (that is a lost detection); it may be `hotspot` only as a recorded decision.
 */
export const STATES = ['reported', 'gone', 'hotspot'] as const;
export type State = (typeof STATES)[number];

export const COLUMNS = ['fingerprint', 'rule', 'app', 'location', 'verdict', 'cause', 'state', 'why'] as const;

export interface LedgerRow {
  fingerprint: string;
  rule: string;
  app: string;
  /** module/path.py:line at the time of judging. */
  location: string;
  verdict: Verdict;
  /** Short tag naming the false-positive cause (empty for tp). */
  cause: string;
  state: State;
  why: string;
  /** 1-based line in ledger.csv, for error messages. */
  csvLine: number;
}

export interface Ledger {
  /** Package name -> version judged, from `# pin <package> <version>` header lines. */
  pins: Map<string, string>;
  rows: LedgerRow[];
}

function isVerdict(v: string): v is Verdict {
  return (VERDICTS as readonly string[]).includes(v);
}
function isState(v: string): v is State {
  return (STATES as readonly string[]).includes(v);
}

/** Parses and validates the ledger; every malformed line is an error naming its line. */
export function parseLedger(text: string): Ledger {
  const pins = new Map<string, string>();
  const rows: LedgerRow[] = [];
  const errors: string[] = [];
  let header: string[] | null = null;
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    if (!line) return;
    if (line.startsWith('#')) {
      const pin = /^#\s*pin\s+(\S+)\s+(\S+)\s*$/.exec(line);
      if (pin) pins.set(pin[1]!, pin[2]!);
      return;
    }
    const cells = parseCsvLine(raw);
    if (!header) {
      header = cells;
      if (header.join(',') !== COLUMNS.join(',')) errors.push(`line ${n}: header must be ${COLUMNS.join(',')}`);
      return;
    }
    if (cells.length !== COLUMNS.length) {
      errors.push(`line ${n}: ${cells.length} fields, expected ${COLUMNS.length}`);
      return;
    }
    const [fingerprint, rule, app, location, verdict, cause, state, why] = cells.map((c) => c.trim()) as [string, string, string, string, string, string, string, string];
    if (!/^[0-9a-f]{32}$/.test(fingerprint)) errors.push(`line ${n}: fingerprint ${fingerprint} is not 32 hex digits`);
    if (!isVerdict(verdict)) errors.push(`line ${n}: verdict ${verdict} is not one of ${VERDICTS.join(', ')}`);
    if (!isState(state)) errors.push(`line ${n}: state ${state} is not one of ${STATES.join(', ')}`);
    if (!why) errors.push(`line ${n}: the why is empty (judge it after reading the code)`);
    if (verdict === 'fp' && !cause) errors.push(`line ${n}: an fp row names its cause tag`);
    const prev = seen.get(fingerprint);
    if (prev) errors.push(`line ${n}: fingerprint ${fingerprint} already judged on line ${prev}`);
    seen.set(fingerprint, n);
    if (isVerdict(verdict) && isState(state)) rows.push({ fingerprint, rule, app, location, verdict, cause, state, why, csvLine: n });
  });
  if (!header) errors.push('the ledger has no header row');
  if (errors.length) throw new Error(`ledger.csv is malformed:\n${errors.join('\n')}`);
  return { pins, rows };
}

export function readLedger(path: string = ledgerPath()): Ledger {
  return parseLedger(readFileSync(path, 'utf8'));
}

/** Quotes a CSV field when it needs it. */
export function csvField(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
