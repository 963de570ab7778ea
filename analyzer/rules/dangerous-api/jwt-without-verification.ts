import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { argument, calleeName, keywordArgument, positionalArguments } from '../support/calls.js';
import type { ConstValue } from '../../constants.js';

const DECODERS = new Set(['jwt.decode', 'jwt.api_jwt.decode', 'jwt.PyJWT.decode', 'jose.jwt.decode', 'jwt.decode_complete']);

function entry(dict: ConstValue | undefined, key: string): ConstValue | undefined {
  if (dict?.kind !== 'dict') return undefined;
  return dict.entries.find(([k]) => k.kind === 'str' && k.value === key)?.[1];
}

/** `options={"verify_signature": False}` even when other entries are not constant. */
function optionDisablesSignature(options: SyntaxNode | undefined, ctx: RuleContext): boolean {
  if (!options) return false;
  const whole = ctx.constant(options);
  const v = whole ? entry(whole, 'verify_signature') : undefined;
  if (v) return v.kind === 'bool' && !v.value;
  if (options.type !== 'dictionary') return false;
  for (const pair of options.namedChildren) {
    if (pair.type !== 'pair') continue;
    const k = ctx.constant(pair.childForFieldName('key'));
    const val = ctx.constant(pair.childForFieldName('value'));
    if (k?.kind === 'str' && k.value === 'verify_signature' && val?.kind === 'bool' && !val.value) return true;
  }
  return false;
}

function allowsNone(algorithms: SyntaxNode | undefined, ctx: RuleContext): boolean {
  const v = ctx.constant(algorithms);
  const items = v?.kind === 'list' || v?.kind === 'tuple' || v?.kind === 'set' ? v.items : v ? [v] : [];
  return items.some((i) => i.kind === 'str' && i.value.toLowerCase() === 'none');
}

/** Why the decode call accepts a forged token, or null when it verifies. */
function unverified(node: SyntaxNode, name: string, ctx: RuleContext): string | null {
  const verify = ctx.constant(keywordArgument(node, 'verify'));
  if (verify?.kind === 'bool' && !verify.value) return `${name}(verify=False) accepts tokens with any signature`;
  if (optionDisablesSignature(keywordArgument(node, 'options'), ctx)) return `${name}() with options verify_signature=False accepts forged tokens`;
  if (allowsNone(argument(node, 2, 'algorithms'), ctx)) return `${name}() accepts the "none" algorithm: unsigned tokens pass`;
  return null;
}

/**
 * `iss = jwt.decode(token, options={"verify_signature": False})["iss"]` to pick the issuer's key, then
 * `jwt.decode(token, key, algorithms=[…])`: the same token is verified in the same function, so the
 * unverified read only routes it. Worth a look (nothing else may trust the peeked claims), not a bypass.
 */
function verifiedLater(node: SyntaxNode, ctx: RuleContext): boolean {
  const token = positionalArguments(node)[0]?.text;
  let fn: SyntaxNode | null = node.parent;
  while (fn && fn.type !== 'function_definition') fn = fn.parent;
  if (!token || !fn) return false;
  return fn.descendantsOfType('call').some((c) => {
    if (c.startIndex <= node.startIndex) return false;
    const n = calleeName(c, ctx);
    return !!n && DECODERS.has(n) && positionalArguments(c)[0]?.text === token && positionalArguments(c).length + (keywordArgument(c, 'key') ? 1 : 0) >= 2 && !unverified(c, n, ctx);
  });
}

function check(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx);
  if (!name || !DECODERS.has(name)) return;
  const why = unverified(node, name, ctx);
  if (!why) return;
  if (verifiedLater(node, ctx)) {
    ctx.report(node, { kind: 'hotspot', message: `${why}; the same token is verified afterwards in this function: check the unverified claims only select the key` });
    return;
  }
  ctx.report(node, { message: why });
}

export const jwtWithoutVerification = defineRule({
  id: 'PY-API-JWT-NO-VERIFY',
  title: 'JWT decoded without signature verification',
  cwe: [347, 345],
  asvs: { '5.0.0': ['V9.1.1', 'V9.1.2'], '4.0.3': ['V3.5.3'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['jwt'] }],
  docs: {
    what:
      'Finds PyJWT and python-jose jwt.decode calls with verify=False (PyJWT 1.x), ' +
      'options={"verify_signature": False}, or "none" among the accepted algorithms. An unverified read followed by a verified ' +
      'decode of the same token in the same function (peeking at the issuer to pick its key) is a hotspot.',
    why: 'A token whose signature is not checked is whatever the client says it is: any user id, any role, any expiry.',
    example: 'claims = jwt.decode(token, options={"verify_signature": False})',
    fix: 'claims = jwt.decode(token, settings.JWT_PUBLIC_KEY, algorithms=["RS256"], audience="shop-api")',
    references: [
      'https://cwe.mitre.org/data/definitions/347.html',
      'https://pyjwt.readthedocs.io/en/stable/usage.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html',
    ],
  },
  visit: { call: check },
});
