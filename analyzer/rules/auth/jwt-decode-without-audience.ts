// Whether a missing audience check matters depends on who else the issuer signs for. (hotspot)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName, hasKeywordSplat, keywordArgument } from '../support/calls.js';
import { isTestPath } from '../support/test-paths.js';

const DECODERS = new Set(['jwt.decode', 'jwt.api_jwt.decode', 'jwt.PyJWT.decode', 'jose.jwt.decode', 'jwt.decode_complete']);
// The application issues or configures audience/issuer claims somewhere in the file.
const SETS_AUD = /["']aud["']\s*:|\b(JWT_AUDIENCE|AUDIENCE)\s*=/;
const SETS_ISS = /["']iss["']\s*:|\b(JWT_ISSUER|ISSUER)\s*=/;

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const name = calleeName(node, ctx);
  if (!name || !DECODERS.has(name) || hasKeywordSplat(node)) return;
  const options = keywordArgument(node, 'options')?.text ?? '';
  const missing: string[] = [];
  if (SETS_AUD.test(ctx.source) && (!keywordArgument(node, 'audience') || /verify_aud["']\s*:\s*False/.test(options))) missing.push('audience');
  if (SETS_ISS.test(ctx.source) && !keywordArgument(node, 'issuer')) missing.push('issuer');
  if (missing.length === 0) return;
  ctx.report(node, { message: `${name}() does not check ${missing.join(' or ')} although this code sets those claims: a token meant for another service is accepted` });
}

export const jwtDecodeWithoutAudience = defineRule({
  id: 'PY-JWT-NO-AUDIENCE',
  title: 'JWT decoded without audience or issuer check',
  cwe: [345],
  asvs: { '5.0.0': ['V9.2.3'], '4.0.3': ['V3.5.3'] },
  severity: 'low',
  confidence: 'low',
  kind: 'hotspot',
  docs: {
    what:
      'A review hotspot: jwt.decode without audience= or issuer= (or with verify_aud disabled) in a file that sets "aud"/"iss" ' +
      'claims or audience/issuer settings elsewhere.',
    why: 'When one issuer signs tokens for several services, a token minted for one of them is accepted by all that skip the audience check.',
    example: 'claims = jwt.decode(token, KEY, algorithms=["RS256"])  # while tokens are issued with "aud": "billing"',
    fix: 'jwt.decode(token, KEY, algorithms=["RS256"], audience="billing", issuer="https://auth.example.com")',
    references: ['https://cwe.mitre.org/data/definitions/345.html', 'https://pyjwt.readthedocs.io/en/stable/usage.html#audience-claim-aud'],
  },
  visit: { call: check },
});
