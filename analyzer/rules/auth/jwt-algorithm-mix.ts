// Accepting HS* and RS* for one key lets the public key sign HMAC tokens. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { argument, calleeName } from '../support/calls.js';
import { isTestPath } from '../support/test-paths.js';
import { findInValue } from '../support/local-flow.js';
import { enclosingFunction } from '../support/names-of-values.js';
import { localDefs } from '../support/local-flow.js';
import { stringLiteralText } from '../support/string-literals.js';

/** A module global (or one key of a settings dict) holding an algorithms list that mixes HS* and RS*. */
const MIXED = 'jwt:mixed-algorithms';

/** `["RS256", "HS256"]`, or `os.environ.get("JWT_ALGORITHMS", "HS256,RS256").split(",")`: its default. */
function algorithmNames(node: SyntaxNode | null | undefined, ctx: RuleContext): string[] | null {
  if (!node) return null;
  const v = ctx.constant(node);
  if (v) {
    const items = v.kind === 'list' || v.kind === 'tuple' || v.kind === 'set' ? v.items : [];
    return items.flatMap((i) => (i.kind === 'str' ? [i.value.toUpperCase()] : []));
  }
  const f = node.type === 'call' ? node.childForFieldName('function') : null;
  if (f?.type !== 'attribute' || f.childForFieldName('attribute')?.text !== 'split') return null;
  const sep = stringLiteralText(node.childForFieldName('arguments')?.namedChildren[0]) ?? ',';
  const env = f.childForFieldName('object');
  if (env?.type !== 'call' || !/^(os\.environ\.get|os\.getenv)$/.test(calleeName(env, ctx) ?? '')) return null;
  const fallback = ctx.constant(env.childForFieldName('arguments')?.namedChildren[1]);
  return fallback?.kind === 'str' ? fallback.value.split(sep).map((x) => x.trim().toUpperCase()) : null;
}

function mixes(names: readonly string[]): [string, string] | null {
  const symmetric = names.find((n) => n.startsWith('HS'));
  const asymmetric = names.find((n) => /^(RS|ES|PS|ED)/.test(n));
  return symmetric && asymmetric ? [symmetric, asymmetric] : null;
}

/** Where the module's globals live for other modules: Django's settings module is `django.conf.settings`. */
function globalKeys(name: string, ctx: RuleContext): string[] {
  const keys = [`${ctx.module}.${name}`];
  if (/(^|\.)settings(\.\w+)?$/.test(ctx.module)) keys.push(`django.conf.settings.${name}`);
  return keys;
}

/** `JWT_ALGORITHMS = […]`, `JWT_AUTH = {"ALGORITHMS": […]}` at module level: a trait of that global. */
function noteGlobal(node: SyntaxNode, ctx: RuleContext): void {
  if (!ctx.trait || node.parent?.parent?.type !== 'module') return;
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (left?.type !== 'identifier' || !right) return;
  const own = algorithmNames(right, ctx);
  if (own && mixes(own)) for (const k of globalKeys(left.text, ctx)) ctx.trait(k, MIXED);
  if (right.type !== 'dictionary') return;
  for (const pair of right.namedChildren) {
    const key = stringLiteralText(pair.childForFieldName('key'));
    const names = algorithmNames(pair.childForFieldName('value'), ctx);
    if (key && names && mixes(names)) for (const k of globalKeys(left.text, ctx)) ctx.trait(k, `${MIXED}[${key}]`);
  }
}

/** `algorithms=config.JWT_ALGORITHMS`, `conf["ALGORITHMS"]` with `conf = settings.JWT_AUTH`: another module's value. */
function throughGlobal(algs: SyntaxNode, node: SyntaxNode, name: string, ctx: RuleContext): void {
  if (!ctx.reportThrough) return;
  let target = algs;
  let key = '';
  if (algs.type === 'subscript') {
    key = stringLiteralText(algs.childForFieldName('subscript')) ?? '';
    target = algs.childForFieldName('value')!;
    if (!key || !target) return;
  }
  if (target.type === 'identifier') {
    const defs = localDefs(enclosingFunction(node) ?? node).values.get(target.text) ?? [];
    if (defs.length === 1) target = defs[0]!;
  }
  const q = ctx.names.qualifiedName(target);
  if (!q) return;
  ctx.reportThrough(algs, { message: `${name}() accepts both HMAC and public-key algorithms (${algs.text.slice(0, 40)}): a token signed with HMAC using the public key passes` }, { callee: q, trait: key ? `${MIXED}[${key}]` : MIXED });
}

const DECODERS = new Set(['jwt.decode', 'jwt.api_jwt.decode', 'jwt.PyJWT.decode', 'jose.jwt.decode', 'jwt.decode_complete', 'jwt.api_jwt.decode_complete']);

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const name = calleeName(node, ctx);
  if (!name || !DECODERS.has(name)) return;
  const algs = argument(node, 2, 'algorithms');
  const listed = algorithmNames(algs, ctx);
  const known = listed !== null || ctx.constant(algs) !== undefined;
  const names = listed ?? [];
  const symmetric = names.filter((n) => n.startsWith('HS'));
  const asymmetric = names.filter((n) => /^(RS|ES|PS|ED)/.test(n));
  // algorithms=[jwt.get_unverified_header(token)["alg"]]: the token chooses how it is verified.
  // A key ring's algorithm for the token's kid is bound to the key: only the header's own "alg" counts.
  const fromToken =
    algs &&
    !known &&
    findInValue(algs, enclosingFunction(node), {
      stop: (n) => n.type === 'call' && !/get_unverified_header|\.get\(\s*["']alg["']/.test(n.text),
      hit: (n) => (n.type === 'subscript' && /\[\s*["']alg["']\s*\]$/.test(n.text)) || (n.type === 'call' && /\.get\(\s*["']alg["']/.test(n.text)),
    });
  if (fromToken) {
    ctx.report(algs, { message: `${name}() takes its algorithm from the token's own header: an attacker picks HS256 and signs with the public key` });
    return;
  }
  if (symmetric.length > 0 && asymmetric.length > 0) {
    ctx.report(algs ?? node, { message: `${name}() accepts both ${symmetric[0]} and ${asymmetric[0]}: a token signed with HMAC using the public key passes` });
  } else if (algs && !known) throughGlobal(algs, node, name, ctx);
}

export const jwtAlgorithmMix = defineRule({
  id: 'PY-JWT-ALGORITHM-MIX',
  title: 'JWT decoded with both HMAC and public-key algorithms',
  cwe: [347],
  asvs: { '5.0.0': ['V9.1.2'], '4.0.3': ['V3.5.3'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  docs: {
    what: 'Finds jwt.decode calls whose algorithms list mixes HS256/384/512 with RS*, ES*, PS* or EdDSA.',
    why:
      'With an RSA or EC public key and HS256 also allowed, an attacker signs a token with HMAC using the public key — ' +
      'which is public — and the library accepts it (algorithm confusion).',
    example: 'jwt.decode(token, PUBLIC_KEY, algorithms=["RS256", "HS256"])',
    fix: 'jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"])  # one family per key',
    references: ['https://cwe.mitre.org/data/definitions/347.html', 'https://pyjwt.readthedocs.io/en/stable/algorithms.html'],
  },
  visit: { call: check, assignment: (n, ctx) => !isTestPath(ctx.path) && noteGlobal(n, ctx) },
});
