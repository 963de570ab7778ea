// Compliance status per requirement for one project at one scan — pure functions over plain data.
// Precedence: failing (open finding of a mapped rule, or an attestation of failure) > attested pass / n.a.
// > passing-automated > not-verified. Not-verified is never counted as passing.
import { getCatalogue } from './catalogue.js';
import { mapRequirementIds } from './crosswalk.js';
import type { AsvsRefs, AsvsVersion, AttestationStatus, Automatability, Catalogue, Level, Requirement, RequirementStatus } from './types.js';
import { complianceRatio, zeroStatusCounts, type StatusCounts } from '../domain/index.js';

export interface CoverageRule {
  id: string;
  asvs: Partial<AsvsRefs>;
  /** Frameworks the rule speaks to; absent means any Python code. */
  frameworks?: readonly string[];
}

export interface CoverageFinding {
  ruleId: string;
  asvs: Partial<AsvsRefs>;
  /** False when triaged false-positive, accepted, fixed or suppressed. */
  open: boolean;
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
  findings: readonly CoverageFinding[];
  /** Hotspots (to review) of the scan; absent means none. */
  hotspots?: readonly CoverageHotspot[];
  attestations: readonly CoverageAttestation[];
  /** ISO 8601 or Date: attestations expire relative to it. */
  now: string | Date;
}

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
  /** Mapped rules that ran and apply to the frameworks present. */
  rulesRan: string[];
  openFindings: number;
  /** Rules with open findings here. */
  failingRules: string[];
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

function ruleApplies(rule: CoverageRule, frameworks: ReadonlySet<string>): boolean {
  return !rule.frameworks || rule.frameworks.length === 0 || rule.frameworks.some((f) => frameworks.has(f));
}

export function computeCoverage(input: CoverageInput): CoverageReport {
  const catalogue = input.catalogue ?? getCatalogue(input.version);
  const version = input.version;
  const frameworks = new Set(input.frameworksPresent);
  const ran = new Set(input.rulesRun);

  const rulesByReq = new Map<string, CoverageRule[]>();
  for (const rule of input.rules) for (const id of refsFor(rule.asvs, version)) push(rulesByReq, id, rule);
  const findingsByReq = new Map<string, CoverageFinding[]>();
  for (const f of input.findings) if (f.open) for (const id of refsFor(f.asvs, version)) push(findingsByReq, id, f);
  const hotspotsByReq = new Map<string, CoverageHotspot[]>();
  for (const h of input.hotspots ?? []) for (const id of refsFor(h.asvs, version)) push(hotspotsByReq, id, h);
  const attestationsByReq = new Map<string, CoverageAttestation[]>();
  for (const a of input.attestations) push(attestationsByReq, a.requirementId, a);

  const requirements = catalogue.requirements.map((r) =>
    decide(r, input.level, rulesByReq.get(r.id) ?? [], findingsByReq.get(r.id) ?? [], attestationsByReq.get(r.id) ?? [], ran, frameworks, input.now, hotspotsByReq.get(r.id) ?? []),
  );
  const inScope = requirements.filter((r) => r.inScope);
  const sections = catalogue.sections.map((s) => rollup(s.id, s.name, inScope.filter((r) => r.sectionId === s.id)));
  const chapters = catalogue.chapters.map((c) => rollup(c.id, c.name, inScope.filter((r) => r.chapterId === c.id)));
  const levels = ([1, 2, 3] as const).map((l) => rollup(`L${l}`, `Level ${l}`, requirements.filter((r) => r.level <= l)));
  return { version, level: input.level, requirements, sections, chapters, levels, total: rollup(`L${input.level}`, `Level ${input.level}`, inScope) };
}

function decide(
  req: Requirement,
  level: Level,
  rules: readonly CoverageRule[],
  findings: readonly CoverageFinding[],
  attestations: readonly CoverageAttestation[],
  ran: ReadonlySet<string>,
  frameworks: ReadonlySet<string>,
  now: string | Date,
  hotspots: readonly CoverageHotspot[] = [],
): RequirementCoverage {
  const mappedRules = rules.map((r) => r.id).sort();
  const rulesRan = rules.filter((r) => ran.has(r.id) && ruleApplies(r, frameworks)).map((r) => r.id).sort();
  const failingRules = [...new Set(findings.map((f) => f.ruleId))].sort();
  const attestation = currentAttestation(attestations, now);
  const base = {
    id: req.id,
    chapterId: req.chapterId,
    sectionId: req.sectionId,
    level: req.level,
    inScope: req.level <= level,
    automatable: req.automatable,
    mappedRules,
    rulesRan,
    openFindings: findings.length,
    failingRules,
  };
  const by = attestation?.by ? ` by ${attestation.by}` : '';
  const note = attestation?.note ? `: ${attestation.note}` : '';
  if (findings.length > 0) {
    const plural = findings.length === 1 ? 'finding' : 'findings';
    return { ...base, status: 'failing', attestation: attestation?.status === 'fail' ? attestation : null, reason: `${findings.length} open ${plural} of ${failingRules.join(', ')}` };
  }
  if (attestation?.status === 'fail') return { ...base, status: 'failing', attestation, reason: `attested as failing${by}${note}` };
  if (attestation?.status === 'pass') return { ...base, status: 'passing_attested', attestation, reason: `attested as passing${by}${note}` };
  if (attestation?.status === 'not_applicable') return { ...base, status: 'not_applicable', attestation, reason: `attested as not applicable${by}${note}` };
  // Security-sensitive code nobody has reviewed: neither a failure nor a pass.
  const unreviewed = hotspots.filter((h) => h.review === 'unreviewed');
  if (unreviewed.length > 0) {
    const of = [...new Set(unreviewed.map((h) => h.ruleId))].sort().join(', ');
    return { ...base, status: 'not_verified', attestation: null, reason: `${unreviewed.length} hotspot${unreviewed.length === 1 ? '' : 's'} of ${of} await${unreviewed.length === 1 ? 's' : ''} review` };
  }
  const safe = hotspots.length;
  const evidence = safe > 0 ? `; ${safe} hotspot${safe === 1 ? '' : 's'} reviewed safe` : '';
  if (rulesRan.length > 0 && req.automatable === 'automatable') {
    return { ...base, status: 'passing_automated', attestation: null, reason: `${rulesRan.join(', ')} ran and found nothing${evidence}` };
  }
  if (rulesRan.length > 0) {
    return { ...base, status: 'not_verified', attestation: null, reason: `${rulesRan.join(', ')} ran and found nothing, but code analysis only partly covers this requirement (${req.automatable}): attest it` };
  }
  if (mappedRules.length > 0) return { ...base, status: 'not_verified', attestation: null, reason: `mapped rules did not run on this project (${mappedRules.join(', ')})` };
  return { ...base, status: 'not_verified', attestation: null, reason: req.automatable === 'manual' ? 'manual requirement: needs an attestation' : 'no rule checks this yet' };
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
  };
}
