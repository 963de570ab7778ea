// Instants are stored as UTC ISO 8601 with milliseconds ('2026-01-02T03:04:05.000Z') so that
// SQLite can compare them as text; anything a person types is normalised to that first.
import { StoreInputError } from './errors.js';

export function toInstant(value: string, what: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new StoreInputError(`${what} "${value}" is not a date; use YYYY-MM-DD or an ISO 8601 date-time.`);
  return new Date(ms).toISOString();
}

export const DAY_MS = 86_400_000;
