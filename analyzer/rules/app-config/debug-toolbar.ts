// Debug toolbars left on in what deploys: django-debug-toolbar installed by a deployable settings
// module with a show callback that never consults DEBUG, its URLs routed outside a DEBUG guard, and
// Flask-DebugToolbar forced on with DEBUG_TB_ENABLED. The Werkzeug debugger (DebuggedApplication)
// and DEBUG = True themselves are PY-FLASK-DEBUG / PY-DJANGO-DEBUG: not repeated here.
import { defineRule, type RuleContext, type SyntaxNode } from '../../rule.js';
import { truthy } from '../../constants.js';
import { flaskConfigVisitor } from './app-objects.js';
import { isDeployable, settingsModule } from '../django-settings/settings-model.js';
import { isTestPath } from '../support/test-paths.js';

const TOOLBAR_APP = 'debug_toolbar';
const TOOLBAR_MIDDLEWARE = 'debug_toolbar.middleware.DebugToolbarMiddleware';
const INCLUDES = new Set(['django.urls.include', 'django.conf.urls.include']);
const DEV_FILE = /(^|\/)(dev|develop|development|local|debug)[^/]*\.py$|_(dev|local)\.py$/;

/** True when some `if` around the node tests a DEBUG flag (`if settings.DEBUG:`, `if DEBUG and …`). */
function underDebugGuard(node: SyntaxNode): boolean {
  for (let cur: SyntaxNode | null = node, parent = node.parent; parent; cur = parent, parent = parent.parent) {
    if (parent.type !== 'if_statement') continue;
    const condition = parent.childForFieldName('condition');
    // Only the `if` body is guarded; an else branch runs exactly when DEBUG is off.
    if (condition && cur.type === 'block' && /\bDEBUG\b/.test(condition.text) && !/\bnot\s+(settings\.)?DEBUG\b/.test(condition.text)) return true;
  }
  return false;
}

function insideFunction(node: SyntaxNode): boolean {
  for (let cur = node.parent; cur; cur = cur.parent) if (cur.type === 'function_definition' || cur.type === 'lambda') return true;
  return false;
}

/** The value given for `key` in a dict literal, if any. */
function dictValue(dict: SyntaxNode | undefined, key: string, ctx: RuleContext): SyntaxNode | undefined {
  if (dict?.type !== 'dictionary') return undefined;
  for (const pair of dict.namedChildren) {
    if (pair.type !== 'pair') continue;
    const k = ctx.constant(pair.childForFieldName('key'));
    if (k?.kind === 'str' && k.value === key) return pair.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

/** Every `return` value of a function body, not descending into nested functions. */
function returnValues(block: SyntaxNode, out: Array<SyntaxNode | null> = [], depth = 0): Array<SyntaxNode | null> {
  if (depth > 100) return out;
  for (const child of block.namedChildren) {
    if (child.type === 'function_definition' || child.type === 'class_definition' || child.type === 'lambda') continue;
    if (child.type === 'return_statement') out.push(child.namedChild(0));
    else returnValues(child, out, depth + 1);
  }
  return out;
}

/**
 * How the configured SHOW_TOOLBAR_CALLBACK decides: 'always' when it answers a constant truthy value
 * without looking at anything (a lambda, or a function of this module), 'unknown' for a dotted path
 * or a callback that reads something, 'default' when none is set (debug_toolbar's own callback shows
 * the toolbar only with DEBUG on and the client in INTERNAL_IPS).
 */
function showCallback(ctx: RuleContext, config: SyntaxNode | undefined): { kind: 'always' | 'unknown' | 'default'; node?: SyntaxNode } {
  const value = dictValue(config, 'SHOW_TOOLBAR_CALLBACK', ctx);
  if (!value) return { kind: config && config.type !== 'dictionary' ? 'unknown' : 'default' };
  if (value.type === 'lambda') {
    const body = value.childForFieldName('body');
    const v = body ? ctx.constant(body) : undefined;
    return { kind: v && truthy(v) ? 'always' : 'unknown', node: value };
  }
  if (value.type === 'identifier') {
    const def = ctx.tree.rootNode.namedChildren.find((s) => s.type === 'function_definition' && s.childForFieldName('name')?.text === value.text);
    const body = def?.childForFieldName('body');
    if (body) {
      const returns = returnValues(body);
      const always = returns.length > 0 && returns.every((r) => {
        const v = r ? ctx.constant(r) : undefined;
        return v !== undefined && truthy(v);
      });
      return { kind: always ? 'always' : 'unknown', node: value };
    }
  }
  return { kind: 'unknown', node: value };
}

function checkSettings(ctx: RuleContext): void {
  const model = settingsModule(ctx);
  if (!model || !isDeployable(model)) return;
  // Only what the module installs unconditionally: `if DEBUG:` additions are the documented setup.
  const apps = model.stringList('INSTALLED_APPS')?.unconditional ?? [];
  const middleware = model.stringList('MIDDLEWARE')?.unconditional ?? [];
  if (!apps.includes(TOOLBAR_APP) && !middleware.includes(TOOLBAR_MIDDLEWARE)) return;
  const where = middleware.includes(TOOLBAR_MIDDLEWARE) ? 'MIDDLEWARE' : 'INSTALLED_APPS';
  const callback = showCallback(ctx, model.assignment('DEBUG_TOOLBAR_CONFIG'));
  if (callback.kind === 'always' && callback.node) {
    ctx.report(callback.node, {
      message: `django-debug-toolbar is installed by a deployable settings module (${where}) and its SHOW_TOOLBAR_CALLBACK answers true for every request: SQL, settings, headers and templates of each page are shown to any visitor, whatever DEBUG says`,
    });
    return;
  }
  ctx.report(model.anchor(where), {
    kind: 'hotspot',
    confidence: callback.kind === 'unknown' ? 'medium' : 'low',
    message:
      callback.kind === 'unknown'
        ? `django-debug-toolbar is installed by a deployable settings module (${where}) with a custom SHOW_TOOLBAR_CALLBACK: check that it refuses every request in production`
        : `django-debug-toolbar is installed by a deployable settings module (${where}); its default callback hides it unless DEBUG is on and the client is in INTERNAL_IPS, so it is dead weight in production at best`,
  });
}

/** `include('debug_toolbar.urls')`, `include(debug_toolbar.urls)` or `debug_toolbar_urls()`. */
function isToolbarRoute(call: SyntaxNode, ctx: RuleContext): boolean {
  const fn = ctx.names.qualifiedName(call.childForFieldName('function')) ?? '';
  if (fn === 'debug_toolbar.toolbar.debug_toolbar_urls') return true;
  if (!INCLUDES.has(fn)) return false;
  const first = (call.childForFieldName('arguments')?.namedChildren ?? []).find((a) => a.type !== 'comment');
  if (!first) return false;
  const v = ctx.constant(first);
  if (v?.kind === 'str') return v.value === 'debug_toolbar.urls';
  return ctx.names.qualifiedName(first) === 'debug_toolbar.urls';
}

function checkRoute(call: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path) || DEV_FILE.test(ctx.path) || !isToolbarRoute(call, ctx)) return;
  // A helper that adds the routes is called from somewhere we cannot see from here.
  if (underDebugGuard(call) || insideFunction(call)) return;
  ctx.report(call, {
    kind: 'hotspot',
    confidence: 'low',
    message: 'The debug toolbar URLs are routed outside an `if settings.DEBUG:` guard: its panels answer whoever its show callback lets through, so production relies on that callback alone',
  });
}

