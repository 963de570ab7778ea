// A Django settings module read once per file: which top-level names it assigns, to what, and how
// sure we can be of the final value. Every settings rule asks this model instead of walking the
// tree itself, so they agree on what "unset", "unknown" and "conditional" mean.
import type { Confidence } from '../../types.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { truthy, type ConstValue } from '../../constants.js';
import { memoByObject } from '../support/node-memo.js';

/** What a settings module is for, read from its path: it decides which checks apply. */
export type SettingsRole = 'single' | 'split-base' | 'production' | 'development' | 'test';

export type SettingValue =
  /** Never assigned in this module: Django's default applies (or another module's value). */
  | { state: 'unset' }
  /** Assigned, but from the environment, a call, or only under a condition: never judged. */
  | { state: 'unknown'; node: SyntaxNode }
  /** The final value is a constant. `node` is the right-hand side that gave it. */
  | { state: 'known'; value: ConstValue; node: SyntaxNode };

interface Assignment {
  name: string;
  right: SyntaxNode;
  conditional: boolean;
}

interface ListEdit {
  name: string;
  /** Items added by `X += [...]`, `X.append(...)`, `X.insert(i, ...)`; null when not constant. */
  items: string[] | null;
  node: SyntaxNode;
}

export interface SettingsModule {
  readonly role: SettingsRole;
  /** Assigns INSTALLED_APPS or MIDDLEWARE unconditionally: a complete settings module, not an override. */
  readonly definesCore: boolean;
  /** Has `from x import *`: names it does not assign may come from there. */
  readonly starImport: boolean;
  setting(name: string): SettingValue;
  /** The right-hand side of the last unconditional top-level assignment, if any. */
  assignment(name: string): SyntaxNode | undefined;
  /**
   * The string items of a list setting after every `+=`/append/insert: `complete` is false when
   * some item or edit is not a constant, or the list is edited under a condition; `unconditional`
   * holds only the items every run of the module adds.
   */
  stringList(name: string): { items: string[]; complete: boolean; unconditional: string[] } | null;
  /** Where absence findings are reported: the named setting's assignment, else the first statement. */
  anchor(preferred?: string): SyntaxNode;
  /** Confidence for "this setting is never set" findings; null means don't report absence here. */
  readonly absenceConfidence: Confidence | null;
}

const CORE = ['INSTALLED_APPS', 'MIDDLEWARE'];
const SETTING_NAME = /^[A-Z][A-Z0-9_]*$/;

const TEST_NAMES = /^(tests?|testing|ci|test_.*|.*_tests?)$/;
const DEV_NAMES = /^(dev|develop|development|local|debug|.*_dev|.*_local|dev_.*|local_.*)$/;
const PROD_NAMES = /^(prod|production|live|deploy|deployment|staging|.*_prod|.*_production)$/;

/** settings.py, settings/*.py, *_settings.py, settings_*.py. */
export function isSettingsPath(path: string): boolean {
  const parts = path.split('/');
  const file = parts[parts.length - 1] ?? '';
  if (!file.endsWith('.py')) return false;
  const stem = file.slice(0, -3);
  return stem === 'settings' || parts[parts.length - 2] === 'settings' || /_settings$|^settings_/.test(stem);
}

function roleOf(path: string): SettingsRole {
  const parts = path.toLowerCase().split('/');
  if (parts.slice(0, -1).some((p) => p === 'tests' || p === 'test')) return 'test';
  const file = (parts[parts.length - 1] ?? '').replace(/\.py$/, '');
  const inPackage = parts[parts.length - 2] === 'settings';
  // `test_settings.py` and `settings/test.py` say the same thing.
  const stem = file === 'settings' ? '' : file.replace(/^settings_|_settings$/, '');
  if (TEST_NAMES.test(stem)) return 'test';
  if (DEV_NAMES.test(stem)) return 'development';
  if (PROD_NAMES.test(stem)) return 'production';
  if (inPackage && stem !== '__init__') return 'split-base';
  return 'single';
}

function isDocstring(stmt: SyntaxNode): boolean {
  return stmt.type === 'expression_statement' && stmt.namedChild(0)?.type === 'string';
}

/** The settings model of the file, or null when the file is not a Django settings module. */
export const settingsModule: (ctx: RuleContext) => SettingsModule | null = memoByObject(build);

