// Accepting HS* and RS* for one key lets the public key sign HMAC tokens. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { argument, calleeName } from '../support/calls.js';
import { isTestPath } from '../support/test-paths.js';
import { findInValue } from '../support/local-flow.js';
import { enclosingFunction } from '../support/names-of-values.js';

const DECODERS = new Set(['jwt.decode', 'jwt.api_jwt.decode', 'jwt.PyJWT.decode', 'jose.jwt.decode', 'jwt.decode_complete', 'jwt.api_jwt.decode_complete']);

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const name = calleeName(node, ctx);
  if (!name || !DECODERS.has(name)) return;
  const algs = argument(node, 2, 'algorithms');
  const v = ctx.constant(algs);
  const items = v?.kind === 'list' || v?.kind === 'tuple' || v?.kind === 'set' ? v.items : [];
  const names = items.flatMap((i) => (i.kind === 'str' ? [i.value.toUpperCase()] : []));
  const symmetric = names.filter((n) => n.startsWith('HS'));
  const asymmetric = names.filter((n) => /^(RS|ES|PS|ED)/.test(n));
  // algorithms=[jwt.get_unverified_header(token)["alg"]]: the token chooses how it is verified.
  // A key ring's algorithm for the token's kid is bound to the key: only the header's own "alg" counts.
  const fromToken =
    algs &&
    !v &&
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
  }
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
  visit: { call: check },
});
