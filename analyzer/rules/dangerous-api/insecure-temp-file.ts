import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName } from '../support/calls.js';

function check(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx);
  if (name !== 'tempfile.mktemp' && name !== 'os.tempnam' && name !== 'os.tmpnam') return;
  ctx.report(node, { message: `${name}() returns a name, not a file: another process can create it first` });
}

export const insecureTempFile = defineRule({
  id: 'PY-API-MKTEMP',
  title: 'Temporary file name created with tempfile.mktemp',
  cwe: [377],
  asvs: { '5.0.0': ['V15.4.2'], '4.0.3': ['V11.1.6'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['tempfile'] }],
  bandit: ['B306'],
  docs: {
    what: 'Finds tempfile.mktemp(), deprecated since Python 2.3.',
    why:
      'Between choosing the name and opening the file, another local user can create it or a symlink with that name: ' +
      'the application then writes into a file the attacker controls or overwrites one it should not.',
    example: 'path = tempfile.mktemp(suffix=".csv")',
    fix: 'with tempfile.NamedTemporaryFile(suffix=".csv", delete=False) as fh: ...  # or tempfile.mkstemp()',
    references: [
      'https://cwe.mitre.org/data/definitions/377.html',
      'https://docs.python.org/3/library/tempfile.html#tempfile.mktemp',
    ],
  },
  visit: { call: check },
});
