// Multi-row INSERTs: at 100,000 findings the cost of running one statement per row (binding, the
// VDBE program's start, the call into native code) outweighs the rows themselves. Rows are kept
// as flat value lists and written `rowsPerStatement` at a time with one prepared statement.
import type { Statement } from 'better-sqlite3';
import type { StoreDb } from './open-store.js';

/** SQLite's bound-parameter limit is 32,766; stay well below it. */
const MAX_PARAMETERS = 8_000;

export interface BatchOptions {
  /** One row's VALUES tuple; `?` for each of its `width` values, `@name` for a value of `shared`. */
  row?: string;
  /** Values the same in every row, bound once per statement however many rows name them. */
  shared?: Record<string, unknown>;
}

export class BatchInsert {
  private values: unknown[] = [];
  private readonly full: Statement;
  private readonly rowsPerStatement: number;
  private readonly width: number;
  private readonly row: string;
  private readonly shared: Record<string, unknown> | undefined;

  /** `head` is the statement up to VALUES, e.g. `INSERT INTO t (a, b)`; `width` how many values a row adds. */
  constructor(
    private readonly db: StoreDb,
    private readonly head: string,
    width: number,
    rowsPerStatement = 500,
    options: BatchOptions = {},
  ) {
    this.width = width;
    this.row = options.row ?? `(${Array(width).fill('?').join(', ')})`;
    if ((this.row.match(/\?/g) ?? []).length !== width) throw new Error(`BatchInsert: the row ${this.row} does not take ${width} values`);
    this.shared = options.shared;
    this.rowsPerStatement = Math.max(1, Math.min(rowsPerStatement, Math.floor(MAX_PARAMETERS / width)));
    this.full = db.prepare(this.sql(this.rowsPerStatement));
  }

  private sql(rows: number): string {
    return `${this.head} VALUES ${Array(rows).fill(this.row).join(', ')}`;
  }

  private run(statement: Statement): void {
    if (this.shared) statement.run(this.values, this.shared);
    else statement.run(this.values);
  }

  /** Adds one row (exactly `width` values); writes a statement's worth when it fills. */
  add(...row: unknown[]): void {
    for (const v of row) this.values.push(v);
    if (this.values.length >= this.rowsPerStatement * this.width) {
      this.run(this.full);
      this.values = [];
    }
  }

  /** Writes what is left (call before anything reads the table). */
  flush(): void {
    if (this.values.length === 0) return;
    const rows = this.values.length / this.width;
    this.run(rows === this.rowsPerStatement ? this.full : this.db.prepare(this.sql(rows)));
    this.values = [];
  }
}
