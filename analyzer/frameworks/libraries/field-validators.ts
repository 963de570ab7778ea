// What a form field's declaration says of its value: WTForms fields and validators (AnyOf, Regexp),
// Django's and DRF's RegexField and RegexValidator. A pattern matched against the whole value keeps
// only the characters it allows; a value of letters, digits, `_` and `-` carries no injection.
import type { SyntaxNode } from '../../rule.js';
import type { FileContext } from '../../file-context.js';
import type { ConstValue } from '../../constants.js';
import type { SinkKind } from '../../taint/kinds.js';
import { ALL_KINDS_MASK, kindsMask } from '../../taint/kinds.js';
import { keywordArg, positionalArgs } from '../support.js';
import { CHOICE_FIELDS, CONVERTING_FIELDS } from './wtforms.js';
import { MARSHMALLOW_CONVERTING } from './marshmallow.js';

/** What the lowering records of a field: the kinds its value is clean for, and whether that needs a validate() call. */
export interface FieldJudgement {
  cleans: number;
  needsValidation: boolean;
  /** The field's annotation judges too (a pydantic `Field(...)`); `cleans` adds to what it leaves clean. */
  typed?: boolean;
}

const WORD = /^[A-Za-z0-9_-]$/;
const DOTTED = /^[A-Za-z0-9_.-]$/;
const SLASHED = /^[A-Za-z0-9_./-]$/;

/**
 * The characters a whole match of `pattern` can hold, when it is anchored at the end (`$`, `\Z`) and,
 * unless `startAnchored` (re.match), at the start; built of classes and literals, quantifiers, groups
 * and alternatives. Null for anything it cannot bound (`.`, `\S`, negated classes, ranges beyond one
 * of a-z / A-Z / 0-9). `dollar`: the end anchor is `$`, which lets a trailing newline through.
 */
export function patternKeeps(pattern: string, startAnchored = true): { kept: string; dollar: boolean } | null {
  let p = pattern;
  if (p.startsWith('\\A')) p = p.slice(2);
  else if (p.startsWith('^')) p = p.slice(1);
  else if (!startAnchored) return null;
  let dollar = false;
  if (p.endsWith('\\Z') || p.endsWith('\\z')) p = p.slice(0, -2);
  else if (p.endsWith('$') && !p.endsWith('\\$')) {
    p = p.slice(0, -1);
    dollar = true;
  } else return null;
  let kept = '';
  let depth = 0;
  const escape = (e: string | undefined): string | null => (e === 'd' ? '0' : e === 'w' ? 'aA0_' : e === '.' || e === '-' ? e : null);
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '[') {
      if (p[i + 1] === '^') return null;
      const end = p.indexOf(']', i + 2);
      if (end < 0) return null;
      const body = p.slice(i + 1, end);
      for (let k = 0; k < body.length; k++) {
        const b = body[k]!;
        if (b === '\\') {
          const e = escape(body[++k]);
          if (e === null) return null;
          kept += e;
        } else if (body[k + 1] === '-' && k + 2 < body.length) {
          const lo = b;
          const hi = body[k + 2]!;
          const same = (r: RegExp) => r.test(lo) && r.test(hi);
          if (!same(/[a-z]/) && !same(/[A-Z]/) && !same(/[0-9]/)) return null;
          kept += lo;
          k += 2;
        } else kept += b;
      }
      i = end;
    } else if (c === '\\') {
      const e = escape(p[++i]);
      if (e === null) return null;
      kept += e;
    } else if (c === '{') {
      const end = p.indexOf('}', i);
      if (end < 0 || !/^\d+(,\d*)?$/.test(p.slice(i + 1, end))) return null;
      i = end;
    } else if (c === '(') {
      depth++;
      if (p.startsWith('?:', i + 1)) i += 2;
    } else if (c === ')') {
      if (--depth < 0) return null;
    } else if (c === '.' || c === '$' || c === '^') return null;
    else if (!'+*?|'.includes(c)) kept += c;
  }
  return depth === 0 ? { kept, dollar } : null;
}

/**
 * The kinds a value made of `kept` is clean for. `dotNames`: the pattern may match `.` or `..` whole
 * (unknown: assume it may).
 */
