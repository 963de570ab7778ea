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

export function findingOf(rule: RuleDefinition, parts: FindingParts): Finding {
  return {
    ruleId: rule.id,
    title: rule.title,
    cwe: [...rule.cwe],
    asvs: { '5.0.0': [...rule.asvs['5.0.0']], '4.0.3': [...rule.asvs['4.0.3']] },
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