function build(ctx: RuleContext): SettingsModule | null {
  const root = ctx.tree.rootNode;
  const assignments: Assignment[] = [];
  const edits: Array<ListEdit & { conditional: boolean }> = [];
  let starImport = false;

  const visitBlock = (stmts: readonly SyntaxNode[], conditional: boolean, depth = 0): void => {
    // Python refuses blocks nested past 100 levels; a hostile file deeper than that is not settings.
    if (depth > 100) return;
    for (const stmt of stmts) {
      switch (stmt.type) {
        case 'expression_statement':
          readStatement(stmt, conditional);
          break;
        case 'import_from_statement':
          if (stmt.namedChildren.some((c) => c.type === 'wildcard_import')) starImport = true;
          break;
        case 'if_statement':
        case 'try_statement':
        case 'with_statement':
        case 'for_statement':
        case 'while_statement':
        case 'else_clause':
        case 'elif_clause':
        case 'except_clause':
        case 'finally_clause':
        case 'block':
          // Both branches may run or none: what is assigned here is uncertain.
          visitBlock(stmt.namedChildren, true, depth + 1);
          break;
        default:
          break;
      }
    }
  };

  const readStatement = (stmt: SyntaxNode, conditional: boolean): void => {
    const expr = stmt.namedChild(0);
    if (!expr) return;
    if (expr.type === 'assignment') {
      const left = expr.childForFieldName('left');
      const right = expr.childForFieldName('right');
      if (left?.type === 'identifier' && right && SETTING_NAME.test(left.text)) {
        assignments.push({ name: left.text, right, conditional });
      }
    } else if (expr.type === 'augmented_assignment') {
      const left = expr.childForFieldName('left');
      const right = expr.childForFieldName('right');
      if (left?.type === 'identifier' && right) {
        edits.push({ name: left.text, items: stringItems(ctx, right), node: expr, conditional });
      }
    } else if (expr.type === 'call') {
      const fn = expr.childForFieldName('function');
      const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
      const target = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
      if (target?.type === 'identifier' && (method === 'append' || method === 'insert' || method === 'extend')) {
        const args = (expr.childForFieldName('arguments')?.namedChildren ?? []).filter((a) => a.type !== 'comment');
        const value = method === 'insert' ? args[1] : args[0];
        let items: string[] | null = null;
        if (value) {
          if (method === 'extend') items = stringItems(ctx, value);
          else {
            const v = ctx.constant(value);
            items = v?.kind === 'str' ? [v.value] : null;
          }
        }
        edits.push({ name: target.text, items, node: expr, conditional });
      }
    }
  };

  visitBlock(root.namedChildren, false);

  const definesCore = assignments.some((a) => !a.conditional && CORE.includes(a.name));
  if (!isSettingsPath(ctx.path) && !definesCore) return null;
  // Django's own defaults (django/conf/global_settings.py) are a reference, not a deployment.
  if (/(^|\/)global_settings\.py$/.test(ctx.path)) return null;

  const byName = new Map<string, Assignment[]>();
  for (const a of assignments) byName.set(a.name, [...(byName.get(a.name) ?? []), a]);

  const role = roleOf(ctx.path);
  const firstStatement = root.namedChildren.find((s) => s.type !== 'comment' && !isDocstring(s)) ?? root;

  const lastUnconditional = (name: string): Assignment | undefined => {
    const list = byName.get(name) ?? [];
    const last = list[list.length - 1];
    return last && !last.conditional ? last : undefined;
  };

  let absenceConfidence: Confidence | null = null;
  if (definesCore && !starImport && (role === 'single' || role === 'production')) absenceConfidence = 'medium';
  // A base module of a split layout usually leaves deploy settings to production.py.
  else if (definesCore && !starImport && role === 'split-base') absenceConfidence = 'low';

  // `INSTALLED_APPS = DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS`, as cookiecutter-django writes it.
  const listItems = (node: SyntaxNode, depth: number): string[] | null => {
    if (depth > 20) return null;
    if (node.type === 'binary_operator' && node.childForFieldName('operator')?.text === '+') {
      const l = node.childForFieldName('left');
      const r = node.childForFieldName('right');
      const li = l ? listItems(l, depth + 1) : null;
      const ri = r ? listItems(r, depth + 1) : null;
      return li && ri ? [...li, ...ri] : null;
    }
    if (node.type === 'identifier') {
      const def = lastUnconditional(node.text);
      return def && def.right.startIndex < node.startIndex ? listItems(def.right, depth + 1) : null;
    }
    return stringItems(ctx, node);
  };

  return {
    role,
    definesCore,
    starImport,
    absenceConfidence,
    setting(name) {
      const list = byName.get(name);
      if (!list || list.length === 0) return { state: 'unset' };
      const last = list[list.length - 1]!;
      if (last.conditional) return { state: 'unknown', node: last.right };
      const value = ctx.constant(last.right);
      return value ? { state: 'known', value, node: last.right } : { state: 'unknown', node: last.right };
    },
    assignment(name) {
      return lastUnconditional(name)?.right;
    },
    stringList(name) {
      const base = lastUnconditional(name);
      if (!base) return null;
      const initial = listItems(base.right, 0);
      let complete = initial !== null;
      const items = [...(initial ?? [])];
      const unconditional = [...items];
      for (const e of edits) {
        if (e.name !== name || e.node.startIndex < base.right.startIndex) continue;
        if (e.items === null || e.conditional) complete = false;
        if (e.items) items.push(...e.items);
        if (e.items && !e.conditional) unconditional.push(...e.items);
      }
      return { items, complete, unconditional };
    },
    anchor(preferred) {
      const node = preferred ? lastUnconditional(preferred)?.right.parent : undefined;
      return node ?? firstStatement;
    },
  };
}

/** The string items of a list/tuple expression; null when any item is not a constant string. */
export function stringItems(ctx: RuleContext, node: SyntaxNode): string[] | null {
  const v = ctx.constant(node);
  if (!v || (v.kind !== 'list' && v.kind !== 'tuple')) return null;
  const out: string[] = [];
  for (const item of v.items) {
    if (item.kind !== 'str') return null;
    out.push(item.value);
  }
  return out;
}

/** True when a known value is exactly the boolean (Django compares with `is True` in several checks). */
export function isBool(v: SettingValue, expected: boolean): boolean {
  return v.state === 'known' && v.value.kind === 'bool' && v.value.value === expected;
}

/** Python truthiness of a known value; undefined when unknown or unset. */
export function knownTruthy(v: SettingValue): boolean | undefined {
  return v.state === 'known' ? truthy(v.value) : undefined;
}

/** Deploy checks don't apply to settings meant for tests or a developer's machine. */
export function isDeployable(model: SettingsModule): boolean {
  return model.role !== 'test' && model.role !== 'development';
}
