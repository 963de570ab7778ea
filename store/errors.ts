// Errors the store raises for conditions a person can act on; callers show .message as is.

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
