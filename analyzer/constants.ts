// Constant evaluation of Python expressions: enough to read settings (`DEBUG = True`,
// `SESSION_COOKIE_AGE = 60 * 60 * 24 * 365`) and fold dead branches (`if 7 * 18 > 200:`).

import type { SyntaxNode } from './syntax/syntax-node.js';

export type ConstValue =
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: string }
  | { kind: 'int'; value: number }
  | { kind: 'float'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none' }
  | { kind: 'list' | 'tuple' | 'set'; items: ConstValue[] }
  | { kind: 'dict'; entries: Array<[ConstValue, ConstValue]> };

/** Looks a bare name up (module-level constants); return undefined for unknowns. */
export type NameLookup = (name: string) => SyntaxNode | undefined;

const MAX_DEPTH = 200;

export function truthy(v: ConstValue): boolean {
  switch (v.kind) {
    case 'str':
    case 'bytes':
      return v.value.length > 0;
    case 'int':
    case 'float':
      return v.value !== 0;
    case 'bool':
      return v.value;
    case 'none':
      return false;
    case 'dict':
      return v.entries.length > 0;
    default:
      return v.items.length > 0;
  }
}

function num(v: ConstValue | undefined): number | undefined {
  if (!v) return undefined;
  if (v.kind === 'int' || v.kind === 'float') return v.value;
  if (v.kind === 'bool') return v.value ? 1 : 0;
  return undefined;
}

export function constEquals(a: ConstValue, b: ConstValue): boolean {
  const na = num(a);
  const nb = num(b);
  if (na !== undefined && nb !== undefined) return na === nb;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'str' || a.kind === 'bytes') return a.value === (b as typeof a).value;
  if (a.kind === 'none') return true;
  if (a.kind === 'dict') return false;
  if (a.kind === 'list' || a.kind === 'tuple' || a.kind === 'set') {
    const bi = (b as typeof a).items;
    return a.items.length === bi.length && a.items.every((x, i) => constEquals(x, bi[i]!));
  }
  return false;
}

