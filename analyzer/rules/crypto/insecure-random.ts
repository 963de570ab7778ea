import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName } from '../support/calls.js';
import { enclosingFunctionName, finalReceivingName } from '../support/value-context.js';
import { isSecretMakingFunction, isSecretValueName } from '../support/security-names.js';

const RANDOM_FUNCTIONS = new Set(
  ['random', 'randint', 'randrange', 'choice', 'choices', 'sample', 'getrandbits', 'randbytes', 'shuffle', 'uniform']
    .map((f) => `random.${f}`),
);

function check(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx);
  if (!name || !RANDOM_FUNCTIONS.has(name)) return;
  const recv = finalReceivingName(node, ctx);
  const fn = enclosingFunctionName(node);
  let target: string | null = null;
  if (recv && isSecretValueName(recv.name)) target = recv.via === 'return' ? `the return value of ${recv.name}()` : recv.name;
  else if (fn && isSecretMakingFunction(fn)) target = `the result of ${fn}()`;
  if (!target) return;
  ctx.report(node, { message: `${name}() is predictable but produces ${target}` });
}

export const insecureRandom = defineRule({
  id: 'PY-CRYPTO-INSECURE-RANDOM',
  title: 'Predictable random numbers used for a secret value',
  cwe: [330, 338],
  asvs: { '5.0.0': ['V11.5.1', 'V6.5.3'], '4.0.3': ['V6.3.1', 'V2.3.1'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['random'] }],
  bandit: ['B311'],
  docs: {
    what:
      'Finds calls of the random module (random, randint, choice, choices, sample, getrandbits, …) whose result ' +
      'becomes a token, password, key, one-time code, PIN, salt, nonce or reset code — judged by the name the value ' +
      'is assigned to or returned from, or a function named like generate_token(). random used for jitter, ' +
      'shuffling or sampling is not reported.',
    why:
      'random is a Mersenne Twister: after 624 observed outputs an attacker can predict every future value, and ' +
      'seeds from time are guessable. Reset links, session ids and OTPs made this way can be forged.',
    example: 'reset_code = "".join(random.choice(string.digits) for _ in range(6))',
    fix: 'reset_code = "".join(secrets.choice(string.digits) for _ in range(6))  # or secrets.token_urlsafe(32)',
    references: [
      'https://cwe.mitre.org/data/definitions/338.html',
      'https://docs.python.org/3/library/secrets.html',
      'https://docs.python.org/3/library/random.html',
    ],
  },
  visit: { call: check },
});
