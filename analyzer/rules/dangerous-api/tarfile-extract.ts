import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName, hasKeywordSplat, keywordArgument } from '../support/calls.js';
import { boundToCallOf } from '../support/bindings.js';

const OPENERS = new Set(['tarfile.open', 'tarfile.TarFile', 'tarfile.TarFile.open']);

function check(node: SyntaxNode, ctx: RuleContext): void {
  const fn = node.childForFieldName('function');
  if (fn?.type !== 'attribute') return;
  const method = fn.childForFieldName('attribute')?.text;
  if (method !== 'extractall' && method !== 'extract') return;
  const receiver = fn.childForFieldName('object');
  if (!receiver) return;
  const isTar =
    (receiver.type === 'call' && OPENERS.has(calleeName(receiver, ctx) ?? '')) ||
    (receiver.type === 'identifier' && boundToCallOf(receiver.text, node, ctx, OPENERS));
  if (!isTar) return;
  // filter= ('data', 'tar' or a callable) or an explicit members= selection means the author vetted entries.
  if (keywordArgument(node, 'filter') || keywordArgument(node, 'members') || hasKeywordSplat(node)) return;
  ctx.report(node, { message: `TarFile.${method}() without filter="data": entries named ../ or absolute paths, and links, escape the target directory` });
}

export const tarfileExtract = defineRule({
  id: 'PY-API-TARFILE-EXTRACT',
  title: 'Tar archive extracted without a member filter',
  cwe: [22],
  asvs: { '5.0.0': ['V5.3.3'], '4.0.3': ['V12.3.1'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['archive'] }],
  bandit: ['B202'],
  docs: {
    what:
      'Finds TarFile.extractall()/extract() on archives opened with tarfile.open (in the same function) without ' +
      'filter= or members=. zipfile is not reported: it strips absolute paths and "..". Python 3.14 made ' +
      'filter="data" the default; earlier versions extract members as named.',
    why: 'A crafted archive writes outside the target directory (../../app/settings.py, symlinks to /etc): tar slip, CVE-2007-4559.',
    example: 'with tarfile.open(upload_path) as tar:\n    tar.extractall(import_dir)',
    fix: 'with tarfile.open(upload_path) as tar:\n    tar.extractall(import_dir, filter="data")',
    references: [
      'https://cwe.mitre.org/data/definitions/22.html',
      'https://docs.python.org/3/library/tarfile.html#tarfile-extraction-filter',
      'https://peps.python.org/pep-0706/',
    ],
  },
  visit: { call: check },
});
