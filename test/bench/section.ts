// What a benchmark section is. run.ts runs every section listed in sections/index.ts and prints
// their rows; a room adds its own section (store ingest, report generation) as one more module.

export interface BenchRow {
  label: string;
  /** Column → value; numbers are printed as they are, so round them in the section. */
  values: Record<string, string | number>;
}

export interface BenchContext {
  /** Extra command-line words after `npm run bench --`, e.g. target names to limit a section to. */
  args: string[];
  log(line: string): void;
}

export interface BenchSection {
  name: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}
