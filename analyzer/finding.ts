// A finding of one of our rules: the rule's identity, CWE, ASVS and defaults, with what the
// reporter (per-file visitor, template check or taint pass) found. One place builds them all, so
// one place decides that findings in test-only code are hotspots at most.
import type { Confidence, Finding, FindingKind, Range, Severity, TraceStep } from './types.js';
import type { RuleDefinition } from './rule.js';
import { isTestPath } from './rules/support/test-paths.js';

export interface FindingParts {
  path: string;
  range: Range;
  message: string;
  snippet: string;
  fingerprint: string;
  severity?: Severity;
  confidence?: Confidence;
  kind?: FindingKind;
  fix?: string;
  trace?: TraceStep[];
}

type RuleRefs = Pick<Finding, 'cwe' | 'asvs'>;
const refsOf = new WeakMap<RuleDefinition, RuleRefs>();

/** A trace's sink step at one point of a file (a template line the value is written on). */
export function sinkStepAt(at: { path: string; line: number; column: number; message: string; snippet: string }): TraceStep {
  const point = { line: at.line, column: at.column };
  return { kind: 'sink', path: at.path, range: { start: point, end: { ...point } }, message: at.message, snippet: at.snippet };
}

/**
 * One frozen copy of a rule's CWE and ASVS lists, shared by all its findings: a findings-heavy
 * project has tens of thousands of them, and four small objects each add up. Frozen, so a change
 * meant for one finding throws instead of reaching every other.
 */
function ruleRefs(rule: RuleDefinition): RuleRefs {
  let refs = refsOf.get(rule);
  if (!refs) {
    const asvs = { '5.0.0': Object.freeze([...rule.asvs['5.0.0']]), '4.0.3': Object.freeze([...rule.asvs['4.0.3']]) };
    refs = { cwe: Object.freeze([...rule.cwe]) as number[], asvs: Object.freeze(asvs) as unknown as Finding['asvs'] };
    refsOf.set(rule, refs);
  }
  return refs;
}

export function findingOf(rule: RuleDefinition, parts: FindingParts): Finding {
  const refs = ruleRefs(rule);
  return {
    ruleId: rule.id,
    title: rule.title,
    cwe: refs.cwe,
    asvs: refs.asvs,
    severity: parts.severity ?? rule.severity,
    confidence: parts.confidence ?? rule.confidence,
    // Test code is not deployed: whatever it does is for a person to look at, never a vulnerability.
    kind: isTestPath(parts.path) ? 'hotspot' : (parts.kind ?? rule.kind),
    path: parts.path,
    range: parts.range,
    message: parts.message,
    snippet: parts.snippet,
    trace: parts.trace ?? [],
    fix: parts.fix ?? rule.docs.fix,
    fingerprint: parts.fingerprint,
    suppression: null,
    tool: 'assay',
  };
}
