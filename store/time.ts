// Instants are stored as UTC ISO 8601 with milliseconds ('2026-01-02T03:04:05.000Z') so that
// SQLite can compare them as text; anything a person types is normalised to that first.
import { StoreInputError } from './errors.js';

export function toInstant(value: string, what: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new StoreInputError(`${what} "${value}" is not a date; use YYYY-MM-DD or an ISO 8601 date-time.`);
  // Date.parse rolls 2031-02-30 over to 2 March: a day the calendar does not have is refused instead.
  const ymd = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (ymd) {
    const [y, m, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    const check = new Date(Date.UTC(y, m - 1, d));
    if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
      throw new StoreInputError(`${what} "${value}" is not a day of the calendar (${ymd[0]} does not exist); use a real date, YYYY-MM-DD.`);
    }
  }
  return new Date(ms).toISOString();
}

export const DAY_MS = 86_400_000;