function stringValue(node: SyntaxNode): ConstValue | undefined {
  let prefix = '';
  let body = '';
  for (const child of node.children) {
    if (child.type === 'string_start') prefix = child.text.replace(/["']+$/, '').toLowerCase();
    else if (child.type === 'string_content') body += child.text;
    else if (child.type === 'interpolation') return undefined; // an f-string with holes is not constant
    else if (child.type === 'escape_sequence') body += unescape(child.text);
  }
  if (!prefix.includes('r')) body = body.replace(/\\(.)/gs, (_, c: string) => unescape('\\' + c));
  return { kind: prefix.includes('b') ? 'bytes' : 'str', value: body };
}

function unescape(seq: string): string {
  switch (seq) {
    case '\\n':
      return '\n';
    case '\\t':
      return '\t';
    case '\\r':
      return '\r';
    case '\\\\':
      return '\\';
    case "\\'":
      return "'";
    case '\\"':
      return '"';
    case '\\0':
      return '\0';
    default:
      return seq;
  }
}

export function evaluateConstant(node: SyntaxNode | null | undefined, lookup?: NameLookup, depth = 0): ConstValue | undefined {
  if (!node || depth > MAX_DEPTH) return undefined;
  const ev = (n: SyntaxNode | null | undefined) => evaluateConstant(n, lookup, depth + 1);
  switch (node.type) {
    case 'string':
      return stringValue(node);
    case 'concatenated_string': {
      let out = '';
      for (const part of node.namedChildren) {
        const v = ev(part);
        if (!v || (v.kind !== 'str' && v.kind !== 'bytes')) return undefined;
        out += v.value;
      }
      return { kind: 'str', value: out };
    }
    case 'integer': {
      const text = node.text.replace(/_/g, '').toLowerCase();
      const n = text.startsWith('0x') || text.startsWith('0o') || text.startsWith('0b') ? Number(text) : parseInt(text, 10);
      return Number.isFinite(n) ? { kind: 'int', value: n } : undefined;
    }
    case 'float': {
      const n = Number(node.text.replace(/_/g, ''));
      return Number.isFinite(n) ? { kind: 'float', value: n } : undefined;
    }
    case 'true':
      return { kind: 'bool', value: true };
    case 'false':
      return { kind: 'bool', value: false };
    case 'none':
      return { kind: 'none' };
    case 'parenthesized_expression':
      return node.namedChildCount === 1 ? ev(node.namedChild(0)) : undefined;
    case 'list':
    case 'tuple':
    case 'set': {
      const items: ConstValue[] = [];
      for (const c of node.namedChildren) {
        if (c.type === 'comment') continue;
        const v = ev(c);
        if (!v) return undefined;
        items.push(v);
      }
      return { kind: node.type, items };
    }
    case 'dictionary': {
      const entries: Array<[ConstValue, ConstValue]> = [];
      for (const pair of node.namedChildren) {
        if (pair.type === 'comment') continue;
        if (pair.type !== 'pair') return undefined;
        const k = ev(pair.childForFieldName('key'));
        const v = ev(pair.childForFieldName('value'));
        if (!k || !v) return undefined;
        entries.push([k, v]);
      }
      return { kind: 'dict', entries };
    }
    case 'identifier': {
      const target = lookup?.(node.text);
      return target ? ev(target) : undefined;
    }
    case 'unary_operator': {
      const v = num(ev(node.childForFieldName('argument')));
      if (v === undefined) return undefined;
      const op = node.childForFieldName('operator')?.text;
      if (op === '-') return { kind: 'int', value: -v };
      if (op === '+') return { kind: 'int', value: v };
      if (op === '~') return { kind: 'int', value: ~v };
      return undefined;
    }
    case 'not_operator': {
      const v = ev(node.childForFieldName('argument'));
      return v ? { kind: 'bool', value: !truthy(v) } : undefined;
    }
    case 'boolean_operator': {
      const l = ev(node.childForFieldName('left'));
      if (!l) return undefined;
      const op = node.childForFieldName('operator')?.text;
      if (op === 'and') return truthy(l) ? ev(node.childForFieldName('right')) : l;
      return truthy(l) ? l : ev(node.childForFieldName('right'));
    }
    case 'binary_operator':
      return binary(node, ev);
    case 'comparison_operator':
      return comparison(node, ev);
    default:
      return undefined;
  }
}

function binary(node: SyntaxNode, ev: (n: SyntaxNode | null) => ConstValue | undefined): ConstValue | undefined {
  const l = ev(node.childForFieldName('left'));
  const r = ev(node.childForFieldName('right'));
  if (!l || !r) return undefined;
  const op = node.childForFieldName('operator')?.text;
  if (op === '+' && l.kind === 'str' && r.kind === 'str') return { kind: 'str', value: l.value + r.value };
  const a = num(l);
  const b = num(r);
  if (a === undefined || b === undefined) return undefined;
  const isFloat = l.kind === 'float' || r.kind === 'float';
  let v: number;
  switch (op) {
    case '+': v = a + b; break;
    case '-': v = a - b; break;
    case '*': v = a * b; break;
    case '/': return b === 0 ? undefined : { kind: 'float', value: a / b };
    case '//': if (b === 0) return undefined; v = Math.floor(a / b); break;
    case '%': if (b === 0) return undefined; v = ((a % b) + b) % b; break;
    case '**': v = a ** b; break;
    default: return undefined;
  }
  return { kind: isFloat ? 'float' : 'int', value: v };
}

function comparison(node: SyntaxNode, ev: (n: SyntaxNode | null) => ConstValue | undefined): ConstValue | undefined {
  // `a < b < c`: operands are the named children, operators the anonymous ones between them.
  const operands = node.namedChildren;
  const ops = node.children.filter((c) => !c.isNamed).map((c) => c.text);
  const values = operands.map((o) => ev(o));
  if (values.some((v) => v === undefined)) return undefined;
  // `not in` / `is not` arrive as two tokens.
  const merged: string[] = [];
  for (let i = 0; i < ops.length; i++) {
    if ((ops[i] === 'not' && ops[i + 1] === 'in') || (ops[i] === 'is' && ops[i + 1] === 'not')) {
      merged.push(ops[i] + ' ' + ops[i + 1]);
      i++;
    } else merged.push(ops[i]!);
  }
  if (merged.length !== values.length - 1) return undefined;
  for (let i = 0; i < merged.length; i++) {
    const l = values[i]!;
    const r = values[i + 1]!;
    const ok = compareOnce(merged[i]!, l, r);
    if (ok === undefined) return undefined;
    if (!ok) return { kind: 'bool', value: false };
  }
  return { kind: 'bool', value: true };
}

function compareOnce(op: string, l: ConstValue, r: ConstValue): boolean | undefined {
  if (op === '==') return constEquals(l, r);
  if (op === '!=') return !constEquals(l, r);
  if (op === 'in' || op === 'not in') {
    let found: boolean | undefined;
    if (r.kind === 'list' || r.kind === 'tuple' || r.kind === 'set') found = r.items.some((x) => constEquals(x, l));
    else if (r.kind === 'dict') found = r.entries.some(([k]) => constEquals(k, l));
    else if (r.kind === 'str' && l.kind === 'str') found = r.value.includes(l.value);
    if (found === undefined) return undefined;
    return op === 'in' ? found : !found;
  }
  if (op === 'is' || op === 'is not') {
    if (l.kind !== 'none' && r.kind !== 'none' && l.kind !== 'bool' && r.kind !== 'bool') return undefined;
    const same = l.kind === r.kind && constEquals(l, r);
    return op === 'is' ? same : !same;
  }
  const a = num(l);
  const b = num(r);
  if (a === undefined || b === undefined) {
    if (l.kind === 'str' && r.kind === 'str') {
      const c = l.value < r.value ? -1 : l.value > r.value ? 1 : 0;
      return cmp(op, c);
    }
    return undefined;
  }
  return cmp(op, a < b ? -1 : a > b ? 1 : 0);
}

function cmp(op: string, c: number): boolean | undefined {
  switch (op) {
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
    default: return undefined;
  }
}
