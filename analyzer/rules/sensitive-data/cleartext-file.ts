// A password or card number in a plain file is one directory listing away. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { argument, calleeName, keywordArgument, positionalArguments } from '../support/calls.js';
import { enclosingFunction } from '../support/names-of-values.js';
import { callTail, findInValue } from '../support/local-flow.js';
import { sensitiveIn } from '../support/sensitive-values.js';
import { isTestPath } from '../support/test-paths.js';

const FILE_OPENERS = /^(builtins\.open|io\.open|codecs\.open|open|aiofiles\.open|tempfile\.NamedTemporaryFile|gzip\.open|os\.fdopen)$|\.open$/;
const WRITERS = /^csv\.(writer|DictWriter)$/;
const DUMPERS = new Set(['json.dump', 'pickle.dump', 'yaml.dump', 'yaml.safe_dump', 'toml.dump', 'marshal.dump']);

/** The receiver was opened as a file (or a csv writer over one) in this function. */
function isFile(recv: SyntaxNode | null | undefined, fn: SyntaxNode | null, ctx: RuleContext): boolean {
  if (!recv) return false;
  if (recv.type === 'call') {
    const name = calleeName(recv, ctx) ?? recv.childForFieldName('function')?.text ?? '';
    return FILE_OPENERS.test(name) || WRITERS.test(name);
  }
  if (recv.type !== 'identifier' || !fn) return false;
  return !!findInValue(recv, fn, {
    hops: 2,
    hit: (n) => n.type === 'call' && (FILE_OPENERS.test(calleeName(n, ctx) ?? n.childForFieldName('function')?.text ?? '') || WRITERS.test(calleeName(n, ctx) ?? '')),
  });
}

function report(ctx: RuleContext, node: SyntaxNode, name: string): void {
  ctx.report(node, { message: `${name} written to a file in clear: encrypt it, or do not keep it` });
}

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const fn = enclosingFunction(node);
  const f = node.childForFieldName('function');
  const q = calleeName(node, ctx);
  let data: SyntaxNode[] = [];
  if (q && DUMPERS.has(q)) {
    if (!isFile(argument(node, 1, 'fp') ?? argument(node, 1, 'file') ?? argument(node, 1, 'stream'), fn, ctx)) return;
    data = [argument(node, 0, 'obj') ?? argument(node, 0, 'data')].filter((x): x is SyntaxNode => !!x);
  } else if (q === 'builtins.print') {
    const file = keywordArgument(node, 'file');
    if (!file || !isFile(file, fn, ctx)) return;
    data = positionalArguments(node);
  } else if (f?.type === 'attribute' && ['write', 'writelines', 'writerow', 'writerows', 'write_text', 'write_bytes'].includes(callTail(node))) {
    const recv = f.childForFieldName('object');
    const arg = positionalArguments(node)[0];
    // config.write(fh): a ConfigParser (or any object) writing itself into a file opened here.
    if (callTail(node) === 'write' && arg && isFile(arg, fn, ctx) && recv) data = [recv];
    else {
      // write_text/write_bytes exist on paths only: (OUTBOX / "payees.json").write_text(…)
      const isPath = callTail(node) === 'write_text' || callTail(node) === 'write_bytes';
      if (!isPath && !isFile(recv, fn, ctx)) return;
      data = positionalArguments(node).slice(0, 1);
    }
  } else return;
  for (const d of data) {
    const hit = sensitiveIn(d, fn, () => true, true);
    if (hit) return report(ctx, node, hit.name);
  }
}

export const cleartextFile = defineRule({
  id: 'PY-DATA-CLEARTEXT-FILE',
  title: 'Sensitive value written to a file in clear',
  cwe: [312],
  asvs: { '5.0.0': ['V14.2.4'], '4.0.3': ['V6.1.1'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds passwords, tokens, secrets, card numbers and national ids written to files opened by the code: write(), ' +
      'writelines(), csv writerow(), json.dump / pickle.dump / yaml.dump, print(file=…) and Path.write_text(). Hashed, ' +
      'encrypted and masked values are not reported.',
    why: 'Files are copied into backups, shared volumes and support bundles; whoever reads one gets the credentials in it.',
    example: 'with open("users.csv", "a") as f:\n    f.write(f"{username},{password}\\n")',
    fix: 'Store a password hash (argon2, bcrypt) in the database; encrypt other secrets (Fernet) or keep them in a secrets manager.',
    references: ['https://cwe.mitre.org/data/definitions/312.html', 'https://cheatsheetseries.owasp.org/cheatsheets/Cryptographic_Storage_Cheat_Sheet.html'],
  },
  visit: { call: check },
});
