// Which local names hold a Flask or FastAPI/Starlette application in this file, and how a config
// write on one reads: `app.config['K'] = v`, `app.config.update(K=v)`, `app.k = v`. Rules ask here
// so that `app` means the same thing to all of them: a name bound to `flask.Flask(...)`.
import type { RuleContext, RuleVisitor, SyntaxNode } from '../../rule.js';
import { isTestPath } from '../support/test-paths.js';

export type AppKind = 'flask' | 'asgi';

const CONSTRUCTORS: Record<string, AppKind> = {
  'flask.Flask': 'flask',
  'flask.app.Flask': 'flask',
  'fastapi.FastAPI': 'asgi',
  'fastapi.applications.FastAPI': 'asgi',
  'starlette.applications.Starlette': 'asgi',
};

const cache = new WeakMap<RuleContext, Map<string, AppKind>>();

/** Names assigned an application object anywhere in the file (module level or in a factory). */
export function appNames(ctx: RuleContext): Map<string, AppKind> {
  let names = cache.get(ctx);
  if (names) return names;
  names = namesBoundToCalls(ctx, (callee) => CONSTRUCTORS[callee]);
  cache.set(ctx, names);
  return names;
}

/**
 * Names bound, in a statement, to a call whose qualified callee `kindOf` knows (`app = Flask(...)`,
 * `csrf = CSRFProtect(app)`), with the kind it gives. Such objects are created in statements, never
 * deep inside expressions, so the walk does not descend into them.
 */
export function namesBoundToCalls<K>(ctx: RuleContext, kindOf: (callee: string) => K | undefined): Map<string, K> {
  const names = new Map<string, K>();
  const stack: SyntaxNode[] = [ctx.tree.rootNode];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'assignment') {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (left?.type === 'identifier' && right?.type === 'call') {
        const kind = kindOf(ctx.names.qualifiedName(right.childForFieldName('function')) ?? '');
        if (kind !== undefined) names.set(left.text, kind);
      }
      continue;
    }
    for (const child of node.namedChildren) {
      if (child.type !== 'comment' && !child.type.endsWith('_expression') && child.type !== 'call') stack.push(child);
    }
  }
  return names;
}

/** True when `node` is a Flask application: a name bound to Flask(...) or flask.current_app. */
export function isFlaskApp(node: SyntaxNode | null | undefined, ctx: RuleContext): boolean {
  if (!node) return false;
  if (node.type === 'identifier' && appNames(ctx).get(node.text) === 'flask') return true;
  return ctx.names.qualifiedName(node) === 'flask.current_app';
}

/** One configuration key written on a Flask app, with the node of the value written. */
export interface ConfigWrite {
  key: string;
  value: SyntaxNode;
}

/**
 * The config writes a node makes on a Flask app: `app.config['K'] = v`, `app.K_lower = v` for the
 * attributes Flask mirrors (debug, secret_key), and `app.config.update/from_mapping(K=v | {'K': v})`.
 */
export function flaskConfigWrites(node: SyntaxNode, ctx: RuleContext): ConfigWrite[] {
  if (node.type === 'assignment') {
    const left = node.childForFieldName('left');
    const value = node.childForFieldName('right');
    if (!left || !value) return [];
    if (left.type === 'subscript') {
      const target = left.childForFieldName('value');
      if (target?.type !== 'attribute' || target.childForFieldName('attribute')?.text !== 'config') return [];
      if (!isFlaskApp(target.childForFieldName('object'), ctx)) return [];
      const key = ctx.constant(left.childForFieldName('subscript'));
      return key?.kind === 'str' ? [{ key: key.value, value }] : [];
    }
    if (left.type === 'attribute' && isFlaskApp(left.childForFieldName('object'), ctx)) {
      const attr = left.childForFieldName('attribute')?.text;
      const mirrored: Record<string, string> = { debug: 'DEBUG', secret_key: 'SECRET_KEY', testing: 'TESTING' };
      return attr && mirrored[attr] ? [{ key: mirrored[attr]!, value }] : [];
    }
    return [];
  }
  if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    if (fn?.type !== 'attribute') return [];
    const method = fn.childForFieldName('attribute')?.text;
    if (method !== 'update' && method !== 'from_mapping' && method !== 'setdefault') return [];
    const config = fn.childForFieldName('object');
    if (config?.type !== 'attribute' || config.childForFieldName('attribute')?.text !== 'config') return [];
    if (!isFlaskApp(config.childForFieldName('object'), ctx)) return [];
    const out: ConfigWrite[] = [];
    const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((a) => a.type !== 'comment');
    if (method === 'setdefault') {
      const key = ctx.constant(args[0]);
      if (key?.kind === 'str' && args[1]) out.push({ key: key.value, value: args[1] });
      return out;
    }
    for (const arg of args) {
      if (arg.type === 'keyword_argument') {
        const name = arg.childForFieldName('name')?.text;
        const value = arg.childForFieldName('value');
        if (name && value) out.push({ key: name, value });
      } else if (arg.type === 'dictionary') {
        for (const pair of arg.namedChildren) {
          if (pair.type !== 'pair') continue;
          const key = ctx.constant(pair.childForFieldName('key'));
          const value = pair.childForFieldName('value');
          if (key?.kind === 'str' && value) out.push({ key: key.value, value });
        }
      }
    }
    return out;
  }
  return [];
}

