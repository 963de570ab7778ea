import { defineRule, type RuleContext, type SyntaxNode } from '../../rule.js';
import { flaskConfigVisitor } from './app-objects.js';
import { protectsInHook } from './csrf-protect-hook.js';

// Flask-WTF: WTF_CSRF_ENABLED turns the token check off everywhere; WTF_CSRF_CHECK_DEFAULT=False
// leaves CSRFProtect installed but checking nothing unless a view asks — or a before_request hook
// of the file calls csrf.protect() itself, Flask-WTF's documented way to scope the check.
const SWITCHES = new Set(['WTF_CSRF_ENABLED', 'WTF_CSRF_CHECK_DEFAULT']);

function check(key: string, value: SyntaxNode, at: SyntaxNode, ctx: RuleContext): void {
  if (!SWITCHES.has(key)) return;
  const v = ctx.constant(value);
  if (key === 'WTF_CSRF_CHECK_DEFAULT' && protectsInHook(ctx)) return;
  if (v?.kind === 'bool' && !v.value) ctx.report(at, { message: `${key} is False: forms and views accept cross-site requests without a CSRF token` });
}

export const flaskCsrfDisabled = defineRule({
  id: 'PY-FLASK-CSRF-DISABLED',
  title: 'Flask-WTF CSRF protection switched off',
  cwe: [352],
  asvs: { '5.0.0': ['V3.5.1'], '4.0.3': ['V4.2.2'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['flask'],
  docs: {
    what:
      "Finds WTF_CSRF_ENABLED = False or WTF_CSRF_CHECK_DEFAULT = False in a Flask app's config or a Flask config class other than a testing or development one. " +
      "WTF_CSRF_CHECK_DEFAULT = False in a file whose @app.before_request hook calls csrf.protect() on its CSRFProtect object is not reported: the hook is the check, scoped as Flask-WTF documents.",
    why: 'With the check off, a page on any other site can make a logged-in user submit your forms: change their e-mail, password or shipping address, place orders.',
    example: "app.config['WTF_CSRF_ENABLED'] = False",
    fix: "Remove the setting (CSRF checks are on by default) and exempt single API views with @csrf.exempt where they use token authentication.",
    references: [
      'https://cwe.mitre.org/data/definitions/352.html',
      'https://flask-wtf.readthedocs.io/en/stable/csrf/',
    ],
  },
  visit: flaskConfigVisitor(check),
});
