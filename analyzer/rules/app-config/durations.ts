// Seconds in a duration written as a number of seconds or a datetime.timedelta(...) of constants.
import type { RuleContext, SyntaxNode } from '../../rule.js';

// timedelta's positional order and each unit in seconds.
const UNITS: Array<[string, number]> = [
  ['days', 86400],
  ['seconds', 1],
  ['microseconds', 1e-6],
  ['milliseconds', 1e-3],
  ['minutes', 60],
  ['hours', 3600],
  ['weeks', 604800],
];

export function durationSeconds(node: SyntaxNode | null | undefined, ctx: RuleContext): number | undefined {
  if (!node) return undefined;
  if (node.type === 'call') {
    if (ctx.names.qualifiedName(node.childForFieldName('function')) !== 'datetime.timedelta') return undefined;
    let total = 0;
    let index = 0;
    for (const arg of node.childForFieldName('arguments')?.namedChildren ?? []) {
      if (arg.type === 'comment') continue;
      let unit: number | undefined;
      let value: SyntaxNode | null;
      if (arg.type === 'keyword_argument') {
        unit = UNITS.find(([n]) => n === arg.childForFieldName('name')?.text)?.[1];
        value = arg.childForFieldName('value');
      } else {
        unit = UNITS[index++]?.[1];
        value = arg;
      }
      const v = ctx.constant(value);
      if (unit === undefined || (v?.kind !== 'int' && v?.kind !== 'float')) return undefined;
      total += v.value * unit;
    }
    return total;
  }
  const v = ctx.constant(node);
  return v?.kind === 'int' || v?.kind === 'float' ? v.value : undefined;
}
