// The per-file context rules and fact extractors see: tree, names, constants and a report sink.
import type { Framework, Finding, Range } from './types.js';
import type { ReportOptions, RuleContext, RuleDefinition, SyntaxNode, SyntaxTree } from './rule.js';
import { buildNameResolver, isPackageInit, moduleNameForPath, type NameResolver } from './names.js';
import { evaluateConstant, type ConstValue } from './constants.js';
import { frameworksOfFile } from './frameworks/detect.js';
import { FingerprintAllocator, normalizeCode } from './fingerprint.js';
import { findingOf } from './finding.js';
import { emptyThrough, type ThroughFacts } from './taint/through.js';

const SNIPPET_MAX = 300;

export function rangeOf(node: SyntaxNode): Range {
  return {
    start: { line: node.startPosition.row + 1, column: node.startPosition.column + 1 },
    end: { line: node.endPosition.row + 1, column: node.endPosition.column + 1 },
  };
}

/** A source's lines, as every location and snippet counts them. */
export function sourceLines(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}

/** The flagged line(s), trimmed: at most three lines and SNIPPET_MAX characters. */
export function snippetOf(lines: readonly string[], range: Range): string {
  const from = range.start.line - 1;
  const to = Math.min(range.end.line, range.start.line + 2);
  const text = lines
    .slice(from, to)
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/^\s+/, '');
  return text.length > SNIPPET_MAX ? text.slice(0, SNIPPET_MAX) + '…' : text;
}

/** Dotted names of the functions and classes enclosing a node: part of the fingerprint. */
export function scopeOf(node: SyntaxNode): string {
  const names: string[] = [];
  for (let cur = node.parent; cur; cur = cur.parent) {
    if (cur.type === 'function_definition' || cur.type === 'class_definition') {
      names.push(cur.childForFieldName('name')?.text ?? '?');
    }
  }
  return names.reverse().join('.');
}

/** The node whose body is the scope scopeOf names: the nearest def or class, else the module. */
function scopeNode(node: SyntaxNode): SyntaxNode {
  let top = node;
  for (let cur = node.parent; cur; cur = cur.parent) {
    if (cur.type === 'function_definition' || cur.type === 'class_definition') return cur;
    top = cur;
  }
  return top;
}

/** How many nodes of the same type and code come before `node` in its own scope (nested defs excluded). */
export function occurrenceInScope(node: SyntaxNode): number {
  const code = normalizeCode(node.text);
  const scope = scopeNode(node);
  const own = scopeOf(node);
  let n = 0;
  for (const other of scope.descendantsOfType(node.type)) {
    if (other.startIndex >= node.startIndex) break;
    if (normalizeCode(other.text) === code && scopeOf(other) === own) n++;
  }
  return n;
}

export class FileContext implements RuleContext {
  readonly module: string;
  readonly names: NameResolver;
  readonly fileFrameworks: ReadonlySet<Framework>;
  readonly findings: Finding[] = [];
  readonly lines: string[];
  private readonly moduleConstants = new Map<string, SyntaxNode | null>();
  private readonly fingerprints = new FingerprintAllocator();
  /** Set by the engine before each visitor call. */
  currentRule: RuleDefinition | null = null;

  constructor(
    readonly path: string,
    readonly source: string,
    readonly tree: SyntaxTree,
    readonly projectFrameworks: ReadonlySet<Framework>,
  ) {
    this.module = moduleNameForPath(path);
    this.names = buildNameResolver(tree.rootNode, this.module, isPackageInit(path));
    this.fileFrameworks = frameworksOfFile(this.names.importedModules, source);
    this.lines = sourceLines(source);
    this.collectModuleConstants();
  }

  private collectModuleConstants(): void {
    for (const stmt of this.tree.rootNode.namedChildren) {
      if (stmt.type !== 'expression_statement') continue;
      const assign = stmt.namedChild(0);
      if (assign?.type !== 'assignment') continue;
      const left = assign.childForFieldName('left');
      const right = assign.childForFieldName('right');
      if (left?.type !== 'identifier' || !right) continue;
      // Assigned twice at module level: which value holds depends on the path, so it is unknown.
      const name = left.text;
      this.moduleConstants.set(name, this.moduleConstants.has(name) ? null : right);
    }
  }

  /** The right-hand side of a module-level `NAME = …` assigned exactly once. */
  moduleConstant(name: string): SyntaxNode | undefined {
    return this.moduleConstants.get(name) ?? undefined;
  }

  constant(node: SyntaxNode | null | undefined): ConstValue | undefined {
    return evaluateConstant(node, (name) => this.moduleConstant(name));
  }

  /** Traits and conditional findings for calls into helpers (taint/through.ts). */
  readonly through: ThroughFacts = emptyThrough();

  report(node: SyntaxNode, options: ReportOptions): void {
    this.findings.push(this.findingAt(node, options));
  }

  reportThrough(node: SyntaxNode, options: ReportOptions, condition: { callee: string; trait: string; lacks?: boolean; unlessProject?: string }): void {
    this.through.pending.push({ finding: this.findingAt(node, options), from: this.module, ...condition });
  }

  trait(fnId: string, trait: string): void {
    const list = (this.through.traits[fnId] ??= []);
    if (!list.includes(trait)) list.push(trait);
  }

  private findingAt(node: SyntaxNode, options: ReportOptions): Finding {
    const rule = this.currentRule;
    if (!rule) throw new Error('report() called outside a rule visitor');
    const range = rangeOf(node);
    return (
      findingOf(rule, {
        path: this.path,
        range,
        message: options.message,
        snippet: snippetOf(this.lines, range),
        fingerprint: this.fingerprints.next(rule.id, this.path, scopeOf(node), node.text, occurrenceInScope(node)),
        severity: options.severity,
        confidence: options.confidence,
        kind: options.kind,
        fix: options.fix,
      })
    );
  }
}
