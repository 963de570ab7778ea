// One requirement's status for one scan, and the sentence that says why. The order of the checks
// is the precedence: open findings (or an attested failure) > an attested pass or N/A > accepted
// risks > unreviewed hotspots > what the mapped rules could see. A pass is only "automated" when
// every applicable mapped rule ran on code it could see and found nothing; not verified is never
// counted as passing.
import { FINDING_STANDINGS, type ScanFacts } from '../domain/index.js';
import type { CoverageAttestation, CoverageFinding, CoverageRule, RequirementCoverage, StandingCounts } from './coverage.js';
import { currentAttestation } from './coverage.js';
import { absentFamilies, judgeRule, type RuleVerdict } from './preconditions.js';
import type { AsvsVersion, Level, Requirement } from './types.js';

export interface DecideContext {
  frameworks: ReadonlySet<string>;
  ran: ReadonlySet<string>;
  facts: ScanFacts | null;
  now: string | Date;
  level: Level;
  version: AsvsVersion;
}

const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function ruleApplies(rule: CoverageRule, frameworks: ReadonlySet<string>): boolean {
  return !rule.frameworks || rule.frameworks.length === 0 || rule.frameworks.some((f) => frameworks.has(f));
}

function standingCounts(findings: readonly CoverageFinding[]): { counts: StandingCounts; rules: Map<string, Set<string>> } {
  const counts = Object.fromEntries(FINDING_STANDINGS.map((s) => [s, 0])) as StandingCounts;
  const rules = new Map<string, Set<string>>();
  for (const f of findings) {
    counts[f.standing] += f.count ?? 1;
    const set = rules.get(f.standing) ?? new Set<string>();
    set.add(f.ruleId);
    rules.set(f.standing, set);
  }
  return { counts, rules };
}

/** "1 false positive dismissed; 2 hotspots reviewed safe": the person-made evidence behind a pass. */
function dismissals(c: StandingCounts): string {
  const parts: string[] = [];
  if (c.false_positive) parts.push(`${n(c.false_positive, 'false positive')} dismissed`);
  if (c.reviewed_safe) parts.push(`${n(c.reviewed_safe, 'hotspot')} reviewed safe`);
  return parts.length ? `; ${parts.join('; ')}` : '';
}

export function decide(req: Requirement, rules: readonly CoverageRule[], findings: readonly CoverageFinding[], attestations: readonly CoverageAttestation[], ctx: DecideContext): RequirementCoverage {
  const mappedRules = rules.map((r) => r.id).sort();
  const applicable = rules.filter((r) => ruleApplies(r, ctx.frameworks));
  const verdicts = new Map<string, RuleVerdict>(ctx.facts ? applicable.filter((r) => ctx.ran.has(r.id)).map((r) => [r.id, judgeRule(r, ctx.facts!)]) : []);
  const rulesRan = [...verdicts].filter(([, v]) => v.state === 'examined').map(([id]) => id).sort();
  const { counts, rules: rulesOf } = standingCounts(findings);
  const failing = counts.open + counts.suppressed_without_reason;
  const failingRules = [...new Set([...(rulesOf.get('open') ?? []), ...(rulesOf.get('suppressed_without_reason') ?? [])])].sort();
  const attestation = currentAttestation(attestations, ctx.now);
  const base = {
    id: req.id,
    chapterId: req.chapterId,
    sectionId: req.sectionId,
    level: req.level,
    inScope: req.level <= ctx.level,
    automatable: req.automatable,
    mappedRules,
    rulesRan,
    openFindings: failing,
    failingRules,
    standings: counts,
    conflict: null,
  };
  const by = attestation?.by ? ` by ${attestation.by}` : '';
  const note = attestation?.note ? `: ${attestation.note}` : '';
  const evidence = dismissals(counts);

  if (attestation?.status === 'pass' && attestation.override) {
    const conflict = { override: attestation.override, openFindings: attestation.overriddenFindings ?? failing, by: attestation.by ?? '' };
    return { ...base, status: 'passing_attested', attestation, conflict, reason: `attested as passing${by} over ${n(conflict.openFindings, 'open finding')} (override: ${attestation.override})${note}` };
  }
  if (failing > 0) {
    const unjustified = counts.suppressed_without_reason ? `; ${counts.suppressed_without_reason} suppressed without a reason, which closes nothing` : '';
    const contradicted = attestation?.status === 'pass' ? `; contradicts the pass attested${by}` : '';
    return { ...base, status: 'failing', attestation: attestation?.status === 'fail' ? attestation : null, reason: `${n(failing, 'open finding')} of ${failingRules.join(', ')}${unjustified}${contradicted}` };
  }
  if (attestation?.status === 'fail') return { ...base, status: 'failing', attestation, reason: `attested as failing${by}${note}` };
  if (attestation?.status === 'pass') return { ...base, status: 'passing_attested', attestation, reason: `attested as passing${by}${note}${evidence}` };
  if (attestation?.status === 'not_applicable') return { ...base, status: 'not_applicable', attestation, reason: `attested as not applicable${by}${note}` };
  const accepted = counts.risk_accepted + counts.suppressed_with_reason;
  if (accepted > 0) {
    const acceptedRules = [...new Set([...(rulesOf.get('risk_accepted') ?? []), ...(rulesOf.get('suppressed_with_reason') ?? [])])].sort();
    const parts = [counts.risk_accepted ? `${n(counts.risk_accepted, 'finding')} accepted as a risk` : '', counts.suppressed_with_reason ? `${n(counts.suppressed_with_reason, 'finding')} suppressed in code with a reason` : ''].filter(Boolean);
    return { ...base, status: 'failing_risk_accepted', attestation: null, reason: `${parts.join(' and ')} (${acceptedRules.join(', ')}): an exception, not a pass` };
  }
  if (counts.unreviewed_hotspot > 0) {
    return { ...base, status: 'not_verified', attestation: null, reason: `${n(counts.unreviewed_hotspot, 'security hotspot')} of ${[...(rulesOf.get('unreviewed_hotspot') ?? [])].sort().join(', ')} ${counts.unreviewed_hotspot === 1 ? 'awaits' : 'await'} review` };
  }
  // A requirement about an API the project never uses (file uploads …): nothing to verify, whatever rule maps here.
  const absent = ctx.facts ? absentFamilies(ctx.version, req.id, ctx.facts) : null;
  if (absent) {
    const ran = applicable.filter((r) => ctx.ran.has(r.id)).map((r) => r.id).sort();
    const looked = ran.length ? ` (${ran.join(', ')} had nothing to examine)` : '';
    return { ...base, attestation: null, status: 'not_applicable_suggested', reason: `suggested not applicable: ${absent}${looked}; confirm it to record an N/A attestation` };
  }
  return { ...base, attestation: null, ...automated(req, mappedRules, applicable, verdicts, ctx, evidence) };
}

