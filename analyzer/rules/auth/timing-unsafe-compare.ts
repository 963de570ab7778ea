// == on a secret leaks how much of a guess was right, one byte at a time. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { expressionName } from '../support/expression-names.js';
import { nameWords } from '../support/names-of-values.js';
import { sensitiveKind } from '../support/sensitive-names.js';
import { isPlaceholder } from '../support/placeholders.js';
import { stringLiteralText } from '../support/string-literals.js';
import { isTestPath } from '../support/test-paths.js';
import { looksRandom } from '../support/entropy.js';
import { isProtectingCall } from '../support/protecting-calls.js';
import { enclosingFunction } from '../support/names-of-values.js';
import { findInValue, localDefs } from '../support/local-flow.js';
import { functionTrait, projectCallee } from '../support/helper-calls.js';

/** A function that returns a secret or a MAC it computed (support/helper-calls.ts). */
const RETURNS_SECRET = 'timing:returns-secret';
// String methods that keep the value they are called on: `header.removeprefix("Bearer ")` is still the header.
const KEEPS_VALUE = /\.(removeprefix|removesuffix|strip|lstrip|rstrip|lower|upper|casefold|encode|decode)$/;

const CLIENT = /^(self\.)?(request|req)\.(?!session\b|user\b)|^flask\.request\./;
// The server-side session and the authenticated user: what the server holds, whoever sent the request.
const SERVER_HELD = /^(self\.)?(request|req)\.(session|user)\b|(^|\.)session$/;
const REQUEST_OBJECT = new Set(['request', 'req']);

/**
 * The operand comes from the client: request data, or a parameter of the function (a token handed in).
 * Timing attacks need a guess on one side and the secret on the other; two client values (a token and
 * its sanitised copy) or two server values leak nothing to a guesser.
 */
function fromClient(node: SyntaxNode, fn: SyntaxNode | null): boolean {
  const params = fn ? localDefs(fn).params : new Map();
  return !!findInValue(node, fn, {
    // A MAC over the request body, or an object looked up by a client-given id, is the server's value.
    stop: (n) => isProtectingCall(n) || (n.type === 'call' && !CLIENT.test(n.text) && !KEEPS_VALUE.test(n.childForFieldName('function')?.text ?? '')) || (n.type === 'attribute' && SERVER_HELD.test(n.text)),
    // The request object itself is no value: its fields are judged by CLIENT.
    hit: (n) =>
      n.type === 'attribute' || n.type === 'call' || n.type === 'subscript'
        ? CLIENT.test(n.text)
        : n.type === 'identifier' && params.has(n.text) && n.text !== 'self' && !REQUEST_OBJECT.has(n.text) && !localDefs(fn!).values.has(n.text),
  });
}

/**
 * `csrf_token = _sanitize_token(cookie_token)` then `csrf_token != cookie_token`: one side is made from
 * the other, so a guesser compares their own value with itself and learns nothing.
 */
function derivedFromOther(a: SyntaxNode, b: SyntaxNode, fn: SyntaxNode | null): boolean {
  if (!fn) return false;
  const defs = localDefs(fn);
  const madeOf = (x: SyntaxNode, y: SyntaxNode) =>
    y.type === 'identifier' && x.type === 'identifier' && (defs.values.get(x.text) ?? []).some((v) => v.type === 'call' && v.descendantsOfType('identifier').some((i) => i.text === y.text));
  return madeOf(a, b) || madeOf(b, a);
}

// OAuth 1 consumer keys, client ids and public keys identify a client; they are sent in the clear by design.
const PUBLIC_KEY_OWNERS = new Set(['client', 'consumer', 'public', 'publishable']);

const KEY_OWNERS = new Set(['admin', 'master', 'shared', 'service', 'internal', 'root', 'access', 'deploy', 'cron', 'webhook', 'app', 'auth', 'api', 'secret', 'signing']);
const MAC_NOUNS = new Set(['signature', 'sig', 'hmac', 'mac', 'digest', 'hexdigest']);
// Names that describe a secret rather than hold one.
const DESCRIPTIVE = new Set(['type', 'kind', 'name', 'count', 'length', 'len', 'status', 'format', 'scheme', 'prefix', 'header', 'version', 'expiry', 'expires', 'exp', 'id']);

/** The operand holds a secret that a client may be guessing: a token, an API key, an HMAC signature. */
function isSecretOperand(node: SyntaxNode, fn: SyntaxNode | null): boolean {
  // expected = "sha256=" + hmac.new(…).hexdigest(): a computed MAC, whatever its name.
  if (findInValue(node, fn, { hops: 2, hit: (n) => n.type === 'call' && /(\.(hexdigest|digest)|^hmac\.new|^hmac\.digest)$/.test(n.childForFieldName('function')?.text ?? '') })) return true;
  const name = expressionName(node);
  if (!name) return false;
  const words = nameWords(name);
  const last = words[words.length - 1] ?? '';
  if (DESCRIPTIVE.has(last)) return false;
  if (last === 'cookie' || last === 'authorization') return false;
  if (MAC_NOUNS.has(last) || words.some((w) => w === 'signature' || w === 'hmac')) return true;
  if (last === 'key' && !words.includes('secret') && words.some((w) => PUBLIC_KEY_OWNERS.has(w))) return false;
  // ADMIN_KEY, MASTER_KEY in a settings lookup: a configured shared secret.
  if (last === 'key' && (/^[A-Z0-9_]+$/.test(name) || words.some((w) => KEY_OWNERS.has(w)))) return true;
  // Passwords are PY-AUTH-PLAINTEXT-PASSWORD-COMPARE's: a plain-text password compare is the bigger flaw.
  return sensitiveKind(name) === 'secret';
}

