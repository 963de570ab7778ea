// Whether a rule's silence can speak for a project: its preconditions (domain/facts.ts) weighed
// against what the scan examined. Each verdict carries the words every view shows, so the app, the
// CLI and the reports explain a status with the same counts.
import { API_FAMILY_LABELS, FRAMEWORKS, SINK_LABELS, unmetDependencyPrecondition, type ApiFamily, type AsvsVersion, type Precondition, type ScanFacts } from '../domain/index.js';

export interface PreconditionRule {
  id: string;
  needs: readonly Precondition[];
  /** Dataflow rules: the sink kinds they follow data into. */
  sinkKinds?: readonly string[];
}

/**
 * examined — everything it needs was there: finding nothing means something;
 * absent — the code it speaks about is not in the project (evidence for a suggested N/A);
 * blocked — it could not see what it needs (unmodelled handlers, no app config …).
 */
export type RuleVerdict = { state: 'examined'; seen: string[] } | { state: 'absent'; evidence: string } | { state: 'blocked'; why: string };

const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const sum = (m: Partial<Record<string, number>>) => Object.values(m).reduce<number>((a, b) => a + (b ?? 0), 0);

export function handlersText(facts: ScanFacts): string {
  const fws = Object.keys(facts.handlers).filter((k) => (facts.handlers[k] ?? 0) > 0).sort();
  return `${n(sum(facts.handlers), 'request handler')} in ${fws.join(', ')}`;
}

export function unmodelledText(facts: ScanFacts): string | null {
  const webs = Object.entries(facts.unmodelled).filter(([, c]) => (c ?? 0) > 0).sort(([a], [b]) => a.localeCompare(b));
  if (webs.length === 0) return null;
  return `request handlers in ${webs.map(([w, c]) => `${w} (${n(c!, 'file')})`).join(', ')} are not modelled, so their dataflow is not followed`;
}

/** Sink kinds written by rendering a template file: the dataflow follows request data into what it writes. */
const TEMPLATE_OUTPUT_SINKS: ReadonlySet<string> = new Set(['xss', 'script-url']);

function unresolvedTemplatesText(count: number): string {
  return `${n(count, 'template name')} the views render ${count === 1 ? 'resolves' : 'resolve'} to no template file in the repository, so what ${count === 1 ? 'it writes is' : 'they write is'} not examined`;
}

/** Why the templates the views render were not all examined (missing files, names chosen at run time), or null when they were. */
export function templateNamesText(facts: ScanFacts): string | null {
  const parts: string[] = [];
  if ((facts.unresolvedTemplates ?? 0) > 0) parts.push(unresolvedTemplatesText(facts.unresolvedTemplates!));
  const runtime = facts.runtimeTemplates ?? 0;
  if (runtime > 0) parts.push(`${n(runtime, 'render call')} with the template chosen at run time, so what ${runtime === 1 ? 'it renders is' : 'they render is'} not examined`);
  return parts.length > 0 ? parts.join('; ') : null;
}

/** "1 log call", "2 log calls": the labels are plural; one of them names its first plural noun in the singular. */
function sinkLabel(kind: string, count: number): string {
  const label = SINK_LABELS[kind] ?? `${kind} sinks`;
  return count === 1 ? label.replace(/\b(\w+?)(ies|s)\b(?= with| from|$)/, (_m, stem: string, end: string) => stem + (end === 'ies' ? 'y' : '')) : label;
}

