// The random module where the value's use is not named: a person decides whether it guards anything. (hotspot)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName } from '../support/calls.js';
import { enclosingFunctionName, finalReceivingName } from '../support/value-context.js';
import { isSecretMakingFunction, isSecretValueName } from '../support/security-names.js';
import { isTestPath } from '../support/test-paths.js';

const RANDOM_FUNCTIONS = new Set(
  ['random', 'randint', 'randrange', 'choice', 'choices', 'getrandbits', 'randbytes'].map((f) => `random.${f}`),
);
// Names that say what the number is for, and it is not a secret: timing, layout, sampling, test data.
const HARMLESS = /jitter|delay|backoff|sleep|wait|retry|timeout|interval|color|colour|shuffle|sample|sampl|weight|ratio|percent|probab|position|offset|port|demo|fake|dummy|example|chart|graph|balanc|spread|stagger|splay|lorem/i;

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const name = calleeName(node, ctx);
  if (!name || !RANDOM_FUNCTIONS.has(name)) return;
  const recv = finalReceivingName(node, ctx);
  const fn = enclosingFunctionName(node);
  // Secret contexts are PY-CRYPTO-INSECURE-RANDOM's vulnerabilities.
  if ((recv && isSecretValueName(recv.name)) || (fn && isSecretMakingFunction(fn))) return;
  if ((recv && HARMLESS.test(recv.name)) || (fn && HARMLESS.test(fn))) return;
  ctx.report(node, {
    message: `${name}() is predictable: check that ${recv ? recv.name : 'its result'} never becomes a token, code, key, salt or anything an attacker gains by guessing`,
  });
}

export const randomReview = defineRule({
  id: 'PY-CRYPTO-RANDOM-REVIEW',
  title: 'Predictable random numbers whose use is not evident',
  cwe: [330],
  asvs: { '5.0.0': ['V11.5.1'], '4.0.3': ['V6.3.1'] },
  severity: 'low',
  confidence: 'low',
  kind: 'hotspot',
  needs: [{ kind: 'api', families: ['random'] }],
  bandit: ['B311'],
  docs: {
    what:
      'A hotspot for calls of the random module (random, randint, randrange, choice, choices, getrandbits, randbytes) whose ' +
      'result is not named as a secret (those are PY-CRYPTO-INSECURE-RANDOM vulnerabilities) nor as timing, layout or sampling ' +
      '(jitter, delay, color, sample …). Check what the number becomes.',
    why: 'random is predictable from its outputs; a value that ends up in an invitation code, a file name or an id can be guessed.',
    example: 'code = random.randint(100000, 999999)\nsend_sms(user, code)',
    fix: 'Use the secrets module (secrets.randbelow, secrets.token_urlsafe) wherever the value must not be guessed.',
    references: ['https://cwe.mitre.org/data/definitions/330.html', 'https://docs.python.org/3/library/secrets.html'],
  },
  visit: { call: check },
});
