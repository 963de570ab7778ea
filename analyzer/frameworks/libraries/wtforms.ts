// WTForms and Flask-WTF: a form's fields are attributes of the bound form, each holding the client's
// value in `.data`. A field whose type converts (IntegerField, DateField) or checks against the
// server's own list (SelectField, AnyOf) or a fully anchored pattern of safe characters cannot carry
// an injection; a StringField holds whatever the client sent.
import type { SyntaxNode } from '../../rule.js';
import type { FileContext } from '../../file-context.js';
import type { ConstValue } from '../../constants.js';
import type { FrameworkModel } from '../model.js';
import { keywordArg as keywordArgument, positionalArgs } from '../support.js';

/** Form bases whose bound instance reads the request by itself when given no formdata (Flask-WTF). */
const IMPLICIT_FORMS = ['flask_wtf.FlaskForm', 'flask_wtf.Form', 'flask_wtf.form.FlaskForm'];
const WTFORMS_BASES = ['wtforms.Form', 'wtforms.form.Form', 'wtforms.form.BaseForm', ...IMPLICIT_FORMS];

/** Fields whose processed value is a number, a date, a boolean or one of the server's choices. */
const CONVERTING_FIELDS = [
  'IntegerField', 'DecimalField', 'FloatField', 'BooleanField', 'DateField', 'DateTimeField', 'DateTimeLocalField', 'TimeField',
  'MonthField', 'WeekField', 'IntegerRangeField', 'DecimalRangeField',
];
const CHOICE_FIELDS = new Set(['SelectField', 'RadioField', 'SelectMultipleField']);

export const wtformsModel: FrameworkModel = {
  name: 'wtforms',
  formBases: WTFORMS_BASES,
  implicitForms: IMPLICIT_FORMS,
  boundFieldForms: WTFORMS_BASES,
  neutralFields: CONVERTING_FIELDS,
};

const SAFE_CLASS_CHAR = /^[A-Za-z0-9_-]$/;

/**
 * A pattern every whole match of which is made of letters, digits, `_` and `-`: anchored at the end
 * (`$`, `\Z`; re.match anchors the start), built of classes and literals of those characters,
 * quantifiers, groups and alternatives. Anything else (`.`, `\S`, negated classes) may let through
 * a quote, a slash or a space.
 */
export function safeAnchoredPattern(pattern: string): boolean {
  let p = pattern;
  if (p.startsWith('\\A')) p = p.slice(2);
  else if (p.startsWith('^')) p = p.slice(1);
  if (p.endsWith('\\Z') || p.endsWith('\\z')) p = p.slice(0, -2);
  else if (p.endsWith('$') && !p.endsWith('\\$')) p = p.slice(0, -1);
  else return false;
  let depth = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '[') {
      if (p[i + 1] === '^') return false;
      const end = p.indexOf(']', i + 1);
      if (end < 0) return false;
      const body = p.slice(i + 1, end);
      for (let k = 0; k < body.length; k++) {
        const b = body[k]!;
        if (b === '\\') {
          if (!/[dw]/.test(body[k + 1] ?? '')) return false;
          k++;
        } else if (b === '-' && k > 0 && k < body.length - 1) {
          const lo = body[k - 1]!;
          const hi = body[k + 1]!;
          if (!(/[a-z]/.test(lo) && /[a-z]/.test(hi)) && !(/[A-Z]/.test(lo) && /[A-Z]/.test(hi)) && !(/[0-9]/.test(lo) && /[0-9]/.test(hi))) return false;
        } else if (!SAFE_CLASS_CHAR.test(b)) return false;
      }
      i = end;
    } else if (c === '\\') {
      if (!/[dw]/.test(p[i + 1] ?? '')) return false;
      i++;
    } else if (c === '{') {
      const end = p.indexOf('}', i);
      if (end < 0 || !/^\d+(,\d*)?$/.test(p.slice(i + 1, end))) return false;
      i = end;
    } else if (c === '(') {
      depth++;
      if (p.startsWith('?:', i + 1)) i += 2;
    } else if (c === ')') {
      if (--depth < 0) return false;
    } else if (!/[A-Za-z0-9_+*?|-]/.test(c)) return false;
  }
  return depth === 0;
}

function stringItems(v: ConstValue | undefined): boolean {
  return (v?.kind === 'list' || v?.kind === 'tuple' || v?.kind === 'set') && v.items.length > 0 && v.items.every((i) => i.kind === 'str' || i.kind === 'int');
}

/** A validator call that leaves only server-chosen or safe-character values. */
function neutralValidator(call: SyntaxNode, ctx: FileContext): boolean {
  if (call.type !== 'call') return false;
  const q = ctx.names.qualifiedName(call.childForFieldName('function')) ?? '';
  const name = q.split('.').pop() ?? '';
  if (!q.startsWith('wtforms') && !q.startsWith('flask_wtf')) return false;
  const first = positionalArgs(call)[0] ?? keywordArgument(call, name === 'AnyOf' ? 'values' : 'regex');
  if (name === 'AnyOf') return stringItems(ctx.constant(first));
  if (name === 'Regexp') {
    const v = ctx.constant(first);
    return v?.kind === 'str' && !keywordArgument(call, 'flags') && !positionalArgs(call)[1] && safeAnchoredPattern(v.value);
  }
  return false;
}

/**
 * Whether a WTForms field declaration (`StringField("x", validators=[AnyOf([...])])`) yields a
 * value with no injection in it; undefined when the call is no WTForms field.
 */
export function wtformsFieldNeutral(call: SyntaxNode, ctx: FileContext): boolean | undefined {
  const q = ctx.names.qualifiedName(call.childForFieldName('function')) ?? '';
  if (!q.startsWith('wtforms') && !q.startsWith('flask_wtf')) return undefined;
  const name = q.split('.').pop() ?? '';
  // A choice field checks the value against its choices unless told not to.
  if (CHOICE_FIELDS.has(name)) {
    const vc = keywordArgument(call, 'validate_choice');
    return !(vc && ctx.constant(vc)?.kind === 'bool' && (ctx.constant(vc) as { value: boolean }).value === false);
  }
  if (CONVERTING_FIELDS.includes(name)) return true;
  const validators = keywordArgument(call, 'validators') ?? positionalArgs(call)[1];
  if (!validators || (validators.type !== 'list' && validators.type !== 'tuple')) return false;
  return validators.namedChildren.some((v) => neutralValidator(v, ctx));
}
