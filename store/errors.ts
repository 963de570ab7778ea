// Errors the store raises for conditions a person can act on; callers show .message as is.
import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';

export class StoreError extends Error {
  override name = 'StoreError';
}

/** The database was written by a newer Assay: opening it could corrupt data this build does not know. */
export class FutureDatabaseError extends StoreError {
  override name = 'FutureDatabaseError';
  constructor(
    readonly file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `${file} was written by a newer version of Assay (schema ${found}; this version understands up to ${supported}). ` +
        'Upgrade Assay, or open a different database with --db.',
    );
  }
}

/** The file is not a SQLite database, or is damaged. */
export class NotADatabaseError extends StoreError {
  override name = 'NotADatabaseError';
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file} is not an Assay database or is damaged (${detail}). Choose another file with --db, or move this one aside to start afresh.`);
  }
}

/** A caller asked for something that does not exist or is not allowed (unknown project, missing justification). */
export class StoreInputError extends StoreError {
  override name = 'StoreInputError';
}

/** A read-only command asked for a database that does not exist: nothing is created for it. */
export class MissingDatabaseError extends StoreError {
  override name = 'MissingDatabaseError';
  constructor(readonly file: string) {
    super(`There is no history database at ${file}. Run \`assay scan\` to record one, or point --db at an existing database.`);
  }
}

/** A SQLite database, but another application's: Assay adds nothing to it. */
export class ForeignDatabaseError extends StoreError {
  override name = 'ForeignDatabaseError';
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file} belongs to another application (${detail}); Assay left it unchanged. Choose another file with --db.`);
  }
}

/** An Assay database from an older schema, opened by a command that only reads. */
export class OlderDatabaseError extends StoreError {
  override name = 'OlderDatabaseError';
  constructor(
    readonly file: string,
    readonly found: number,
    readonly latest: number,
  ) {
    super(`${file} was written by an older version of Assay (schema ${found}; this version uses ${latest}) and this command only reads. ` +
      'Run a command that records (such as `assay scan`) once to upgrade it, then retry.');
  }
}

/** Another program held the database's write lock for longer than Assay waits. */
export class DatabaseLockedError extends StoreError {
  override name = 'DatabaseLockedError';
  constructor(
    readonly file: string,
    readonly waitedMs: number,
  ) {
    super(`${file} is locked by another program writing to it (another assay, the desktop app, or a SQLite tool); waited ${(waitedMs / 1000).toFixed(1)} s. ` +
      'Wait for it to finish and run the command again.');
  }
}

/** Anything else the disk or SQLite refused: read-only, full, damaged, unreadable. The message says what to do. */
export class DatabaseIoError extends StoreError {
  override name = 'DatabaseIoError';
  constructor(
    readonly file: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** SQLite reports a full disk as a plain I/O error in places (the -shm file); the file system says which. */
function diskFull(file: string): boolean {
  try {
    const s = statfsSync(dirname(file));
    return s.bavail === 0 || s.bfree === 0;
  } catch {
    return false;
  }
}

function sqliteCode(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

/** True when SQLite reported that another connection holds the lock. */
export function isBusy(e: unknown): boolean {
  const code = sqliteCode(e);
  return code !== null && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * The error a person can act on for a failure of SQLite or the disk under it, anywhere (opening, a
 * query, a commit); null when `e` is not one (a bug elsewhere stays a bug).
 */
export function storeErrorFrom(e: unknown, file: string, waitedMs = 0): StoreError | null {
  if (e instanceof StoreError) return e;
  const code = sqliteCode(e) ?? (e as NodeJS.ErrnoException | null)?.code ?? null;
  if (!code) return null;
  const detail = e instanceof Error ? e.message : String(e);
  if (isBusy(e)) return new DatabaseLockedError(file, waitedMs);
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return new DatabaseIoError(file, code, `${file} is read-only (${detail}), so nothing could be recorded. Make the file and its folder writable, or copy it somewhere writable and pass that with --db.`);
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'SQLITE_IOERR_WRITE' && /full|space/i.test(detail)) {
    return new DatabaseIoError(file, code, `The disk holding ${file} is full (${detail}); nothing was recorded. Free some space and run the command again.`);
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new DatabaseIoError(file, code, `${file} is damaged (${detail}). Check it with \`sqlite3 ${file} "PRAGMA integrity_check"\`, restore it from a backup, or move it aside to start afresh.`);
  }
  if (code.startsWith('SQLITE_IOERR') && diskFull(file)) {
    return new DatabaseIoError(file, code, `The disk holding ${file} is full (${detail}); nothing was recorded. Free some space and run the command again.`);
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new DatabaseIoError(file, code, `Reading or writing ${file} failed (${detail}). Check the disk it is on (space, permissions, a removed drive) and run the command again.`);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH' || code === 'EACCES' || code === 'EPERM') {
    return new DatabaseIoError(file, code, `${file} cannot be opened (${detail}). Check that it and its folder exist and are readable and writable, or choose another place with --db.`);
  }
  return null;
}