function automated(
  req: Requirement, mappedRules: string[], applicable: readonly CoverageRule[], verdicts: ReadonlyMap<string, RuleVerdict>, ctx: DecideContext, evidence: string,
): Pick<RequirementCoverage, 'status' | 'reason'> {
  if (mappedRules.length === 0) return { status: 'not_verified', reason: req.automatable === 'manual' ? 'manual requirement: needs an attestation' : 'no rule checks this yet' };
  if (applicable.length === 0) return { status: 'not_verified', reason: `mapped rules did not run on this project (${mappedRules.join(', ')})` };
  const notRun = applicable.filter((r) => !ctx.ran.has(r.id)).map((r) => r.id);
  if (notRun.length === applicable.length) return { status: 'not_verified', reason: `mapped rules did not run on this project (${notRun.join(', ')})` };
  if (!ctx.facts) return { status: 'not_verified', reason: 'this scan was recorded before Assay kept what it examined; scan again to verify it automatically' };
  const list = [...verdicts];
  const absent = list.filter(([, v]) => v.state === 'absent') as Array<[string, Extract<RuleVerdict, { state: 'absent' }>]>;
  const blocked = list.filter(([, v]) => v.state === 'blocked') as Array<[string, Extract<RuleVerdict, { state: 'blocked' }>]>;
  const examined = list.filter(([, v]) => v.state === 'examined') as Array<[string, Extract<RuleVerdict, { state: 'examined' }>]>;
  if (notRun.length === 0 && absent.length === list.length) {
    const why = [...new Set(absent.map(([, v]) => v.evidence))].join('; ');
    return { status: 'not_applicable_suggested', reason: `suggested not applicable: ${why} (${absent.map(([id]) => id).join(', ')} had nothing to examine); confirm it to record an N/A attestation` };
  }
  const gaps: string[] = [];
  if (notRun.length) gaps.push(`${notRun.join(', ')} did not run`);
  for (const why of new Set(blocked.map(([, v]) => v.why))) gaps.push(why);
  if (gaps.length) {
    const ids = blocked.map(([id]) => id).join(', ');
    return { status: 'not_verified', reason: `${gaps.join('; ')}${ids ? ` (${ids})` : ''}` };
  }
  const seen = [...new Set(examined.flatMap(([, v]) => v.seen))].join('; ');
  const ids = examined.map(([id]) => id).sort().join(', ');
  if (req.automatable !== 'automatable') {
    return { status: 'not_verified', reason: `${ids} ran and found nothing (${seen}), but code analysis only partly covers this requirement (${req.automatable}): attest it` };
  }
  return { status: 'passing_automated', reason: `${ids} ran and found nothing: ${seen}${evidence}` };
}
