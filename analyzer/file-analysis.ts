// One file, start to finish: parse (into the compact tree), resolve names, run every applicable
// rule in a single walk of the tree, collect suppression comments and the facts the project-wide
// taint pass needs.
// Runs inside a parse worker; everything it returns is structured-cloneable.
import Parser from 'tree-sitter';
import Python from 'tree-sitter-python';
import type { Finding, Framework } from './types.js';
import type { RuleDefinition, SyntaxNode, SyntaxTree } from './rule.js';
import { CompactTree, compactTree } from './syntax/compact-tree.js';
import { FileContext } from './file-context.js';
import { parseSuppressionComment, applySuppressions, type SuppressionComment } from './suppressions.js';
import { extractFacts, type FileFacts } from './taint/facts.js';
import { importFacts, type ImportFacts } from './dependencies/imports.js';
import { securityLogEvidence } from './facts/security-logging.js';
import type { SecurityLogEvidence } from '../domain/index.js';
import { endpointFacts, type FileEndpointFacts } from './endpoints/file-facts.js';

export interface FileAnalysis {
  path: string;
  lines: number;
  partial: boolean;
  findings: Finding[];
  suppressionComments: SuppressionComment[];
  frameworks: Framework[];
  facts: FileFacts;
  /** Where the file logs security events (evidence for the logging requirements). */
  securityLogging: SecurityLogEvidence[];
  /** The file's part of the endpoint inventory (routes, views, guards); null when it could not be read. */
  endpoints?: FileEndpointFacts | null;
  /** Rule crashes are recorded, not thrown: one bad rule must not lose a whole file. */
  ruleErrors: Array<{ ruleId: string; message: string }>;
  /** Imported modules and module names spelled in settings strings (dependency rules). */
  imports: ImportFacts;
}

let parser: Parser | null = null;

export function getParser(): Parser {
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(Python as unknown as Parser.Language);
  }
  return parser;
}

/** tree-sitter's default callback input reads in 32 KiB chunks; larger sources parse via a callback. */
export function parseSource(source: string): Parser.Tree {
  const p = getParser();
  if (source.length < 32 * 1024) return p.parse(source);
  return p.parse((index: number) => source.slice(index, index + 16 * 1024));
}

type Handler = [RuleDefinition, (node: SyntaxNode, ctx: FileContext) => void];

const dispatchCache = new WeakMap<readonly RuleDefinition[], Map<string, Handler[]>>();

function dispatchTable(rules: readonly RuleDefinition[]): Map<string, Handler[]> {
  let table = dispatchCache.get(rules);
  if (table) return table;
  table = new Map();
  for (const rule of rules) {
    for (const [type, fn] of Object.entries(rule.visit ?? {})) {
      if (!fn) continue;
      const list = table.get(type) ?? [];
      list.push([rule, fn]);
      table.set(type, list);
    }
  }
  dispatchCache.set(rules, table);
  return table;
}

/** What the walk does at a node of one type; null: nothing. */
interface TypeEntry {
  comment: boolean;
  handlers: Handler[] | undefined;
}

/** Per rule list, entries by the compact tree's type id (ids are the language's, the same in every tree). */
const typeTables = new WeakMap<readonly RuleDefinition[], Array<TypeEntry | null | undefined>>();

function typeTable(rules: readonly RuleDefinition[]): Array<TypeEntry | null | undefined> {
  let byType = typeTables.get(rules);
  if (!byType) typeTables.set(rules, (byType = []));
  return byType;
}

function entryFor(type: string, table: Map<string, Handler[]>): TypeEntry | null {
  const handlers = table.get(type);
  const comment = type === 'comment';
  return handlers || comment ? { comment, handlers } : null;
}

export function rulesFor(rules: readonly RuleDefinition[], frameworks: ReadonlySet<Framework>): RuleDefinition[] {
  return rules.filter((r) => !r.frameworks || r.frameworks.some((f) => frameworks.has(f)));
}

export interface AnalyzeFileOptions {
  /**
   * 'compact' (default): one cursor walk into the compact tree, then no native calls. 'native':
   * the rules read tree-sitter's own nodes, as before the compact tree; kept so a test can prove
   * both give the same results.
   */
  syntax?: 'compact' | 'native';
}

/** Parse and copy into the compact tree; the native tree is left to the garbage collector. */
export function parseCompact(source: string): CompactTree {
  return compactTree(parseSource(source), source);
}

export function analyzeFile(
  path: string,
  source: string,
  rules: readonly RuleDefinition[],
  projectFrameworks: ReadonlySet<Framework>,
  options: AnalyzeFileOptions = {},
): FileAnalysis {
  const native = options.syntax === 'native';
  const tree: SyntaxTree = native ? parseSource(source) : parseCompact(source);
  const ctx = new FileContext(path, source, tree, projectFrameworks);
  const table = dispatchTable(rules);
  const comments: SuppressionComment[] = [];
  const ruleErrors: FileAnalysis['ruleErrors'] = [];
  const failed = new Set<string>();

  const comment = (n: SyntaxNode) => {
    const s = parseSuppressionComment(n.text, n.startPosition.row + 1);
    if (s) comments.push(s);
  };
  const run = (handlers: readonly Handler[], n: SyntaxNode) => {
    for (const [rule, fn] of handlers) {
      // A file's rules rarely fail: spare the lookup per handler call until one has.
      if (failed.size !== 0 && failed.has(rule.id)) continue;
      ctx.currentRule = rule;
      try {
        fn(n, ctx);
      } catch (err) {
        failed.add(rule.id);
        ruleErrors.push({ ruleId: rule.id, message: err instanceof Error ? err.message : String(err) });
      }
    }
    ctx.currentRule = null;
  };

  // Every node in pre-order, without recursion (hostile files nest thousands deep).
  if (tree instanceof CompactTree) {
    // Looked up by type id: most nodes (identifiers, punctuation) have no handler and no node object is made for them.
    const byType = typeTable(rules);
    const ids = tree.types;
    for (let i = 0; i < tree.size; i++) {
      const type = ids[i]!;
      let entry = byType[type];
      if (entry === undefined) entry = byType[type] = entryFor(tree.typeName(i), table);
      if (entry === null) continue;
      const n = tree.node(i);
      if (entry.comment) comment(n);
      if (entry.handlers) run(entry.handlers, n);
    }
  } else {
    const cursor = (tree as Parser.Tree).walk();
    for (;;) {
      const type = cursor.nodeType;
      if (type === 'comment') comment(cursor.currentNode);
      const handlers = table.get(type);
      if (handlers) run(handlers, cursor.currentNode);
      if (cursor.gotoFirstChild()) continue;
      let done = false;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) {
          done = true;
          break;
        }
      }
      if (done) break;
    }
  }

  const findings = ctx.findings;
  const byId = new Map(rules.map((r) => [r.id, r.bandit ?? []]));
  applySuppressions(findings, comments, (id) => byId.get(id) ?? []);
  return {
    path,
    lines: ctx.lines.length,
    partial: tree.rootNode.hasError,
    findings,
    suppressionComments: comments,
    frameworks: [...ctx.fileFrameworks],
    facts: extractFacts(ctx),
    securityLogging: securityLogEvidence(tree.rootNode, ctx),
    endpoints: safeEndpointFacts(ctx),
    ruleErrors,
    imports: importFacts(tree.rootNode),
  };
}

/** A file the inventory cannot read loses its routes, never its findings. */
function safeEndpointFacts(ctx: FileContext): FileEndpointFacts | null {
  try {
    return endpointFacts(ctx);
  } catch {
    return null;
  }
}
