// The rule format of DESIGN.md. A rule file default-exports nothing; it exports one `defineRule(...)`
// value, and analyzer/rules/index.ts lists it on one line.
import type { AsvsRefs, Confidence, FindingKind, Framework, Severity } from './types.js';
import type { ApiFamily, Precondition } from '../domain/index.js';
import type { NameResolver } from './names.js';
import type { ConstValue } from './constants.js';
import type { TaintRuleSpec } from './taint/spec.js';
import type { EndpointCheck } from './endpoints/rule-context.js';
import type { DependencyRuleContext } from './dependencies/rule-context.js';

import type { SyntaxNode, SyntaxTree } from './syntax/syntax-node.js';

export type { SyntaxNode, SyntaxTree };

export interface RuleDocs {
  /** What the rule finds, one or two sentences. */
  what: string;
  /** Why it matters: the attack or failure it enables. */
  why: string;
  /** A short bad example (Python). */
  example: string;
  /** The fix, as code or prose. */
  fix: string;
  /** Links (https only) to CWE, OWASP cheat sheets, framework docs. */
  references: string[];
  /**
   * The example and fix in a framework's own idiom, shown for findings in code of that framework
   * (analyzer/fix-guidance.ts picks one); `example`/`fix` above are the default.
   */
  byFramework?: Partial<Record<Framework, FrameworkDocs>>;
}

export interface FrameworkDocs {
  example: string;
  fix: string;
}

export interface ReportOptions {
  message: string;
  severity?: Severity;
  confidence?: Confidence;
  /** Overrides the rule's default kind for this finding (e.g. MD5 in a password context stays a vulnerability). */
  kind?: FindingKind;
  fix?: string;
}

/** What a visitor sees of the file it is in. Read-only apart from `report`. */
export interface RuleContext {
  /** Path relative to the scan root, POSIX separators. */
  readonly path: string;
  /** Dotted module name derived from the path (`shop/views.py` → `shop.views`). */
  readonly module: string;
  readonly source: string;
  readonly tree: SyntaxTree;
  readonly names: NameResolver;
  /** Frameworks imported by this file. */
  readonly fileFrameworks: ReadonlySet<Framework>;
  /** Frameworks imported anywhere in the project (known before rules run: a first pass collects them). */
  readonly projectFrameworks: ReadonlySet<Framework>;
  /** Constant value of an expression, following module-level constant names; undefined when unknown. */
  constant(node: SyntaxNode | null | undefined): ConstValue | undefined;
  /** Report a finding at `node`. The engine fills in ids, CWE, ASVS, fingerprint and snippet. */
  report(node: SyntaxNode, options: ReportOptions): void;
  /**
   * A finding at a call that stands only when its callee, resolved across the project, has (or
   * lacks) a trait some rule recorded with `trait` (analyzer/taint/through.ts), and, with
   * `unlessProject`, no trait of that name is recorded project-wide.
   */
  reportThrough?(node: SyntaxNode, options: ReportOptions, condition: { callee: string; trait: string; lacks?: boolean; unlessProject?: string }): void;
  /** Records a trait of the project function `fnId` (its taint IR id) for reportThrough conditions. */
  trait?(fnId: string, trait: string): void;
}

/** What a template rule sees: a Django/Jinja2 template file as text (templates are not Python). */
export interface TemplateContext {
  readonly path: string;
  readonly source: string;
  readonly lines: readonly string[];
  /** Report at a 1-based line and column span of the template. */
  report(line: number, column: number, endColumn: number, options: TemplateReportOptions): void;
}

export interface TemplateReportOptions extends ReportOptions {
  /** The places the flaw writes a value (an autoescape-off block's variables): the finding's trace, as sink steps. */
  writes?: ReadonlyArray<{ line: number; column: number; message: string }>;
}

/** Keys are tree-sitter-python node types (`call`, `assignment`, `decorated_definition`, `module` …). */
export type RuleVisitor = Partial<Record<string, (node: SyntaxNode, ctx: RuleContext) => void>>;