export function keptCleans(kept: string, dollar: boolean, dotNames = true): number {
  const chars = [...kept];
  const crlf = dollar ? kindsMask(['header', 'log']) : 0;
  if (chars.every((c) => WORD.test(c))) return ALL_KINDS_MASK & ~crlf;
  // Dots let through host names, and `..` unless the pattern cannot be it: without a slash or a
  // backslash, a name that is not `.` or `..` stays one entry of the directory it is joined to.
  if (chars.every((c) => DOTTED.test(c))) return ALL_KINDS_MASK & ~crlf & ~kindsMask(dotNames ? ['path', 'ssrf'] : ['ssrf']);
  // Slashes add paths (`../`), scheme-relative URLs (`//host`) and XPath steps; no shell, SQL quote or markup character.
  if (chars.every((c) => SLASHED.test(c))) return ALL_KINDS_MASK & ~crlf & ~kindsMask(['path', 'ssrf', 'redirect', 'xpath'] as SinkKind[]);
  return 0;
}

/**
 * Whether a pattern patternKeeps bounded can match `.` or `..` as a whole value. Its syntax (classes,
 * escapes of d w . -, counted repeats, groups, alternatives) reads the same to JavaScript once the
 * Python-only anchors are spelled `^` and `$`.
 */
export function matchesDotNames(pattern: string, startAnchored: boolean): boolean {
  let p = pattern.replace(/^\\A/, '^').replace(/\\[Zz]$/, '$');
  if (startAnchored && !p.startsWith('^')) p = '^(?:' + p + ')';
  try {
    const re = new RegExp(p);
    return re.test('.') || re.test('..');
  } catch {
    return true;
  }
}

function stringItems(v: ConstValue | undefined): boolean {
  return (v?.kind === 'list' || v?.kind === 'tuple' || v?.kind === 'set') && v.items.length > 0 && v.items.every((i) => i.kind === 'str' || i.kind === 'int');
}

function patternCleans(node: SyntaxNode | undefined, ctx: FileContext, startAnchored: boolean): number {
  const v = ctx.constant(node);
  if (v?.kind !== 'str') return 0;
  const k = patternKeeps(v.value, startAnchored);
  return k ? keptCleans(k.kept, k.dollar, matchesDotNames(v.value, startAnchored)) : 0;
}

/** What one validator call leaves in the value (a mask of clean kinds). */
function validatorCleans(call: SyntaxNode, ctx: FileContext): number {
  if (call.type !== 'call') return 0;
  const q = ctx.names.qualifiedName(call.childForFieldName('function')) ?? '';
  const name = q.split('.').pop() ?? '';
  const args = positionalArgs(call);
  if (q.startsWith('wtforms')) {
    if (name === 'AnyOf') return stringItems(ctx.constant(args[0] ?? keywordArg(call, 'values'))) ? ALL_KINDS_MASK : 0;
    // Regexp matches with re.match: anchored at the start already; flags may add IGNORECASE only safely.
    if (name === 'Regexp') return keywordArg(call, 'flags') || args[1] ? 0 : patternCleans(args[0] ?? keywordArg(call, 'regex'), ctx, true);
  }
  // Django's RegexValidator searches: the pattern must anchor both ends (and not be inverted).
  if (q === 'django.core.validators.RegexValidator' && !keywordArg(call, 'inverse_match') && !keywordArg(call, 'flags')) return patternCleans(args[0] ?? keywordArg(call, 'regex'), ctx, false);
  return 0;
}

function validatorsCleans(call: SyntaxNode, list: SyntaxNode | undefined, ctx: FileContext): number {
  void call;
  if (!list || (list.type !== 'list' && list.type !== 'tuple')) return 0;
  return list.namedChildren.reduce((m, v) => m | validatorCleans(v, ctx), 0);
}