/**
 * Class-level `KEY = value` lines of a Flask config class (`class ProductionConfig(Config):`),
 * recognised by upper-case names in a class whose name ends in Config or Settings (pydantic
 * BaseSettings classes excluded).
 */
export function configClassWrite(node: SyntaxNode, ctx: RuleContext): ConfigWrite | null {
  if (node.type !== 'assignment') return null;
  const left = node.childForFieldName('left');
  const value = node.childForFieldName('right');
  if (left?.type !== 'identifier' || !value || !/^[A-Z][A-Z0-9_]*$/.test(left.text)) return null;
  const block = node.parent?.parent;
  const cls = block?.type === 'block' ? block.parent : null;
  if (cls?.type !== 'class_definition') return null;
  if (!/(Config|Settings|Configuration)$/.test(cls.childForFieldName('name')?.text ?? '')) return null;
  // pydantic settings read the environment first: a class-level value there is only a fallback.
  const bases = cls.childForFieldName('superclasses')?.namedChildren ?? [];
  if (bases.some((b) => /BaseSettings$/.test(ctx.names.qualifiedName(b) ?? b.text))) return null;
  return { key: left.text, value };
}

/** The value of `name=` in a call, if given. */
export function keywordValue(call: SyntaxNode, name: string): SyntaxNode | undefined {
  for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name) return a.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

/** True when the call passes `**kwargs`: any keyword may be hidden in it. */
export function hasKeywordSplat(call: SyntaxNode): boolean {
  return (call.childForFieldName('arguments')?.namedChildren ?? []).some((a) => a.type === 'dictionary_splat');
}

/** The name of the class a class-level assignment sits in ('' when not in a class body). */
function enclosingClassName(node: SyntaxNode): string {
  const block = node.parent?.parent;
  return block?.type === 'block' && block.parent?.type === 'class_definition' ? (block.parent.childForFieldName('name')?.text ?? '') : '';
}

/** A config-class write in a class meant for deployment (not DevelopmentConfig, TestingConfig, …). */
export function deployedConfigClassWrite(node: SyntaxNode, ctx: RuleContext): ConfigWrite | null {
  const write = configClassWrite(node, ctx);
  return write && !/(Dev|Development|Local|Test|Testing)Config$/.test(enclosingClassName(node)) ? write : null;
}

/** Judges one Flask config value; `where` tells the app config from a config class in messages. */
export type FlaskConfigCheck = (key: string, value: SyntaxNode, at: SyntaxNode, ctx: RuleContext, where: 'in the app config' | 'in a config class') => void;

/**
 * The visitor of every rule that judges Flask config values: `app.config[...]` writes,
 * `app.config.update(...)` and deployable config classes, outside test files.
 */
export function flaskConfigVisitor(check: FlaskConfigCheck): RuleVisitor {
  return {
    call(node, ctx) {
      if (isTestPath(ctx.path)) return;
      for (const w of flaskConfigWrites(node, ctx)) check(w.key, w.value, w.value, ctx, 'in the app config');
    },
    assignment(node, ctx) {
      if (isTestPath(ctx.path)) return;
      for (const w of flaskConfigWrites(node, ctx)) check(w.key, w.value, node, ctx, 'in the app config');
      const cls = deployedConfigClassWrite(node, ctx);
      if (cls) check(cls.key, cls.value, node, ctx, 'in a config class');
    },
  };
}

/**
 * True when `call` installs one of `classes` as ASGI middleware: `app.add_middleware(Cls, ...)`
 * or `Middleware(Cls, ...)` in a Starlette/FastAPI middleware list.
 */
export function isMiddlewareInstall(call: SyntaxNode, ctx: RuleContext, classes: ReadonlySet<string>): boolean {
  const first = (call.childForFieldName('arguments')?.namedChildren ?? []).find((a) => a.type !== 'comment');
  if (!first || first.type === 'keyword_argument' || !classes.has(ctx.names.qualifiedName(first) ?? '')) return false;
  const fn = call.childForFieldName('function');
  if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'add_middleware') return true;
  return /^(starlette\.middleware|fastapi\.middleware)\.Middleware$/.test(ctx.names.qualifiedName(fn) ?? '');
}
