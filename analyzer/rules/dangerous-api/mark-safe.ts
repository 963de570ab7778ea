import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { argument, calleeName } from '../support/calls.js';

const MARKERS = new Map([
  ['django.utils.safestring.mark_safe', 'mark_safe'],
  ['django.utils.safestring.SafeString', 'SafeString'],
  ['django.utils.safestring.SafeText', 'SafeText'],
  ['markupsafe.Markup', 'Markup'],
  ['flask.Markup', 'Markup'],
  ['jinja2.Markup', 'Markup'],
]);
const FORMAT_HTML = 'django.utils.html.format_html';
// Values these return are already escaped or sanitised HTML: marking them safe changes nothing.
const ESCAPERS = new Set([
  'django.utils.html.escape', 'django.utils.html.conditional_escape', 'django.utils.html.format_html',
  'django.utils.html.format_html_join', 'django.utils.html.escapejs', 'django.utils.html.json_script',
  'django.template.loader.render_to_string', 'markupsafe.escape', 'html.escape', 'bleach.clean', 'nh3.clean',
  'flask.render_template', 'flask.escape',
]);

function isEscaped(node: SyntaxNode, ctx: RuleContext): boolean {
  return node.type === 'call' && ESCAPERS.has(ctx.names.qualifiedName(node.childForFieldName('function')) ?? '');
}

// A Django generic view (DetailView, UpdateView …) hands its model instance as self.object: a field
// of it is content stored through the application, which its users write.
const STORED_FIELD = /^self\.object\.\w+$/;

function check(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx);
  if (!name) return;
  const marker = MARKERS.get(name);
  if (marker) {
    const value = argument(node, 0, marker === 'mark_safe' ? 's' : 'base');
    if (!value || ctx.constant(value) !== undefined || isEscaped(value, ctx)) return;
    if (STORED_FIELD.test(value.text)) {
      ctx.report(node, {
        message: `${marker}(${value.text}): stored content of the view's model object reaches the page as HTML, unescaped`,
        kind: 'vulnerability',
        confidence: 'medium',
      });
      return;
    }
    ctx.report(node, {
      message: `${marker}() of a computed string: any HTML in it reaches the page unescaped. Check: every part of ${value.text.length > 60 ? 'the value' : value.text.replace(/\s+/g, ' ')} is a constant, a number or escaped (escape(), format_html()) before it is marked safe`,
    });
    return;
  }
  if (name === FORMAT_HTML) {
    // format_html escapes its arguments, never its format string.
    const fmt = argument(node, 0, 'format_string');
    if (!fmt || ctx.constant(fmt) !== undefined) return;
    ctx.report(node, { message: 'format_html() with a computed format string: values built into it are not escaped. Check: the format string is a constant template and values are passed as arguments' });
  }
}

export const markSafe = defineRule({
  id: 'PY-API-MARK-SAFE',
  title: 'HTML marked safe without escaping (mark_safe, Markup, format_html)',
  cwe: [79, 116],
  asvs: { '5.0.0': ['V1.2.1'], '4.0.3': ['V5.3.3', 'V5.3.1'] },
  severity: 'medium',
  // PY-INJ-XSS judges the same calls with dataflow and supersedes this fallback where it does.
  confidence: 'low',
  // Whether a computed string holds only markup the code wrote is for a person to check; a dataflow from
  // the request is PY-INJ-XSS, and a model field of self.object (stored content) is reported as a vulnerability.
  kind: 'hotspot',
  bandit: ['B308', 'B703', 'B704'],
  docs: {
    what:
      "Finds Django's mark_safe/SafeString and MarkupSafe's Markup applied to a non-constant string, and " +
      'format_html() whose format string is computed (an f-string, .format() or concatenation). Values from ' +
      'escape(), format_html(), render_to_string() or bleach.clean() are not reported. Low confidence: the taint ' +
      'rule PY-INJ-XSS supersedes it at the same call. A hotspot to review, except mark_safe(self.object.<field>) in a ' +
      'generic view: stored content of the model, reported as a vulnerability.',
    why: 'Marking a string safe turns off autoescaping for it: a user-controlled part becomes script in every visitor\'s browser.',
    example: 'return mark_safe(f"<a href=\\"{profile.website}\\">{profile.name}</a>")',
    fix: 'return format_html(\'<a href="{}">{}</a>\', profile.website, profile.name)',
    references: [
      'https://cwe.mitre.org/data/definitions/79.html',
      'https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.html.format_html',
      'https://markupsafe.palletsprojects.com/en/stable/escaping/',
    ],
  },
  visit: { call: check },
});
