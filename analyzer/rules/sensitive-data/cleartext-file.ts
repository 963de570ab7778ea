// A password or card number in a plain file is one directory listing away. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { argument, calleeName, keywordArgument, positionalArguments } from '../support/calls.js';
import { enclosingFunction } from '../support/names-of-values.js';
import { callTail, findInValue } from '../support/local-flow.js';
import { sensitiveIn } from '../support/sensitive-values.js';
import { isTestPath } from '../support/test-paths.js';
import { isHashedValue } from '../support/password-values.js';

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

// Generators of credentials: whatever they return is a key, token or one-time code.
const SECRET_GENERATORS = /^secrets\.(token_hex|token_urlsafe|token_bytes)$/;

/** A value made by secrets.token_*(): an API key, reset token or backup code, whatever its name. */
function generatedSecret(d: SyntaxNode, fn: SyntaxNode | null, ctx: RuleContext): SyntaxNode | null {
  // Digests of the codes (what a backup-code store should keep) are not the codes.
  if (isHashedValue(d, fn)) return null;
  return findInValue(d, fn, { hops: 2, hit: (n) => n.type === 'call' && SECRET_GENERATORS.test(calleeName(n, ctx) ?? '') });
}

const DUMP_METHODS = new Set(['model_dump', 'dict', 'model_dump_json', 'json', 'to_dict']);
const SECRET_FIELD = /^\s*(password|passwd|secret|api_key|token|private_key|client_secret)\s*:/m;

/** `ds.model_dump()` of a parameter whose class (defined in this module) declares a password field. */
function dumpedSecretModel(d: SyntaxNode, fn: SyntaxNode | null, ctx: RuleContext): string | null {
  if (d.type !== 'call' || !fn || !DUMP_METHODS.has(callTail(d))) return null;
  const recv = d.childForFieldName('function')?.childForFieldName('object');
  if (recv?.type !== 'identifier') return null;
  const param = (fn.childForFieldName('parameters')?.namedChildren ?? []).find((p) => p.namedChildren[0]?.text === recv.text);
  const type = param?.childForFieldName('type')?.text;
  if (!type || !/^[A-Z]\w*$/.test(type)) return null;
  const cls = ctx.tree.rootNode.namedChildren.find((c) => c.type === 'class_definition' && c.childForFieldName('name')?.text === type);
  const field = cls?.childForFieldName('body')?.text.match(SECRET_FIELD)?.[1];
  return field ? `${recv.text}.${field} (in ${d.text.slice(0, 40)})` : null;
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
    // A raw body written to a file is the file the client uploaded, not evidence of a secret.
    const hit = sensitiveIn(d, fn, () => true, 'fields');
    if (hit) return report(ctx, node, hit.name);
    const generated = generatedSecret(d, fn, ctx);
    if (generated) return report(ctx, node, `${generated.text.slice(0, 40)} (a freshly generated secret)`);
    const dumped = dumpedSecretModel(d, fn, ctx);
    if (dumped) return report(ctx, node, dumped);
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