function checkFlask(key: string, value: SyntaxNode, at: SyntaxNode, ctx: RuleContext, where: string): void {
  if (key !== 'DEBUG_TB_ENABLED') return;
  const v = ctx.constant(value);
  if (v && truthy(v)) {
    ctx.report(at, { message: `DEBUG_TB_ENABLED is on ${where}: Flask-DebugToolbar is injected into every HTML page, whatever app.debug says, showing the request, config, SQL and templates to any visitor` });
  }
}

const flaskVisitor = flaskConfigVisitor(checkFlask);

export const debugToolbar = defineRule({
  id: 'PY-DEBUG-TOOLBAR',
  title: 'Debug toolbar enabled in deployed configuration',
  cwe: [489, 209],
  asvs: { '5.0.0': ['V13.4.2'], '4.0.3': ['V14.3.2'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django', 'flask'],
  docs: {
    what:
      "Finds django-debug-toolbar installed (INSTALLED_APPS or MIDDLEWARE) by a deployable settings module with a SHOW_TOOLBAR_CALLBACK that answers true for every request; Flask-DebugToolbar forced on with DEBUG_TB_ENABLED in the app config or a deployed config class. As hotspots: the toolbar installed unconditionally in deployable settings with the default or a custom callback, and its URLs routed outside an `if settings.DEBUG:` guard. Settings for tests or local development, and additions under `if DEBUG:`, are left alone.",
    why: 'A debug toolbar shows each page\'s SQL queries, settings, request headers and cookies, template context and logs. Served in production it hands visitors the data of other users and the configuration an attacker needs next.',
    example: "DEBUG_TOOLBAR_CONFIG = {'SHOW_TOOLBAR_CALLBACK': lambda request: True}",
    fix: "Install the toolbar only in development settings (or `if DEBUG:`), keep the default callback, and route its URLs under `if settings.DEBUG:`.",
    references: [
      'https://cwe.mitre.org/data/definitions/489.html',
      'https://django-debug-toolbar.readthedocs.io/en/latest/configuration.html',
      'https://flask-debugtoolbar.readthedocs.io/en/latest/',
    ],
    byFramework: {
      flask: {
        example: "app.config['DEBUG_TB_ENABLED'] = True\ntoolbar = DebugToolbarExtension(app)",
        fix: 'Leave DEBUG_TB_ENABLED unset (it follows app.debug) and create DebugToolbarExtension only in the development app factory.',
      },
    },
  },
  visit: {
    module(_node, ctx) {
      checkSettings(ctx);
    },
    call(node, ctx) {
      checkRoute(node, ctx);
      flaskVisitor.call?.(node, ctx);
    },
    assignment(node, ctx) {
      flaskVisitor.assignment?.(node, ctx);
    },
  },
});
