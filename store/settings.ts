// Reviewer name and SLA days: the person recorded on every event, and the remediation deadlines.
import { userInfo } from 'node:os';
import { SEVERITIES, type Severity } from '../analyzer/types.js';
import type { StoreDb } from './open-store.js';
import { gitIdentity } from '../analyzer/git/identity.js';
import type { Settings } from './types.js';
import { StoreInputError } from './errors.js';

export const DEFAULT_SLA_DAYS: Settings['slaDays'] = { critical: 7, high: 30, medium: 90, low: 180, info: null };

function osUser(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    // userInfo throws when the uid has no passwd entry (some containers).
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

function read(db: StoreDb, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

function write(db: StoreDb, key: string, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function getSettings(db: StoreDb): Settings {
  const slaDays = { ...DEFAULT_SLA_DAYS };
  for (const s of SEVERITIES) {
    const v = read(db, `sla_days.${s}`);
    if (v !== undefined) slaDays[s] = v === 'none' ? null : Number(v);
  }
  return { reviewer: read(db, 'reviewer') ?? osUser(), slaDays };
}

export function reviewerName(db: StoreDb): string {
  return getSettings(db).reviewer;
}

/** Who is recorded on a triage or attestation of a project: Settings' reviewer, else the project's git identity, else the OS user. */
export function reviewerFor(db: StoreDb, projectRoot: string): string {
  return read(db, 'reviewer') ?? gitIdentity(projectRoot) ?? osUser();
}

/** The reviewer Settings holds, or null when none was set (the app then shows the default it would use). */
export function configuredReviewer(db: StoreDb): string | null {
  return read(db, 'reviewer') ?? null;
}

export function setReviewer(db: StoreDb, name: string): void {
  const trimmed = name.trim();
  if (!trimmed) throw new StoreInputError('The reviewer name cannot be empty.');
  write(db, 'reviewer', trimmed);
}

export function setSlaDays(db: StoreDb, severity: Severity, days: number | null): void {
  if (days !== null && (!Number.isInteger(days) || days < 0)) {
    throw new StoreInputError(`SLA days for ${severity} must be a whole number of days ≥ 0, or none (got ${days}).`);
  }
  write(db, `sla_days.${severity}`, days === null ? 'none' : String(days));
}
