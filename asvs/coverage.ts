// Compliance status per requirement for one project at one scan — pure functions over plain data.
// The decision per requirement is asvs/decide.ts; this file holds the inputs and the roll-ups.
import { getCatalogue } from './catalogue.js';
import { mapRequirementIds } from './crosswalk.js';
import type { AsvsRefs, AsvsVersion, AttestationStatus, Automatability, Catalogue, Level, RequirementStatus } from './types.js';
import { complianceRatio, zeroStatusCounts, type FindingStanding, type Precondition, type ScanFacts, type StatusCounts } from '../domain/index.js';
import { decide, type DecideContext } from './decide.js';

export interface CoverageRule {
  id: string;
  asvs: Partial<AsvsRefs>;
  /** Frameworks the rule speaks to; absent means any Python code. */
  frameworks?: readonly string[];
  /** What it must have seen for its silence to count (analyzer/rule.ts rulePreconditions). */
  needs: readonly Precondition[];
  /** Dataflow rules: the sink kinds they follow data into. */
  sinkKinds?: readonly string[];
}

/** Findings of one rule on one set of requirements with one standing (the store groups them). */
export interface CoverageFinding {
  ruleId: string;
  asvs: Partial<AsvsRefs>;
  standing: FindingStanding;
  /** How many findings the entry stands for; 1 when absent. */
  count?: number;
}

/** A hotspot the scan saw (not suppressed): unreviewed ones leave a requirement not verified. */
export interface CoverageHotspot {
  ruleId: string;
  asvs: Partial<AsvsRefs>;
  /** 'safe': a person reviewed it and said why (evidence); needs-fix hotspots are findings instead. */
  review: 'unreviewed' | 'safe';
}

export interface CoverageAttestation {
  requirementId: string;
  status: AttestationStatus;
  /** ISO 8601; absent or null means it does not expire. */
  expiresAt?: string | null;
  createdAt: string;
  /** Free text shown as the reason (evidence, or why not applicable). */
  note?: string;
  by?: string;
  /** A pass recorded over open findings: the person's justification (a conflict, shown everywhere). */
  override?: string | null;
  overriddenFindings?: number;
}

export interface CoverageInput {
  version: AsvsVersion;
  level: Level;
  /** Defaults to the built-in catalogue of `version`. */
  catalogue?: Catalogue;
  rules: readonly CoverageRule[];
  /** Ids of the rules that ran in this scan. */
  rulesRun: readonly string[];
  frameworksPresent: readonly string[];
  /** What the scan examined; null for scans recorded before Assay kept it (no automated pass then). */
  facts: ScanFacts | null;
  findings: readonly CoverageFinding[];
  /** Hotspots (to review) of the scan; absent means none. */
  hotspots?: readonly CoverageHotspot[];
  attestations: readonly CoverageAttestation[];
  /** ISO 8601 or Date: attestations expire relative to it. */
  now: string | Date;
}

export type StandingCounts = Record<FindingStanding, number>;

export interface RequirementCoverage {
  id: string;
  chapterId: string;
  sectionId: string;
  level: Level;
  inScope: boolean;
  status: RequirementStatus;
  automatable: Automatability;
  /** Rules mapped to this requirement (declared ids). */
  mappedRules: string[];
  /** Mapped rules that ran, apply to the frameworks present and saw what they need. */
  rulesRan: string[];
  /** Findings that make it fail: open, or suppressed without a reason. */
  openFindings: number;
  /** Rules with such findings here. */
  failingRules: string[];
  /** Every finding mapped here, by how it stands (accepted risks, dismissals and reviews included). */
  standings: StandingCounts;
  /** A pass attested over open findings: shown on the requirement and in every report. */
  conflict: { override: string; openFindings: number; by: string } | null;
  /** The attestation that decided, if one did (the latest unexpired). */
  attestation: CoverageAttestation | null;
  /** One human sentence: why this status. */
  reason: string;
}

export interface CoverageRollup {
  id: string;
  name: string;
  counts: StatusCounts;
  /** Requirements in scope in this group. */
  total: number;
  /** (passing-automated + passing-attested + not-applicable) / total; 0 when total is 0. */
  compliance: number;
  /** Requirements with at least one mapped rule that ran / total. */
  automatedCoverage: number;
  /** How many of them static analysis can speak to at all: the split the dashboard shows. */
  automatability: Record<Automatability, number>;
}

export interface CoverageReport {
  version: AsvsVersion;
  level: Level;
  /** Every requirement of the catalogue; `inScope` marks those of the target level. */
  requirements: RequirementCoverage[];
  sections: CoverageRollup[];
  chapters: CoverageRollup[];
  /** Cumulative L1, L2, L3, whatever the target level. */
  levels: CoverageRollup[];
  /** The target level's scope. */
  total: CoverageRollup;
}