export interface RuleDefinition {
  /** `PY-<AREA>-<NAME>`, upper case, stable forever: triage decisions hang on it. */
  id: string;
  title: string;
  cwe: number[];
  asvs: AsvsRefs;
  severity: Severity;
  confidence: Confidence;
  /** The tier of its findings unless a report says otherwise (see Finding.kind). */
  kind: FindingKind;
  /** Frameworks the rule speaks to; absent means any Python code. */
  frameworks?: Framework[];
  docs: RuleDocs;
  /** Bandit test ids this rule corresponds to, so `# nosec B608` silences it too. */
  bandit?: string[];
  /** Non-dataflow rules: called for every node of the listed types. */
  visit?: RuleVisitor;
  /** Template rules: called once per template file (.html, .jinja, .j2 …) found in the project. */
  template?: (ctx: TemplateContext) => void;
  /** Dataflow rules: the sink kinds this rule reports (see analyzer/taint/spec.ts). */
  taint?: TaintRuleSpec;
  /** Inventory rules: called once per endpoint of the project's inventory (see analyzer/endpoints/rule-context.ts). */
  endpoint?: EndpointCheck;
  /** Dependency rules: called once per project with its inventory, imports and advisory data. */
  dependencies?: (ctx: DependencyRuleContext) => void;
  /**
   * What the rule must have seen in a project before finding nothing counts as a pass (see
   * domain/facts.ts). Left out, rulePreconditions() derives it: dataflow rules need request
   * handlers and the API family of their sinks, template rules need templates, framework rules
   * need the app's configuration, others any Python code.
   */
  needs?: readonly Precondition[];
}

/** The API families a dataflow sink kind belongs to; kinds absent here are language built-ins (eval, open, logging). */
const SINK_FAMILIES: Partial<Record<string, readonly ApiFamily[]>> = {
  sql: ['sql'],
  nosql: ['nosql'],
  command: ['subprocess'],
  template: ['templating'],
  ssrf: ['http_client'],
  deserialize: ['pickle', 'yaml', 'marshal'],
  xxe: ['xml'],
  ldap: ['ldap'],
  xpath: ['xpath'],
};

/** The rule's preconditions: declared, or derived from what kind of rule it is. */
export function rulePreconditions(rule: RuleDefinition): readonly Precondition[] {
  if (rule.needs) return rule.needs;
  if (rule.taint) {
    const families = [...new Set(rule.taint.sinkKinds.flatMap((k) => SINK_FAMILIES[k] ?? []))];
    return families.length > 0 ? [{ kind: 'request_handlers' }, { kind: 'api', families }] : [{ kind: 'request_handlers' }];
  }
  if (rule.template) return [{ kind: 'templates' }];
  if (rule.endpoint) return [{ kind: 'request_handlers' }];
  for (const [prefix, needs] of BY_PREFIX) if (rule.id.startsWith(prefix)) return needs;
  if (rule.frameworks && rule.frameworks.length > 0) return [{ kind: 'app_config' }];
  return [{ kind: 'python_source' }];
}

/** Rule families whose id says what they speak about (a rule may still declare `needs` itself). */
const BY_PREFIX: ReadonlyArray<[string, readonly Precondition[]]> = [
  ['PY-JWT-', [{ kind: 'api', families: ['jwt'] }]],
  ['PY-CRYPTO-', [{ kind: 'api', families: ['crypto'] }]],
  ['PY-AUTH-', [{ kind: 'request_handlers' }]],
  ['PY-SESSION-', [{ kind: 'request_handlers' }]],
  ['PY-LOG-', [{ kind: 'request_handlers' }]],
  ['PY-DATA-', [{ kind: 'request_handlers' }]],
];

const ID_PATTERN = /^PY-[A-Z0-9]+(-[A-Z0-9]+)+$/;

export function defineRule(rule: RuleDefinition): RuleDefinition {
  if (!ID_PATTERN.test(rule.id)) throw new Error(`rule id ${rule.id} must look like PY-AREA-NAME`);
  if (rule.cwe.length === 0) throw new Error(`rule ${rule.id} must name at least one CWE`);
  if (!rule.visit && !rule.taint && !rule.template && !rule.dependencies && !rule.endpoint) throw new Error(`rule ${rule.id} needs visit, template, taint, dependencies or endpoint`);
  for (const ref of rule.docs.references) {
    if (!ref.startsWith('https://')) throw new Error(`rule ${rule.id}: reference ${ref} is not https`);
  }
  return Object.freeze(rule);
}

/** What coverage needs to know of a rule: where it maps, what it applies to, what it must see. */
export interface RuleScope {
  id: string;
  asvs: AsvsRefs;
  frameworks?: readonly Framework[];
  needs: readonly Precondition[];
  sinkKinds?: readonly string[];
}

export function ruleScope(rule: RuleDefinition): RuleScope {
  return { id: rule.id, asvs: rule.asvs, frameworks: rule.frameworks, needs: rulePreconditions(rule), sinkKinds: rule.taint?.sinkKinds };
}
