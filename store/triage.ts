// Triage: a person's decision about a finding, recorded as append-only events. The finding row
// caches the latest event (same transaction) so lists stay fast; the events are the record.
import type { StoreDb } from './open-store.js';
import type { TriageEventRow, TriageStatus } from './types.js';
import { TRIAGE_STATUSES } from './types.js';
import { reviewerFor, reviewerName } from './settings.js';
import { StoreInputError } from './errors.js';
import { toInstant } from './time.js';

export interface TriageInput {
  findingId: number;
  status: TriageStatus;
  /** Why. Required for false_positive and accepted_risk. */
  reason?: string;
  /** Required for accepted_risk: after it the finding counts as open again. */
  expiresAt?: string | null;
  actor?: string;
  at?: string;
}

const COLUMNS = 'id, finding_id AS findingId, status, reason, expires_at AS expiresAt, actor, at';

/** A decision checked and normalised, ready to be written for one finding or many. */
export interface CheckedDecision {
  status: TriageStatus;
  reason: string;
  expiresAt: string | null;
  actor: string;
  at: string;
}

/** "2026-03-01" for an instant at midnight UTC, else "2026-03-01 14:05 UTC": what a person typed, not ISO. */
function readable(instant: string): string {
  const [date, time] = [instant.slice(0, 10), instant.slice(11, 16)];
  return instant.slice(11, 23) === '00:00:00.000' ? date : `${date} ${time} UTC`;
}

/** `projectRoot` picks the reviewer configured for that project when no actor is given. */
export function checkDecision(db: StoreDb, input: Omit<TriageInput, 'findingId'>, projectRoot?: string): CheckedDecision {
  if (!TRIAGE_STATUSES.includes(input.status)) {
    throw new StoreInputError(`Unknown triage status "${input.status}"; use one of ${TRIAGE_STATUSES.join(', ')}.`);
  }
  const reason = (input.reason ?? '').trim();
  if ((input.status === 'false_positive' || input.status === 'accepted_risk') && !reason) {
    throw new StoreInputError(`A ${input.status.replace('_', ' ')} decision needs a justification: say why (--reason).`);
  }
  let expiresAt: string | null = null;
  if (input.status === 'accepted_risk') {
    if (!input.expiresAt) throw new StoreInputError('Accepting a risk needs an expiry date (--expires YYYY-MM-DD), after which the finding reopens.');
    expiresAt = toInstant(input.expiresAt, 'expiry');
  } else if (input.expiresAt) {
    throw new StoreInputError('Only an accepted risk takes an expiry date.');
  }
  const at = input.at ? toInstant(input.at, 'triage time') : new Date().toISOString();
  if (expiresAt !== null && expiresAt <= at) throw new StoreInputError(`The expiry ${readable(expiresAt)} is not after the decision (${readable(at)}): pick a later date.`);
  return { status: input.status, reason, expiresAt, actor: input.actor ?? (projectRoot ? reviewerFor(db, projectRoot) : reviewerName(db)), at };
}

/** Writes one event and the cached state; the caller holds the transaction and checked the id. */
export function writeDecision(db: StoreDb, findingId: number, d: CheckedDecision): number {
  const id = db
    .prepare('INSERT INTO triage_events (finding_id, status, reason, expires_at, actor, at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(findingId, d.status, d.reason, d.expiresAt, d.actor, d.at).lastInsertRowid;
  db.prepare('UPDATE findings SET triage_status = ?, triage_expires_at = ?, triage_at = ? WHERE id = ?').run(d.status, d.expiresAt, d.at, findingId);
  return Number(id);
}

export function recordTriage(db: StoreDb, input: TriageInput): TriageEventRow {
  const root = db.prepare('SELECT p.root_path FROM findings f JOIN projects p ON p.id = f.project_id WHERE f.id = ?').pluck().get(input.findingId) as string | undefined;
  const decision = checkDecision(db, input, root);
  return db.transaction(() => {
    const exists = db.prepare('SELECT 1 FROM findings WHERE id = ?').get(input.findingId);
    if (!exists) throw new StoreInputError(`No finding with id ${input.findingId}.`);
    const id = writeDecision(db, input.findingId, decision);
    return db.prepare(`SELECT ${COLUMNS} FROM triage_events WHERE id = ?`).get(id) as TriageEventRow;
  }).immediate();
}

/** Every decision about a finding, oldest first. */
export function triageHistory(db: StoreDb, findingId: number): TriageEventRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM triage_events WHERE finding_id = ? ORDER BY at, id`).all(findingId) as TriageEventRow[];
}

/** Finding ids with this fingerprint (one per project that has it); for the CLI's `triage <fingerprint>`. */
export function findingIdsByFingerprint(db: StoreDb, fingerprint: string, projectId?: number): { id: number; projectId: number }[] {
  const sql = 'SELECT id, project_id AS projectId FROM findings WHERE fingerprint = ?' + (projectId === undefined ? '' : ' AND project_id = ?');
  const args: unknown[] = projectId === undefined ? [fingerprint] : [fingerprint, projectId];
  return db.prepare(sql).all(...args) as { id: number; projectId: number }[];
}

/**
 * Findings a fingerprint as typed by a person names: the exact fingerprint, else (from 6
 * characters) every fingerprint starting with it, like a short git hash.
 */
export function findingsByFingerprintPrefix(db: StoreDb, text: string, projectId?: number): { id: number; projectId: number; fingerprint: string }[] {
  const exact = findingIdsByFingerprint(db, text, projectId);
  if (exact.length || text.length < 6) return exact.map((e) => ({ ...e, fingerprint: text }));
  const pattern = `${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const sql = `SELECT id, project_id AS projectId, fingerprint FROM findings WHERE fingerprint LIKE ? ESCAPE '\\'` + (projectId === undefined ? '' : ' AND project_id = ?') + ' LIMIT 20';
  const args: unknown[] = projectId === undefined ? [pattern] : [pattern, projectId];
  return db.prepare(sql).all(...args) as { id: number; projectId: number; fingerprint: string }[];
}

/** SQL for the decision in force at `?` (bound by the caller): an expired acceptance reads as 'open'. */
export const EFFECTIVE_TRIAGE_SQL = `CASE WHEN f.triage_status = 'accepted_risk' AND f.triage_expires_at <= ? THEN 'open' ELSE f.triage_status END`;
