import { defineRule, type RuleContext, type SyntaxNode } from '../../rule.js';
import { deployedConfigClassWrite, flaskConfigWrites, isFlaskApp, keywordValue } from './app-objects.js';
import { isTestPath } from '../support/test-paths.js';

const MAIN_GUARD = /__name__\s*==\s*['"]__main__['"]/;

/**
 * The wrap only happens when a condition holds (`DebuggedApplication(app) if os.environ.get("APP_DEBUG") == "1" else app`,
 * `if settings.DEBUG: app = DebuggedApplication(app)`): a developer's opt-in, not what a deployment runs.
 * The `__main__` guard is no such condition: it is how the app is started by hand.
 */
function optedIn(node: SyntaxNode): boolean {
  for (let cur: SyntaxNode = node, p = node.parent; p; cur = p, p = p.parent) {
    if (p.type === 'conditional_expression' && p.namedChild(0)?.id === cur.id) return true;
    if ((p.type === 'if_statement' || p.type === 'elif_clause') && p.childForFieldName('condition')?.id !== cur.id && !MAIN_GUARD.test(p.childForFieldName('condition')?.text ?? '')) return true;
  }
  return false;
}

function underMainGuard(node: SyntaxNode): boolean {
  for (let cur = node.parent; cur; cur = cur.parent) {
    if (cur.type === 'if_statement' && MAIN_GUARD.test(cur.childForFieldName('condition')?.text ?? '')) return true;
  }
  return false;
}

export const flaskDebug = defineRule({
  id: 'PY-FLASK-DEBUG',
  title: 'Flask runs with the debugger on',
  cwe: [489, 215, 209],
  asvs: { '5.0.0': ['V13.4.2'], '4.0.3': ['V14.3.2'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  // A bare WSGI entry point (no Flask in the file) wraps its application in the debugger too.
  frameworks: ['flask', 'wsgi'],
  bandit: ['B201'],
  docs: {
    what:
      "Finds Flask debug mode switched on in code: app.run(debug=True), app.debug = True, app.config['DEBUG'] = True, app.config.update(DEBUG=True), and DEBUG = True in a Flask config class; and the Werkzeug debugger wrapped around the WSGI application (`DebuggedApplication(app)`, Flask's or any WSGI app's) unless the wrap is conditional (`… if os.environ.get(\"APP_DEBUG\") == \"1\" else app`).",
    why: 'Debug mode serves the Werkzeug debugger: on any error page, whoever gets past (or guesses) the PIN runs Python on the server. It also shows source and local variables in tracebacks.',
    example: "app.run(host='0.0.0.0', debug=True)",
    fix: "app.run()  # and run with `flask run --debug` locally only; never enable debug in deployed config",
    references: [
      'https://cwe.mitre.org/data/definitions/489.html',
      'https://flask.palletsprojects.com/en/stable/debugging/',
      'https://werkzeug.palletsprojects.com/en/stable/debug/',
    ],
  },
  visit: {
    call(node, ctx) {
      if (isTestPath(ctx.path)) return;
      const fn = node.childForFieldName('function');
      if (ctx.names.qualifiedName(fn) === 'werkzeug.debug.DebuggedApplication') {
        if (optedIn(node)) return;
        ctx.report(node, { message: 'DebuggedApplication wraps the application in the Werkzeug debugger: every error page shows the traceback and, with evalex, runs code typed into it', confidence: underMainGuard(node) ? 'medium' : 'high' });
        return;
      }
      if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'run' && isFlaskApp(fn.childForFieldName('object'), ctx)) {
        const debug = keywordValue(node, 'debug');
        const v = ctx.constant(debug);
        if (debug && v?.kind === 'bool' && v.value) {
          ctx.report(node, {
            message: 'app.run(debug=True) starts the Werkzeug debugger, which executes code typed into error pages',
            // The development server under `if __name__ == '__main__'` is rarely what production runs.
            confidence: underMainGuard(node) ? 'medium' : 'high',
          });
        }
        return;
      }
      for (const w of flaskConfigWrites(node, ctx)) report(w.key, w.value, node, ctx);
    },
    assignment(node, ctx) {
      if (isTestPath(ctx.path)) return;
      for (const w of flaskConfigWrites(node, ctx)) report(w.key, w.value, node, ctx);
      // Development and testing config classes are meant to debug.
      const cls = deployedConfigClassWrite(node, ctx);
      if (cls) report(cls.key, cls.value, node, ctx);
    },
  },
});

function report(key: string, value: SyntaxNode, at: SyntaxNode, ctx: RuleContext): void {
  if (key !== 'DEBUG') return;
  const v = ctx.constant(value);
  if (v?.kind === 'bool' && v.value) ctx.report(at, { message: `Flask DEBUG is set to True here: the Werkzeug debugger and full tracebacks are served` });
}
