// Multi-row INSERTs: at 100,000 findings the cost of running one statement per row (binding, the
// VDBE program's start, the call into native code) outweighs the rows themselves. Rows are kept
// as flat value lists and written `rowsPerStatement` at a time with one prepared statement.
import type { Statement } from 'better-sqlite3';
import type { StoreDb } from './open-store.js';

/** SQLite's bound-parameter limit is 32,766; stay well below it. */
const MAX_PARAMETERS = 8_000;

export class BatchInsert {
  private values: unknown[] = [];
  private readonly full: Statement;
  private readonly rowsPerStatement: number;
  private readonly width: number;

  /** `head` is the statement up to VALUES, e.g. `INSERT INTO t (a, b)`; `width` its column count. */
  constructor(
    private readonly db: StoreDb,
    private readonly head: string,
    width: number,
    rowsPerStatement = 500,
  ) {
    this.width = width;
    this.rowsPerStatement = Math.max(1, Math.min(rowsPerStatement, Math.floor(MAX_PARAMETERS / width)));
    this.full = db.prepare(this.sql(this.rowsPerStatement));
  }

  private sql(rows: number): string {
    const row = `(${Array(this.width).fill('?').join(', ')})`;
    return `${this.head} VALUES ${Array(rows).fill(row).join(', ')}`;
  }

  /** Adds one row (exactly `width` values); writes a statement's worth when it fills. */
  add(...row: unknown[]): void {
    for (const v of row) this.values.push(v);
    if (this.values.length >= this.rowsPerStatement * this.width) {
      this.full.run(this.values);
      this.values = [];
    }
  }

  /** Writes what is left (call before anything reads the table). */
  flush(): void {
    if (this.values.length === 0) return;
    const rows = this.values.length / this.width;
    (rows === this.rowsPerStatement ? this.full : this.db.prepare(this.sql(rows))).run(this.values);
    this.values = [];
  }
}
