// An advisory as Assay keeps it: the parts of an OSV record (https://ossf.github.io/osv-schema/)
// that matter for PyPI packages, validated. A record that is not OSV, or that uses a range type
// OSV does not define, is refused with a reason; matching never sees it.
import { z } from 'zod';
import type { Severity } from '../../domain/index.js';
import { normalizeName } from './names.js';
import { cvss3BaseScore } from './cvss.js';

export interface RangeEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface AffectedRange {
  type: 'ECOSYSTEM' | 'SEMVER' | 'GIT';
  events: RangeEvent[];
}

export interface AffectedPackage {
  /** PEP 503 name. */
  name: string;
  ranges: AffectedRange[];
  versions: string[];
}

export interface Advisory {
  id: string;
  aliases: string[];
  summary: string;
  details: string;
  /** OSV severity entries as given (`CVSS_V3` vectors …). */
  severityVectors: Array<{ type: string; score: string }>;
  /** Our severity word, from the CVSS base score or the database's own rating; null when neither exists. */
  severity: Severity | null;
  modified: string;
  published: string | null;
  withdrawn: string | null;
  affected: AffectedPackage[];
  references: Array<{ type: string; url: string }>;
}

const event = z
  .object({ introduced: z.string().min(1), fixed: z.string().min(1), last_affected: z.string().min(1), limit: z.string().min(1) })
  .partial()
  .refine((e) => Object.keys(e).filter((k) => ['introduced', 'fixed', 'last_affected', 'limit'].includes(k)).length === 1, 'each range event has exactly one of introduced, fixed, last_affected, limit');

const osvRecord = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'an id such as PYSEC-2023-100 or GHSA-xxxx-xxxx-xxxx'),
  modified: z.iso.datetime({ offset: true }),
  published: z.iso.datetime({ offset: true }).optional(),
  withdrawn: z.iso.datetime({ offset: true }).optional(),
  aliases: z.array(z.string()).optional(),
  summary: z.string().optional(),
  details: z.string().optional(),
  severity: z.array(z.object({ type: z.string(), score: z.string() })).optional(),
  affected: z
    .array(
      z.object({
        package: z.object({ ecosystem: z.string(), name: z.string() }).optional(),
        ranges: z.array(z.object({ type: z.string(), events: z.array(event).min(1) })).optional(),
        versions: z.array(z.string()).optional(),
        database_specific: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .optional(),
  references: z.array(z.object({ type: z.string(), url: z.string() })).optional(),
  database_specific: z.record(z.string(), z.unknown()).optional(),
});

const RANGE_TYPES = ['ECOSYSTEM', 'SEMVER', 'GIT'] as const;

function severityOfScore(score: number): Severity {
  return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : score > 0 ? 'low' : 'info';
}

function severityOfWord(word: unknown): Severity | null {
  if (typeof word !== 'string') return null;
  const w = word.toLowerCase();
  if (w === 'critical') return 'critical';
  if (w === 'high') return 'high';
  if (w === 'moderate' || w === 'medium') return 'medium';
  if (w === 'low') return 'low';
  return null;
}

/** A validated advisory for PyPI packages; an error when the record is not OSV; ignored when it names no PyPI package. */
export function parseOsv(doc: unknown): { advisory: Advisory } | { error: string } | { ignored: string } {
  const parsed = osvRecord.safeParse(doc);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    return { error: `not an OSV record: ${first.path.join('.') || 'record'}: ${first.message}` };
  }
  const r = parsed.data;
  const affected: AffectedPackage[] = [];
  for (const [i, a] of (r.affected ?? []).entries()) {
    for (const range of a.ranges ?? []) {
      if (!(RANGE_TYPES as readonly string[]).includes(range.type)) return { error: `affected[${i}] has a range of type "${range.type}", which OSV does not define (ECOSYSTEM, SEMVER, GIT)` };
    }
    if (a.package?.ecosystem !== 'PyPI') continue;
    affected.push({
      name: normalizeName(a.package.name),
      ranges: (a.ranges ?? []).map((x) => ({ type: x.type as AffectedRange['type'], events: x.events as RangeEvent[] })),
      versions: a.versions ?? [],
    });
  }
  if (affected.length === 0) return { ignored: `${r.id} names no PyPI package` };
  const vectors = r.severity ?? [];
  const scores = vectors.filter((v) => v.type === 'CVSS_V3').map((v) => cvss3BaseScore(v.score)).filter((s): s is number => s !== null);
  const severity = scores.length ? severityOfScore(Math.max(...scores)) : severityOfWord(r.database_specific?.severity);
  return {
    advisory: {
      id: r.id,
      aliases: [...new Set(r.aliases ?? [])].sort(),
      summary: (r.summary ?? '').trim(),
      details: (r.details ?? '').trim(),
      severityVectors: vectors,
      severity,
      modified: new Date(r.modified).toISOString(),
      published: r.published ? new Date(r.published).toISOString() : null,
      withdrawn: r.withdrawn ? new Date(r.withdrawn).toISOString() : null,
      affected,
      references: (r.references ?? []).filter((x) => /^https?:\/\//.test(x.url)),
    },
  };
}

/** The CVE and GHSA ids among the advisory's own id and aliases, for messages. */
export function advisoryNames(a: Advisory): string {
  const others = a.aliases.filter((x) => x !== a.id);
  return others.length ? `${a.id} (${others.join(', ')})` : a.id;
}