/** A literal that could be a secret: not a keyword or sentence (`"COLLATE"`, `"NOTPROVIDED"`, `"Bearer"`). */
function secretLiteral(value: string): boolean {
  if (value.length < 6 || isPlaceholder(value)) return false;
  return /\d/.test(value) || looksRandom(value);
}

/**
 * `self.reset_url_token` ("set-password"), `LANGUAGE_SESSION_KEY` ("_language"): the name of a marker
 * or a dictionary key, compared to route the request, not a secret being checked.
 */
function isSentinel(node: SyntaxNode): boolean {
  const name = expressionName(node);
  if (!name) return false;
  const words = nameWords(name);
  if (words.some((w) => ['url', 'field', 'param', 'prefix', 'header', 'marker', 'sentinel', 'placeholder'].includes(w))) return true;
  return /^[A-Z0-9_]+$/.test(name) && words.includes('session') && words[words.length - 1] === 'key';
}

function isComparable(node: SyntaxNode, ctx: RuleContext): boolean {
  if (node.type === 'none' || node.type === 'true' || node.type === 'false' || node.type === 'integer') return false;
  const c = ctx.constant(node);
  // SECRET_TOKEN = "…": the constant's name says it is a secret; a bare literal must look like one.
  if (c && node.type !== 'string') return c.kind === 'str' && c.value.length > 0 && !isPlaceholder(c.value);
  if (c) return c.kind === 'str' && secretLiteral(c.value);
  if (node.type === 'string') return secretLiteral(stringLiteralText(node) ?? '');
  if (node.type === 'call') {
    const f = node.childForFieldName('function')?.text ?? '';
    if (/^(len|type|bool|int|isinstance|str\.lower)$/.test(f)) return false;
  }
  return true;
}

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const ops = node.children.filter((c) => !c.isNamed).map((c) => c.text);
  const operands = node.namedChildren;
  if (ops.length !== 1 || (ops[0] !== '==' && ops[0] !== '!=') || operands.length !== 2) return;
  const [a, b] = operands as [SyntaxNode, SyntaxNode];
  if (isSentinel(a) || isSentinel(b)) return;
  const fn0 = enclosingFunction(node);
  const secret = isSecretOperand(a, fn0) ? a : isSecretOperand(b, fn0) ? b : null;
  if (!secret) return throughHelper(node, a, b, ctx, ops[0]!);
  const other = secret === a ? b : a;
  if (!isComparable(other, ctx) || !isComparable(secret, ctx)) return;
  const fn = enclosingFunction(node);
  if (fromClient(a, fn) === fromClient(b, fn) || derivedFromOther(a, b, fn)) return;
  ctx.report(node, { message: `${secret.text.slice(0, 40)} compared with ${ops[0]}: the comparison time reveals how much of a guess matches` });
}

/** `expected_signature(secret, body) == supplied`: the project helper's trait says whether it returns a secret. */
function throughHelper(node: SyntaxNode, a: SyntaxNode, b: SyntaxNode, ctx: RuleContext, op: string): void {
  const fn = enclosingFunction(node);
  for (const [call, other] of [[a, b], [b, a]] as const) {
    if (call.type !== 'call' || !ctx.reportThrough) continue;
    const callee = projectCallee(call, ctx);
    if (!callee || !isComparable(other, ctx) || !fromClient(other, fn)) continue;
    ctx.reportThrough(node, { message: `${call.text.slice(0, 40)} (a secret or MAC) compared with ${op}: the comparison time reveals how much of a guess matches` }, { callee, trait: RETURNS_SECRET });
    return;
  }
}

/** `return hmac.new(key, body, sha256).hexdigest()`: callers compare what this returns as a secret. */
function noteReturn(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const v = node.namedChildren[0];
  const fn = enclosingFunction(node);
  if (v && fn && isSecretOperand(v, fn) && isComparable(v, ctx)) functionTrait(fn, ctx, RETURNS_SECRET);
}

export const timingUnsafeCompare = defineRule({
  id: 'PY-AUTH-TIMING-COMPARE',
  title: 'Secret compared in non-constant time',
  cwe: [208],
  asvs: { '5.0.0': ['V11.2.4'], '4.0.3': ['V6.2.8'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds tokens, API keys, HMAC signatures and digests compared with == or != (request headers, query values, settings, ' +
      'computed hexdigests). Comparisons with None, empty or short literals and with the token\'s type or length are not reported, nor ' +
      'comparisons of two server-held values (the server session, the logged-in user), of a value with its own sanitised copy, or of ' +
      'public client identifiers (OAuth client/consumer keys).',
    why: 'String equality stops at the first differing byte; measuring response times lets an attacker recover a secret byte by byte.',
    example: 'if request.headers.get("X-Api-Key") != settings.API_KEY:\n    abort(401)',
    fix: 'if not hmac.compare_digest(request.headers.get("X-Api-Key", ""), settings.API_KEY):\n    abort(401)',
    references: [
      'https://cwe.mitre.org/data/definitions/208.html',
      'https://docs.python.org/3/library/hmac.html#hmac.compare_digest',
    ],
  },
  visit: { comparison_operator: check, return_statement: noteReturn },
});
