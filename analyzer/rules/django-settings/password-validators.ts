import { defineRule, type SyntaxNode } from '../../rule.js';
import type { ConstValue } from '../../constants.js';
import { isDeployable, settingsModule } from './settings-model.js';

const MIN_LENGTH_VALIDATOR = 'django.contrib.auth.password_validation.MinimumLengthValidator';
const ASVS_MIN = 8;

function entry(v: ConstValue, key: string): ConstValue | undefined {
  if (v.kind !== 'dict') return undefined;
  return v.entries.find(([k]) => k.kind === 'str' && k.value === key)?.[1];
}

/** The `min_length` value inside the validator list's literal, to point at the exact line. */
function minLengthNode(list: SyntaxNode): SyntaxNode | null {
  const stack: SyntaxNode[] = [list];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'pair' && /^['"]min_length['"]$/.test(node.childForFieldName('key')?.text ?? '')) return node.childForFieldName('value');
    if (node.type === 'list' || node.type === 'tuple' || node.type === 'dictionary' || node.type === 'pair') stack.push(...node.namedChildren);
  }
  return null;
}

export const djangoPasswordValidators = defineRule({
  id: 'PY-DJANGO-PASSWORD-VALIDATORS',
  title: 'Weak or no password policy',
  cwe: [521],
  asvs: { '5.0.0': ['V6.2.1', 'V6.2.4'], '4.0.3': ['V2.1.1', 'V2.1.7'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what:
      'Finds AUTH_PASSWORD_VALIDATORS that is empty (or never set: Django’s default is empty) while django.contrib.auth is installed, a validator list without MinimumLengthValidator, and MinimumLengthValidator with min_length below 8.',
    why: 'Without validators users can pick "a" or "password"; such passwords fall to the first guesses of any credential-stuffing or brute-force run.',
    example: 'AUTH_PASSWORD_VALIDATORS = []',
    fix: "AUTH_PASSWORD_VALIDATORS = [\n    {'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator', 'OPTIONS': {'min_length': 12}},\n    {'NAME': 'django.contrib.auth.password_validation.CommonPasswordValidator'},\n]",
    references: [
      'https://cwe.mitre.org/data/definitions/521.html',
      'https://docs.djangoproject.com/en/stable/topics/auth/passwords/#enabling-password-validation',
      'https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#implement-proper-password-strength-controls',
    ],
  },
  visit: {
    module(_node, ctx) {
      const model = settingsModule(ctx);
      if (!model || !isDeployable(model)) return;
      const v = model.setting('AUTH_PASSWORD_VALIDATORS');
      if (v.state === 'unset') {
        const auth = model.stringList('INSTALLED_APPS')?.items.includes('django.contrib.auth') ?? false;
        if (auth && model.absenceConfidence) {
          ctx.report(model.anchor('INSTALLED_APPS'), {
            message: 'AUTH_PASSWORD_VALIDATORS is never set: django.contrib.auth accepts any password',
            confidence: model.absenceConfidence,
          });
        }
        return;
      }
      if (v.state !== 'known' || (v.value.kind !== 'list' && v.value.kind !== 'tuple')) return;
      const at = v.node.parent ?? v.node;
      if (v.value.items.length === 0) {
        ctx.report(at, { message: 'AUTH_PASSWORD_VALIDATORS is empty: any password is accepted' });
        return;
      }
      const minLength = v.value.items.find((i) => {
        const name = entry(i, 'NAME');
        return name?.kind === 'str' && name.value === MIN_LENGTH_VALIDATOR;
      });
      if (!minLength) {
        // A project validator may enforce length itself: say so, less sure.
        ctx.report(at, { message: 'AUTH_PASSWORD_VALIDATORS has no MinimumLengthValidator: one-character passwords pass', confidence: 'medium' });
        return;
      }
      const len = entry(entry(minLength, 'OPTIONS') ?? { kind: 'none' }, 'min_length');
      if (len?.kind === 'int' && len.value < ASVS_MIN) {
        ctx.report(minLengthNode(v.node) ?? at, { message: `MinimumLengthValidator allows passwords of ${len.value} characters; ASVS asks for at least ${ASVS_MIN}` });
      }
    },
  },
});
