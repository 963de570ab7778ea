import { defineRule } from '../../rule.js';
import type { TemplateContext } from '../../rule.js';
import type { Finding } from '../../types.js';
import { contextFor, type TemplateContexts, type TemplateResolver } from '../../frameworks/template-contexts.js';
import { commentSpans, inSpans, positionAt } from '../support/template-text.js';
import { isTestPath } from '../support/test-paths.js';

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
      message: `{{ ${value}|${parts[safeAt]} }} writes ${value} into the page without HTML escaping. Check: what the view puts in ${value.split('.')[0]} is markup the code wrote, or was sanitised`,
    });
  }
}

const VALUE = /^\{\{ (\S+)\|safe(?:seq)? \}\}/;

/**
 * Once the Python side is known (frameworks/template-contexts.ts): a |safe value the view took from
 * the request, or a field of the model instance a generic view hands its template (stored content),
 * is a vulnerability; every other |safe stays a hotspot. Changes the findings in place.
 */
export function refineSafeFilter(findings: Finding[], contexts: TemplateContexts, resolve?: TemplateResolver): void {
  for (const f of findings) {
    if (f.ruleId !== templateSafeFilter.id || f.kind !== 'hotspot' || f.suppression) continue;
    const value = VALUE.exec(f.message)?.[1];
    const vars = value ? contextFor(contexts, f.path, resolve) : undefined;
    const [root, ...fields] = value?.split('.') ?? [];
    const origin = root ? vars?.get(root) : undefined;
    if (!origin || origin.origin === 'server' || (origin.origin === 'model' && fields.length === 0)) continue;
    // Test templates stay hotspots: test code is never a vulnerability (analyzer/finding.ts).
    if (isTestPath(f.path)) continue;
    f.kind = 'vulnerability';
    f.confidence = 'medium';
    f.message =
      origin.origin === 'request'
        ? `{{ ${value}|safe }} writes request data into the page without HTML escaping: ${root} is read from the request at ${origin.where}`
        : `{{ ${value}|safe }} writes stored content of the view's model object into the page without HTML escaping (${origin.where})`;
  }
}

export const templateSafeFilter = defineRule({
  id: 'PY-TMPL-SAFE-FILTER',
  title: 'Template variable rendered with |safe',
  cwe: [79, 116],
  asvs: { '5.0.0': ['V1.2.1'], '4.0.3': ['V5.3.3'] },
  severity: 'medium',
  confidence: 'medium',
  // Which value a view puts in the context is mostly out of sight of a template: a hotspot to review,
  // unless refineSafeFilter sees the view hand it request data or a model instance's field.
  kind: 'hotspot',
  docs: {
    what:
      'Finds {{ value|safe }} and |safeseq in Django and Jinja2 templates. String literals, and values already ' +
      'passed through escape, tojson, json_script, bleach or striptags, are not reported; nor is help_text, which ' +
      'Django documents as developer-written HTML rendered unescaped. Comments are skipped. A hotspot to review, except ' +
      'where the view rendering the template is seen to pass request data under that name, or the template is a ' +
      'generic DetailView\'s and the value is a field of its model object (stored content): those are vulnerabilities.',
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