/** The judgement of a field declared by `call`, or undefined when no library speaks for it. */
export function judgeFieldDeclaration(call: SyntaxNode, ctx: FileContext): FieldJudgement | undefined {
  const q = ctx.names.qualifiedName(call.childForFieldName('function')) ?? '';
  const name = q.split('.').pop() ?? '';
  if (q.startsWith('wtforms') || q.startsWith('flask_wtf')) {
    if (CHOICE_FIELDS.has(name)) {
      const vc = ctx.constant(keywordArg(call, 'validate_choice'));
      // The choice is checked by validate(); a choice field told not to check holds anything.
      return { cleans: vc?.kind === 'bool' && !vc.value ? 0 : ALL_KINDS_MASK, needsValidation: true };
    }
    if (CONVERTING_FIELDS.includes(name)) return { cleans: ALL_KINDS_MASK, needsValidation: false };
    return { cleans: validatorsCleans(call, keywordArg(call, 'validators') ?? positionalArgs(call)[1], ctx), needsValidation: true };
  }
  if (q.startsWith('marshmallow.')) return marshmallowField(call, name, ctx);
  if (PYDANTIC_FIELDS.has(q)) return pydanticField(call, ctx);
  // Django's and DRF's RegexField validate with re.search; their cleaned / validated data exist only after validation.
  if (/^(django\.forms|rest_framework\.serializers)(\.fields)?\.RegexField$/.test(q)) {
    return { cleans: patternCleans(positionalArgs(call)[0] ?? keywordArg(call, 'regex'), ctx, false), needsValidation: false };
  }
  if (/^(django\.forms|rest_framework\.serializers)(\.fields)?\.CharField$/.test(q)) {
    const cleans = validatorsCleans(call, keywordArg(call, 'validators'), ctx);
    return cleans ? { cleans, needsValidation: false } : undefined;
  }
  return undefined;
}

/** What one marshmallow validator leaves in the value: OneOf the server's list, or a Regexp matched from the start. */
function marshmallowValidator(v: SyntaxNode, ctx: FileContext): number {
  if (v.type !== 'call') return 0;
  const q = ctx.names.qualifiedName(v.childForFieldName('function')) ?? '';
  const name = q.split('.').pop() ?? '';
  if (!q.startsWith('marshmallow.')) return 0;
  const args = positionalArgs(v);
  if (name === 'OneOf') return stringItems(ctx.constant(args[0] ?? keywordArg(v, 'choices'))) ? ALL_KINDS_MASK : 0;
  if (name === 'Regexp') return keywordArg(v, 'flags') || args[1] ? 0 : patternCleans(args[0] ?? keywordArg(v, 'regex'), ctx, true);
  return 0;
}

/** A marshmallow field: converting types hold no client text; strings only what their validators allow. */
function marshmallowField(call: SyntaxNode, name: string, ctx: FileContext): FieldJudgement | undefined {
  // An address passed the Email validator has no CR/LF, but its local part may hold quotes and slashes.
  if (name === 'Email') return { cleans: kindsMask(['header', 'log']), needsValidation: false };
  if (MARSHMALLOW_CONVERTING.has(name)) return { cleans: ALL_KINDS_MASK, needsValidation: false };
  if (name === 'List') {
    const inner = positionalArgs(call)[0];
    return inner?.type === 'call' ? judgeFieldDeclaration(inner, ctx) : undefined;
  }
  const validate = keywordArg(call, 'validate');
  if (!validate) return undefined;
  const list = validate.type === 'list' || validate.type === 'tuple' ? validate.namedChildren : [validate];
  const cleans = list.reduce((m, v) => m | marshmallowValidator(v, ctx), 0);
  return cleans ? { cleans, needsValidation: false } : undefined;
}

const PYDANTIC_FIELDS = new Set(['pydantic.Field', 'pydantic.fields.Field', 'sqlmodel.Field']);

/**
 * `name: str = Field(pattern=...)`: the annotation types the value, a pattern bounds its characters.
 * pydantic 2 searches with `pattern` (the Rust engine: `$` is the very end), pydantic 1 matches
 * `regex` from the start with Python's re; both are required to anchor at both ends here.
 */
function pydanticField(call: SyntaxNode, ctx: FileContext): FieldJudgement {
  const pattern = keywordArg(call, 'pattern') ?? keywordArg(call, 'regex');
  return { cleans: pattern ? patternCleans(pattern, ctx, false) : 0, needsValidation: false, typed: true };
}

/**
 * A `pattern=` / `regex=` constraint of a type annotation (`constr(pattern=...)`, `Annotated[str,
 * Field(pattern=...)]`) that bounds the whole value to letters, digits, `_` and `-` (a CR/LF at the
 * end aside): the annotation's type judge (../typing.ts) may then call the value clean.
 */
export function patternBoundsValue(node: SyntaxNode | undefined, ctx: FileContext): boolean {
  const all = ALL_KINDS_MASK & ~kindsMask(['header', 'log']);
  return (patternCleans(node, ctx, false) & all) === all;
}
