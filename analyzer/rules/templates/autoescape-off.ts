import { defineRule } from '../../rule.js';
import type { TemplateContext } from '../../rule.js';
import type { Finding } from '../../types.js';
import { commentSpans, inSpans, positionAt } from '../support/template-text.js';
import { contextFor, type TemplateContexts, type TemplateResolver } from '../../frameworks/template-contexts.js';
import { resolveAlias, templateAliases } from '../../frameworks/template-files.js';

// Django: {% autoescape off %}; Jinja2: {% autoescape false %} (also a falsy literal such as 0).
const AUTOESCAPE_OFF = /\{%-?\s*autoescape\s+(off|false|False|0)\s*-?%\}/g;

const END = /\{%-?\s*endautoescape\s*-?%\}/g;
const VARIABLE = /\{\{[^}]*\}\}/;
// Plain-text e-mail bodies and subjects (Django's password_reset_email.html is one): never parsed as HTML.
const TEXT_MAIL = /(^|[/_.-])(e?mail|subject)[^/]*\.(html|txt)$|\.txt$/i;

/** The text between the tag at `from` and its end tag (or the end of the file). */
function blockAfter(source: string, from: number): string {
  END.lastIndex = from;
  const end = END.exec(source);
  return source.slice(from, end ? end.index : source.length);
}

function check(ctx: TemplateContext): void {
  const comments = commentSpans(ctx.source);
  for (const m of ctx.source.matchAll(AUTOESCAPE_OFF)) {
    if (inSpans(m.index, comments)) continue;
    const { line, column } = positionAt(ctx.source, m.index);
    const block = blockAfter(ctx.source, m.index + m[0].length);
    if (TEXT_MAIL.test(ctx.path)) {
      ctx.report(line, column, column + m[0].length, {
        kind: 'hotspot',
        message: `${m[0]} in what looks like a plain-text e-mail template: check it is never sent or shown as HTML`,
      });
    } else if (!VARIABLE.test(block)) {
      // Only template tags inside: their output (a markdown or sanitising tag) is judged where the tag is written.
      ctx.report(line, column, column + m[0].length, {
        kind: 'hotspot',
        message: `${m[0]} around template tags only: check that each tag escapes or sanitises what it writes`,
      });
    } else {
      const alias = templateAliases(ctx.source);
      const blockStart = m.index + m[0].length;
      const outputs = [...block.matchAll(/\{\{-?\s*([A-Za-z_]\w*)/g)].map((v) => ({ name: resolveAlias(alias, v[1]!), ...positionAt(ctx.source, blockStart + v.index) }));
      const names = [...new Set(outputs.map((o) => o.name))];
      ctx.report(line, column, column + m[0].length, {
        message: `${m[0]} renders every variable up to the end tag without HTML escaping (${names.join(', ')})`,
        writes: outputs.map((o) => ({ line: o.line, column: o.column, message: `writes ${o.name} without HTML escaping` })),
      });
    }
  }
}

const WRITES = /without HTML escaping \(([\w, ]+)\)$/;

/**
 * Once the views rendering the template are seen (frameworks/template-contexts.ts): a block whose
 * every variable the views fill with server values (a constant, a setting, HTML another template
 * rendered) is a hotspot to review, not a vulnerability. Request data in the block stays one (the
 * dataflow also reports it at the view's render call). Changes the findings in place.
 */
export function refineAutoescapeOff(findings: Finding[], contexts: TemplateContexts, resolve?: TemplateResolver): void {
  for (const f of findings) {
    if (f.ruleId !== templateAutoescapeOff.id || f.kind !== 'vulnerability' || f.suppression) continue;
    const names = WRITES.exec(f.message)?.[1]?.split(', ').filter(Boolean);
    const vars = names?.length ? contextFor(contexts, f.path, resolve) : undefined;
    if (!vars) continue;
    // A write of a value the views fill on the server is no flaw of the block (what is left is, see one-flaw.ts).
    f.trace = f.trace.filter((s) => vars.get(/^writes (\w+) /.exec(s.message)?.[1] ?? '')?.origin !== 'server');
    if (!names!.every((n) => vars.get(n)?.origin === 'server')) continue;
    const where = [...new Set(names!.map((n) => vars.get(n)!.where))].join(', ');
    f.kind = 'hotspot';
    f.message = `${f.message}: the views rendering this template fill ${names!.join(', ')} with values that do not read the request (${where}); check each is markup the code built or escaped`;
  }
}

export const templateAutoescapeOff = defineRule({
  id: 'PY-TMPL-AUTOESCAPE-OFF',
  title: 'Template block with autoescaping turned off',
  cwe: [79, 116],
  asvs: { '5.0.0': ['V1.2.1'], '4.0.3': ['V5.3.3'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds {% autoescape off %} (Django) and {% autoescape false %} (Jinja2) blocks outside template comments that write ' +
      '{{ variables }}. Blocks holding only template tags, and plain-text e-mail templates, are hotspots.',
    why: 'Inside the block every {{ variable }} is written as raw HTML: one user-controlled value is enough for XSS.',
    example: '{% autoescape off %}{{ newsletter.body }}{% endautoescape %}',
    fix: 'Remove the block; mark only vetted, sanitised values safe in code with format_html or after bleach/nh3.',
    references: [
      'https://cwe.mitre.org/data/definitions/79.html',
      'https://docs.djangoproject.com/en/stable/ref/templates/builtins/#autoescape',
      'https://jinja.palletsprojects.com/en/stable/templates/#autoescape-overrides',
    ],
  },
  template: check,
});
