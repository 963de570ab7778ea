import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName, hasKeywordSplat, keywordArgument } from '../support/calls.js';

const ENVIRONMENTS = new Set(['jinja2.Environment', 'jinja2.environment.Environment', 'jinja2.sandbox.SandboxedEnvironment']);

function check(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx);
  if (!name || !ENVIRONMENTS.has(name)) return;
  const autoescape = keywordArgument(node, 'autoescape');
  if (!autoescape) {
    if (hasKeywordSplat(node)) return;
    ctx.report(node, { message: `${name.split('.').pop()}() without autoescape: Jinja2 defaults to no escaping`, confidence: 'medium' });
    return;
  }
  const v = ctx.constant(autoescape);
  if (v?.kind === 'bool' && !v.value) {
    ctx.report(node, { message: `${name.split('.').pop()}(autoescape=False) renders every variable unescaped` });
  }
}

export const jinja2Autoescape = defineRule({
  id: 'PY-API-JINJA2-AUTOESCAPE',
  title: 'Jinja2 environment without HTML autoescaping',
  cwe: [79, 116],
  asvs: { '5.0.0': ['V1.2.1'], '4.0.3': ['V5.3.3'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['templating'] }],
  bandit: ['B701'],
  docs: {
    what:
      'Finds jinja2.Environment / SandboxedEnvironment created with autoescape=False or with no autoescape ' +
      'argument (Jinja2 then escapes nothing). Flask\'s own environment escapes .html templates and is not ' +
      'concerned. An environment that only renders plain text or e-mail bodies may be intentional.',
    why: 'Every {{ variable }} holding user data is written into the page as HTML: stored and reflected XSS.',
    example: 'env = Environment(loader=FileSystemLoader("templates"))',
    fix: 'env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))',
    references: [
      'https://cwe.mitre.org/data/definitions/79.html',
      'https://jinja.palletsprojects.com/en/stable/api/#autoescaping',
    ],
  },
  visit: { call: check },
});