/** Refs of a rule or finding for `version`, translated through the crosswalk when only the other version is given. */
export function refsFor(refs: Partial<AsvsRefs>, version: AsvsVersion): readonly string[] {
  const own = refs[version] ?? [];
  if (own.length > 0) return own;
  const other: AsvsVersion = version === '5.0.0' ? '4.0.3' : '5.0.0';
  return mapRequirementIds(refs[other] ?? [], other, version);
}

function time(value: string | Date): number {
  return typeof value === 'string' ? Date.parse(value) : value.getTime();
}

/** The attestation in force: latest by creation time among those created by `now` and not expired. */
export function currentAttestation(attestations: readonly CoverageAttestation[], now: string | Date): CoverageAttestation | null {
  const t = time(now);
  let best: CoverageAttestation | null = null;
  for (const a of attestations) {
    if (time(a.createdAt) > t) continue;
    if (a.expiresAt && time(a.expiresAt) <= t) continue;
    if (!best || time(a.createdAt) >= time(best.createdAt)) best = a;
  }
  return best;
}

export function computeCoverage(input: CoverageInput): CoverageReport {
  const catalogue = input.catalogue ?? getCatalogue(input.version);
  const version = input.version;
  const ctx: DecideContext = { frameworks: new Set(input.frameworksPresent), ran: new Set(input.rulesRun), facts: input.facts, now: input.now, level: input.level, version };

  const rulesByReq = new Map<string, CoverageRule[]>();
  for (const rule of input.rules) for (const id of refsFor(rule.asvs, version)) push(rulesByReq, id, rule);
  const findingsByReq = new Map<string, CoverageFinding[]>();
  for (const f of input.findings) for (const id of refsFor(f.asvs, version)) push(findingsByReq, id, f);
  const attestationsByReq = new Map<string, CoverageAttestation[]>();
  for (const a of input.attestations) push(attestationsByReq, a.requirementId, a);

  const requirements = catalogue.requirements.map((r) => decide(r, rulesByReq.get(r.id) ?? [], findingsByReq.get(r.id) ?? [], attestationsByReq.get(r.id) ?? [], ctx));
  const inScope = requirements.filter((r) => r.inScope);
  const sections = catalogue.sections.map((s) => rollup(s.id, s.name, inScope.filter((r) => r.sectionId === s.id)));
  const chapters = catalogue.chapters.map((c) => rollup(c.id, c.name, inScope.filter((r) => r.chapterId === c.id)));
  const levels = ([1, 2, 3] as const).map((l) => rollup(`L${l}`, `Level ${l}`, requirements.filter((r) => r.level <= l)));
  return { version, level: input.level, requirements, sections, chapters, levels, total: rollup(`L${input.level}`, `Level ${input.level}`, inScope) };
}

export function emptyCounts(): StatusCounts {
  return zeroStatusCounts();
}

function rollup(id: string, name: string, reqs: readonly RequirementCoverage[]): CoverageRollup {
  const counts = emptyCounts();
  for (const r of reqs) counts[r.status]++;
  const total = reqs.length;
  const automated = reqs.filter((r) => r.rulesRan.length > 0).length;
  const automatability: Record<Automatability, number> = { automatable: 0, partial: 0, manual: 0 };
  for (const r of reqs) automatability[r.automatable]++;
  return { id, name, counts, total, compliance: complianceRatio(counts), automatedCoverage: total === 0 ? 0 : automated / total, automatability };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface ChapterSummary {
  id: string;
  name: string;
  total: number;
  counts: StatusCounts;
  compliance: number;
  automatedCoverage: number;
  automatability: Record<Automatability, number>;
}

export interface CoverageSummary {
  version: AsvsVersion;
  level: Level;
  total: ChapterSummary;
  chapters: ChapterSummary[];
  /** Ids of failing requirements in scope, for the scan output. */
  failing: string[];
  /** Every in-scope requirement with its status and the reason every view shows. */
  requirements: Array<{ id: string; status: RequirementStatus; reason: string }>;
}

/** Per-chapter counts per status for the target level: what `assay scan` puts in its JSON and SARIF output. */
export function coverageSummary(input: Omit<CoverageInput, 'attestations' | 'now'> & Partial<Pick<CoverageInput, 'attestations' | 'now'>>): CoverageSummary {
  const report = computeCoverage({ ...input, attestations: input.attestations ?? [], now: input.now ?? new Date() });
  const strip = (r: CoverageRollup): ChapterSummary => ({
    id: r.id,
    name: r.name,
    total: r.total,
    counts: r.counts,
    compliance: r.compliance,
    automatedCoverage: r.automatedCoverage,
    automatability: r.automatability,
  });
  return {
    version: report.version,
    level: report.level,
    total: strip(report.total),
    chapters: report.chapters.filter((c) => c.total > 0).map(strip),
    failing: report.requirements.filter((r) => r.inScope && r.status === 'failing').map((r) => r.id),
    requirements: report.requirements.filter((r) => r.inScope).map((r) => ({ id: r.id, status: r.status, reason: r.reason })),
  };
}
