// A person's review of a hotspot, recorded as a triage event (append-only, same table and audit trail):
// "safe — why" is a false_positive decision with its reason, "needs fix" a confirmed one. A confirmed
// hotspot counts as a vulnerability from then on (see EFFECTIVE_KIND_SQL): it is in the Findings list,
// fails its requirements and counts for the history. A reviewed-safe one is evidence for its
// requirements; an unreviewed one leaves them not verified (asvs/ decides; reviewCounts feeds it).
import type { StoreDb } from './open-store.js';
import type { TriageEventRow } from './types.js';
import { recordTriage } from './triage.js';
import { StoreInputError } from './errors.js';

export const HOTSPOT_VERDICTS = ['safe', 'needs_fix'] as const;
export type HotspotVerdict = (typeof HOTSPOT_VERDICTS)[number];

/** Where a hotspot stands: nobody looked yet, a person judged it safe, or it needs a fix. */
export type { HotspotReviewState } from '../domain/index.js';
import type { HotspotReviewState } from '../domain/index.js';

/**
 * The kind a finding counts as: a hotspot a reviewer confirmed ("needs fix") is a vulnerability.
 * A column since migration 011 (kept right by its trigger), so filters on it use findings_open.
 */
export const EFFECTIVE_KIND_SQL = 'f.effective_kind';

export interface HotspotReviewInput {
  findingId: number;
  verdict: HotspotVerdict;
  /** Why it is safe (required), or what needs fixing (optional). */
  reason?: string;
  actor?: string;
  at?: string;
}

export function recordHotspotReview(db: StoreDb, input: HotspotReviewInput): TriageEventRow {
  if (!HOTSPOT_VERDICTS.includes(input.verdict)) throw new StoreInputError(`Unknown review verdict "${input.verdict}"; use safe or needs_fix.`);
  const row = db.prepare('SELECT kind FROM findings WHERE id = ?').get(input.findingId) as { kind: string } | undefined;
  if (!row) throw new StoreInputError(`No finding with id ${input.findingId}.`);
  if (row.kind !== 'hotspot') throw new StoreInputError(`Finding ${input.findingId} is a vulnerability, not a hotspot: triage it instead of reviewing it.`);
  const reason = (input.reason ?? '').trim();
  if (input.verdict === 'safe' && !reason) throw new StoreInputError('A hotspot reviewed as safe needs the reason it is safe: say what you checked.');
  return recordTriage(db, {
    findingId: input.findingId,
    status: input.verdict === 'safe' ? 'false_positive' : 'confirmed',
    reason: input.verdict === 'safe' ? reason : reason || 'Needs a fix (hotspot review).',
    actor: input.actor,
    at: input.at,
  });
}

export interface RuleReviewCounts {
  ruleId: string;
  unreviewed: number;
  safe: number;
  needsFix: number;
}

/**
 * Hotspots seen by a scan (not suppressed), per rule, by review state as it stands now: what a
 * requirement's status needs to tell "not verified" (unreviewed) from "passed with evidence" (safe).
 */
export function hotspotReviewCounts(db: StoreDb, scanId: number): RuleReviewCounts[] {
  return db
    .prepare(
      `SELECT f.rule_id AS ruleId,
         sum(f.triage_status NOT IN ('false_positive', 'confirmed')) AS unreviewed,
         sum(f.triage_status = 'false_positive') AS safe,
         sum(f.triage_status = 'confirmed') AS needsFix
       FROM occurrences o JOIN findings f ON f.id = o.finding_id
       WHERE o.scan_id = ? AND o.suppressed = 0 AND f.kind = 'hotspot'
       GROUP BY f.rule_id ORDER BY f.rule_id`,
    )
    .all(scanId) as RuleReviewCounts[];
}

export function reviewStateOf(kind: string, triage: string): HotspotReviewState | null {
  if (kind !== 'hotspot') return null;
  return triage === 'false_positive' ? 'safe' : triage === 'confirmed' ? 'needs_fix' : 'unreviewed';
}
