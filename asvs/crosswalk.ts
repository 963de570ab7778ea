// Viewing a project tracked under one ASVS version in the other, through the official crosswalk.
// A failure travels along every link (a failing 4.0.3 control means the 5.0.0 control covering it fails
// too); a pass travels only where the content moved, split or merged, and never into content that the
// newer version added — there it becomes not-verified rather than an unearned pass.
import { V4_TO_V5, V5_TO_V4 } from './data/crosswalk.js';
import type { CrosswalkEntry, CrosswalkLinkKind } from './crosswalk-parse.js';
import type { AsvsVersion, RequirementStatus } from './types.js';

export type { CrosswalkEntry, CrosswalkLink, CrosswalkLinkKind, DeletionReason } from './crosswalk-parse.js';

const byId = (entries: readonly CrosswalkEntry[]) => new Map(entries.map((e) => [e.id, e]));
const V4_INDEX = byId(V4_TO_V5);
const V5_INDEX = byId(V5_TO_V4);

/** The official crosswalk entry of a requirement: where it went (4.0.3) or where it came from (5.0.0). */
export function crosswalkEntry(version: AsvsVersion, id: string): CrosswalkEntry | undefined {
  return (version === '4.0.3' ? V4_INDEX : V5_INDEX).get(id);
}

export function crosswalkEntries(version: AsvsVersion): readonly CrosswalkEntry[] {
  return version === '4.0.3' ? V4_TO_V5 : V5_TO_V4;
}

const CARRIES_PASS: ReadonlySet<CrosswalkLinkKind> = new Set(['moved', 'split', 'merged']);

interface Edge {
  source: string;
  kinds: Set<CrosswalkLinkKind>;
}

/** For each requirement of `to`, the requirements of `from` linked to it by either official file. */
function edgesInto(from: AsvsVersion, to: AsvsVersion): Map<string, Map<string, Set<CrosswalkLinkKind>>> {
  const into = new Map<string, Map<string, Set<CrosswalkLinkKind>>>();
  const add = (target: string, source: string, kind: CrosswalkLinkKind) => {
    let m = into.get(target);
    if (!m) into.set(target, (m = new Map()));
    let kinds = m.get(source);
    if (!kinds) m.set(source, (kinds = new Set()));
    kinds.add(kind);
  };
  if (from === to) return into;
  for (const e of crosswalkEntries(from)) for (const l of e.links) for (const t of l.ids) add(t, e.id, l.kind);
  for (const e of crosswalkEntries(to)) for (const l of e.links) for (const s of l.ids) add(e.id, s, l.kind);
  return into;
}

const EDGES = {
  '4.0.3>5.0.0': edgesInto('4.0.3', '5.0.0'),
  '5.0.0>4.0.3': edgesInto('5.0.0', '4.0.3'),
};

function edges(from: AsvsVersion, to: AsvsVersion, target: string): Edge[] {
  if (from === to) return [{ source: target, kinds: new Set(['moved']) }];
  const m = EDGES[`${from}>${to}` as keyof typeof EDGES].get(target);
  return m ? [...m].map(([source, kinds]) => ({ source, kinds })) : [];
}

/** Ids in `to` that a requirement of `from` maps onto (any official relation). Empty when deleted or new. */
export function mapRequirementId(id: string, from: AsvsVersion, to: AsvsVersion): string[] {
  if (from === to) return [id];
  const out = new Set<string>();
  for (const l of crosswalkEntry(from, id)?.links ?? []) for (const t of l.ids) out.add(t);
  for (const e of crosswalkEntries(to)) if (e.links.some((l) => l.ids.includes(id))) out.add(e.id);
  return [...out].sort(compareIds);
}

/** Requirement ids translated to the other version, deduplicated; ids without a counterpart drop out. */
export function mapRequirementIds(ids: readonly string[], from: AsvsVersion, to: AsvsVersion): string[] {
  return [...new Set(ids.flatMap((id) => mapRequirementId(id, from, to)))].sort(compareIds);
}

export interface MappedStatus {
  status: RequirementStatus;
  /** Requirements of the source version that fed this one. */
  from: string[];
  /** Why: which sources decided, or why nothing carried over. */
  reason: string;
  /** True when the target was modified, merged or added to: a carried pass should be re-checked. */
  reviewAdvised: boolean;
}

/**
 * Statuses recorded under `from`, viewed under `to`. `targetIds` are the requirements of `to` to report
 * (normally its whole catalogue); a target with no usable source is not-verified, never passing.
 */
export function mapStatuses(
  statuses: ReadonlyMap<string, RequirementStatus>,
  from: AsvsVersion,
  to: AsvsVersion,
  targetIds: readonly string[],
): Map<string, MappedStatus> {
  const out = new Map<string, MappedStatus>();
  for (const target of targetIds) out.set(target, mapOne(statuses, from, to, target));
  return out;
}

function mapOne(statuses: ReadonlyMap<string, RequirementStatus>, from: AsvsVersion, to: AsvsVersion, target: string): MappedStatus {
  const all = edges(from, to, target);
  const sourceIds = all.map((e) => e.source).sort(compareIds);
  const own = from === to ? undefined : crosswalkEntry(to, target);
  const reviewAdvised = Boolean(own && (own.modified || own.added || own.links.some((l) => l.kind === 'merged')));
  const failing = all.filter((e) => statuses.get(e.source) === 'failing').map((e) => e.source);
  if (failing.length > 0) return { status: 'failing', from: sourceIds, reason: `failing in ${from}: ${failing.join(', ')}`, reviewAdvised };
  if (all.length === 0) {
    const why = own?.deleted
      ? `deleted in 5.0.0${own.deletedReason ? ` (${own.deletedReason})` : ''}`
      : own?.added
        ? 'added in 5.0.0: nothing to carry over from 4.0.3'
        : `no counterpart in ${from}`;
    return { status: 'not_verified', from: [], reason: why, reviewAdvised };
  }
  if (own?.added && from === '4.0.3') {
    return { status: 'not_verified', from: sourceIds, reason: `5.0.0 adds content not covered by ${sourceIds.join(', ')}`, reviewAdvised };
  }
  const carriers = all.filter((e) => [...e.kinds].some((k) => CARRIES_PASS.has(k)));
  if (carriers.length === 0) {
    return { status: 'not_verified', from: sourceIds, reason: `only covered or deprecated by ${sourceIds.join(', ')}; a pass there does not prove this`, reviewAdvised };
  }
  const carried = carriers.map((e) => statuses.get(e.source) ?? 'not_verified');
  if (carried.includes('not_verified')) {
    const missing = carriers.filter((_, i) => carried[i] === 'not_verified').map((e) => e.source);
    return { status: 'not_verified', from: sourceIds, reason: `not verified in ${from}: ${missing.join(', ')}`, reviewAdvised };
  }
  const ids = carriers.map((e) => e.source).join(', ');
  if (carried.every((s) => s === 'not_applicable')) return { status: 'not_applicable', from: sourceIds, reason: `not applicable in ${from}: ${ids}`, reviewAdvised };
  const status = carried.includes('passing_attested') ? 'passing_attested' : 'passing_automated';
  return { status, from: sourceIds, reason: `passing in ${from}: ${ids}`, reviewAdvised };
}

/** Orders `V1.2.10` after `V1.2.9`. */
export function compareIds(a: string, b: string): number {
  const pa = a.replace(/^V/, '').split('.').map(Number);
  const pb = b.replace(/^V/, '').split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
