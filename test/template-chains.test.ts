// The template-chains fixture scanned as a user would: every render call is looked up as its
// framework does it (Flask template_folder and blueprint folders, Django DIRS before APP_DIRS, Mako
// TemplateLookup directories, Tornado template_path), followed through include / extends / inherit,
// and Mako's default of no escaping is honoured. The planted flaws are exactly the vulnerabilities
// reported, each once, at the view, with the template line ending its trace; the shadowed,
// unresolvable, replaced-block, `only` and escaped twins are silent.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanProject } from '../analyzer/scan.js';
import type { ScanResult } from '../analyzer/types.js';

const root = fileURLToPath(new URL('./fixtures/template-chains', import.meta.url));

describe('template-chains fixture', () => {
  let result: ScanResult;
  beforeAll(async () => {
    result = await scanProject(root);
  }, 120_000);

  it('reports each planted template flaw once, at the view, ending at the template line', () => {
    const xss = result.findings
      .filter((f) => f.cwe.includes(79) && f.kind === 'vulnerability')
      .map((f) => `${f.ruleId} ${f.path}:${f.range.start.line} → ${f.trace.filter((s) => s.kind === 'sink' && s.path !== f.path).map((s) => `${s.path}:${s.range.start.line}`).join(', ')}`)
      .sort();
    expect(xss).toEqual([
      // _share.html gets url=back (`with … only`); who is not passed, so its script write is silent.
      'PY-INJ-XSS blog/views.py:11 → blog/templates/blog/_share.html:1',
      // archive.html keeps the header block (block.super) and replaces content: only the header's write counts.
      'PY-INJ-XSS blog/views.py:16 → blog/templates/blog/layout.html:2',
      'PY-INJ-XSS mail/app.py:19 → mail/pages/motd.mako:1',
      'PY-INJ-XSS mail/app.py:31 → mail/pages/footer.mako:1',
      'PY-INJ-XSS portal/app.py:13 → portal/views/base.html:4',
      'PY-INJ-XSS portal/app.py:19 → portal/views/link.html:1',
      'PY-INJ-XSS portal/news.py:9 → portal/news_templates/headline.html:1',
      'PY-INJ-XSS wiki/server.py:9 → wiki/tpl/page.html:1',
    ]);
  });

  it('names the template chain in the message', () => {
    const at = (path: string, line: number) => result.findings.find((f) => f.path === path && f.range.start.line === line && f.ruleId === 'PY-INJ-XSS')?.message ?? '';
    expect(at('portal/app.py', 13)).toContain('portal/views/base.html:4 writes q inside a <script> block, through portal/views/page.html extends portal/views/base.html');
    expect(at('blog/views.py', 11)).toContain('through blog/templates/blog/share.html includes blog/templates/blog/_share.html');
    expect(at('mail/app.py', 31)).toContain('through mail/pages/letter.mako includes mail/pages/footer.mako');
  });

  it('leaves templates the framework would not render to the text rules, as hotspots', () => {
    const templateRules = result.findings.filter((f) => f.ruleId.startsWith('PY-TMPL-')).map((f) => `${f.ruleId} ${f.kind} ${f.path}:${f.range.start.line}`);
    // legacy.html under templates/ is shadowed by views/legacy.html (Flask's template_folder); base.html's
    // note is in the block page.html replaces, but base.html alone may be rendered by another child.
    expect(templateRules.sort()).toEqual(['PY-TMPL-SAFE-FILTER hotspot portal/templates/legacy.html:1', 'PY-TMPL-SAFE-FILTER hotspot portal/views/base.html:7']);
  });
});
