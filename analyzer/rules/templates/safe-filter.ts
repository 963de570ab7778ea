import { defineRule } from '../../rule.js';
import type { TemplateContext } from '../../rule.js';
import { commentSpans, inSpans, positionAt } from '../support/template-text.js';

const OUTPUT = /\{\{-?([\s\S]*?)-?\}\}/g;
// Filters whose output is already safe HTML or JSON: a |safe after them changes nothing.
const SAFE_BEFORE = new Set(['escape', 'e', 'force_escape', 'tojson', 'json_script', 'bleach', 'striptags', 'urlize', 'linebreaks_escaped', 'escapejs']);

function check(ctx: TemplateContext): void {
  const comments = commentSpans(ctx.source);
  for (const m of ctx.source.matchAll(OUTPUT)) {
    if (inSpans(m.index, comments)) continue;
    const expr = m[1]!;
    const parts = expr.split('|').map((p) => p.trim());
    const safeAt = parts.findIndex((p, i) => i > 0 && /^safe(seq)?$/.test(p));
    if (safeAt < 0) continue;
    const value = parts[0]!;
    if (/^(['"]).*\1$/.test(value)) continue; // a literal written by the template author
    // Django renders help_text unescaped by design: it is markup the developer writes in the form or model.
    if (/(^|\.)help_text$/.test(value)) continue;
    if (parts.slice(1, safeAt).some((f) => SAFE_BEFORE.has(f.split(':')[0]!.trim()))) continue;
    const filterOffset = m.index + m[0].indexOf(parts[safeAt]!, m[0].indexOf('|'));
    const { line, column } = positionAt(ctx.source, filterOffset);
    ctx.report(line, column, column + parts[safeAt]!.length, {
      message: `{{ ${value}|${parts[safeAt]} }} writes ${value} into the page without HTML escaping`,
    });
  }
}

export const templateSafeFilter = defineRule({
  id: 'PY-TMPL-SAFE-FILTER',
  title: 'Template variable rendered with |safe',
  cwe: [79, 116],
  asvs: { '5.0.0': ['V1.2.1'], '4.0.3': ['V5.3.3'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds {{ value|safe }} and |safeseq in Django and Jinja2 templates. String literals, and values already ' +
      'passed through escape, tojson, json_script, bleach or striptags, are not reported; nor is help_text, which ' +
      'Django documents as developer-written HTML rendered unescaped. Comments are skipped.',
    why: 'The filter turns autoescaping off for that value: if any part of it comes from a user, it runs as script in the page.',
    example: '<div class="bio">{{ profile.bio|safe }}</div>',
    fix: 'Render it escaped ({{ profile.bio }}), or sanitise it when saving (bleach/nh3 with an allowlist) and keep the sanitised copy separate.',
    references: [
      'https://cwe.mitre.org/data/definitions/79.html',
      'https://docs.djangoproject.com/en/stable/ref/templates/builtins/#safe',
      'https://jinja.palletsprojects.com/en/stable/templates/#working-with-automatic-escaping',
    ],
  },
  template: check,
});
