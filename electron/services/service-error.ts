// Errors a service raises on purpose, with the code the UI uses to choose how to show them.
import type { AppError, AppErrorCode } from '../ipc-contract.js';
import { storeErrorFrom } from '../../store/errors.js';

export class ServiceError extends Error {
  override name = 'ServiceError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Turns anything thrown into an AppError; unknown failures keep their message but not their stack. */
export function toAppError(e: unknown): AppError {
  if (e instanceof ServiceError) return { code: e.code, message: e.message };
  if (e instanceof Error) {
    // The store's own errors are written for people (store/errors.ts): pass them through.
    if (e.name === 'StoreInputError') return { code: /^No /.test(e.message) ? 'not-found' : 'invalid-request', message: e.message };
    if (e.name === 'FutureDatabaseError' || e.name === 'NotADatabaseError') return { code: 'io', message: e.message };
    // SQLite or the disk failing mid-query (locked, read-only, full, damaged): the store's own words.
    const known = storeErrorFrom(e, 'The Assay database');
    if (known) return { code: 'io', message: known.message };
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return { code: 'io', message: e.message };
    return { code: 'internal', message: e.message || e.name };
  }
  return { code: 'internal', message: String(e) };
}