export function judgeRule(rule: PreconditionRule, facts: ScanFacts): RuleVerdict {
  const seen: string[] = [];
  for (const p of rule.needs) {
    switch (p.kind) {
      case 'api': {
        const used = p.families.filter((f) => (facts.apis[f] ?? 0) > 0);
        const names = p.families.map((f) => API_FAMILY_LABELS[f]).join(' or ');
        if (used.length === 0) return { state: 'absent', evidence: `no ${names} code in ${n(facts.pythonFiles, 'Python file')}` };
        seen.push(`${names} code in ${n(Math.max(...used.map((f) => facts.apis[f] ?? 0)), 'file')}`);
        break;
      }
      case 'templates':
        // Views render templates the repository does not hold: their encoding was never looked at.
        if ((facts.unresolvedTemplates ?? 0) > 0) return { state: 'blocked', why: unresolvedTemplatesText(facts.unresolvedTemplates!) };
        if (facts.templates === 0) return { state: 'absent', evidence: `no templates among the files scanned (${n(facts.pythonFiles, 'Python file')})` };
        seen.push(n(facts.templates, 'template'));
        break;
      case 'request_handlers': {
        const unmodelled = unmodelledText(facts);
        if (unmodelled) return { state: 'blocked', why: unmodelled };
        if (sum(facts.handlers) === 0) return { state: 'blocked', why: `no request handlers found in a framework Assay models (${FRAMEWORKS.join(', ')})` };
        seen.push(handlersText(facts));
        break;
      }
      case 'app_config':
        if (facts.appConfigs === 0) return { state: 'blocked', why: 'no settings module or app configuration found' };
        seen.push(n(facts.appConfigs, 'settings module or app config', 'settings modules or app configs'));
        break;
      case 'python_source':
        if (facts.pythonFiles === 0) return { state: 'blocked', why: 'no Python code was analysed' };
        seen.push(n(facts.pythonFiles, 'Python file'));
        break;
      case 'dependencies':
      case 'advisories': {
        // Missing or stale dependency data: the rule could not look, so its silence earns no pass.
        const why = unmetDependencyPrecondition(p, facts);
        if (why) return { state: 'blocked', why };
        seen.push(p.kind === 'dependencies' ? n(facts.dependencies ?? 0, 'dependency', 'dependencies') : `${n(facts.advisories ?? 0, 'advisory', 'advisories')} ${n(facts.advisoryAgeDays ?? 0, 'day')} old`);
        break;
      }
    }
  }
  // A dataflow rule whose analysis was cut short somewhere cannot vouch for the flows it did not finish.
  if (rule.needs.some((p) => p.kind === 'request_handlers') && (facts.budgetExceeded ?? 0) > 0) {
    return { state: 'blocked', why: `${n(facts.budgetExceeded!, 'file')} partially analysed: budget exceeded (dataflow too deeply nested to finish), so flows in ${facts.budgetExceeded === 1 ? 'it' : 'them'} may be missing` };
  }
  // A dataflow rule into rendered templates cannot vouch for templates it could not find or name.
  const kinds = rule.sinkKinds ?? [];
  if (kinds.some((k) => TEMPLATE_OUTPUT_SINKS.has(k))) {
    const why = templateNamesText(facts);
    if (why) return { state: 'blocked', why };
  }
  // A dataflow rule whose sinks occur nowhere in the project (the pass counts every call of each
  // kind, in handlers or not) had nothing to follow data into: its silence is evidence of absence.
  if (kinds.length > 0 && kinds.every((k) => (facts.sinks[k] ?? 0) === 0)) {
    return { state: 'absent', evidence: `no ${kinds.map((k) => SINK_LABELS[k] ?? `${k} sinks`).join(' or ')} in ${n(facts.pythonFiles, 'Python file')}` };
  }
  for (const kind of kinds) seen.push(`${facts.sinks[kind] ?? 0} ${sinkLabel(kind, facts.sinks[kind] ?? 0)} examined`);
  return { state: 'examined', seen };
}

/**
 * Requirements that speak only of an API family, whatever rule maps to them: with none of the
 * families used anywhere, the requirement is suggested not applicable (uploads: there is nothing to
 * size-limit, type-check or quota). Where a family is used, the requirement's own rules decide.
 * Both versions, ids matched through the crosswalk (asvs/preconditions.test.ts).
 */
export const REQUIREMENT_FAMILIES: Readonly<Record<AsvsVersion, Readonly<Record<string, readonly ApiFamily[]>>>> = {
  '5.0.0': {
    'V5.1.1': ['upload'],
    'V5.2.1': ['upload'],
    'V5.2.2': ['upload'],
    // Archives reach an application by upload or by other means (downloads, files on disk).
    'V5.2.3': ['upload', 'archive'],
    'V5.2.4': ['upload'],
    'V5.2.5': ['upload'],
    'V5.2.6': ['upload'],
  },
  '4.0.3': {
    'V12.1.1': ['upload'],
    'V12.1.2': ['upload', 'archive'],
    'V12.1.3': ['upload'],
    'V12.2.1': ['upload'],
    'V12.5.2': ['upload'],
  },
};

/** The evidence that none of a requirement's families is used, or null when the requirement has none or one is used. */
export function absentFamilies(version: AsvsVersion, requirementId: string, facts: ScanFacts): string | null {
  const families = REQUIREMENT_FAMILIES[version][requirementId];
  if (!families || families.some((f) => (facts.apis[f] ?? 0) > 0)) return null;
  return `no ${families.map((f) => API_FAMILY_LABELS[f]).join(' or ')} code in ${n(facts.pythonFiles, 'Python file')}`;
}
