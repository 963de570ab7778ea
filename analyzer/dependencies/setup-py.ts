// setup.py: the literal install_requires and extras_require of a setup(...) call, read from the
// tree-sitter syntax tree. The file is never executed: a computed list is reported, not evaluated.
import Parser from 'tree-sitter';
import type { Dependency, InventoryProblem, ReadOutcome } from './model.js';
import { dependencyOf, parseRequirement } from './names.js';
import { parseSource } from '../file-analysis.js';

type Node = Parser.SyntaxNode;

function stringValue(node: Node): string | null {
  if (node.type === 'concatenated_string') {
    const parts = node.namedChildren.map(stringValue);
    return parts.every((p) => p !== null) ? parts.join('') : null;
  }
  if (node.type !== 'string') return null;
  if (node.namedChildren.some((c) => c.type === 'interpolation')) return null;
  return node.namedChildren
    .filter((c) => c.type === 'string_content' || c.type === 'escape_sequence')
    .map((c) => c.text)
    .join('');
}

/** Module-level `NAME = <expr>` assigned once, so `install_requires=REQUIRES` can be followed. */
function moduleAssignments(root: Node): Map<string, Node | null> {
  const out = new Map<string, Node | null>();
  for (const stmt of root.namedChildren) {
    const a = stmt.type === 'expression_statement' ? stmt.namedChild(0) : null;
    const left = a?.type === 'assignment' ? a.childForFieldName('left') : null;
    const right = a?.childForFieldName('right');
    if (left?.type === 'identifier' && right) out.set(left.text, out.has(left.text) ? null : right);
  }
  return out;
}

function isSetupCall(node: Node): boolean {
  const fn = node.childForFieldName('function');
  return fn !== null && (fn.text === 'setup' || /^(setuptools|distutils\.core)\.setup$/.test(fn.text));
}

export function readSetupPy(path: string, source: string): ReadOutcome {
  const tree = parseSource(source);
  const consts = moduleAssignments(tree.rootNode);
  const deps: Dependency[] = [];
  const problems: InventoryProblem[] = [];
  const resolve = (n: Node): Node | null => (n.type === 'identifier' ? (consts.get(n.text) ?? null) : n);

  const readList = (value: Node, groups: string[], what: string) => {
    const list = resolve(value);
    if (!list || (list.type !== 'list' && list.type !== 'tuple')) {
      problems.push({ path, line: value.startPosition.row + 1, message: `${what} is computed (${value.text.slice(0, 60)}); setup.py is never run, so it is not read` });
      return;
    }
    for (const item of list.namedChildren) {
      if (item.type === 'comment') continue;
      const text = stringValue(item);
      const line = item.startPosition.row + 1;
      if (text === null) {
        problems.push({ path, line, message: `an item of ${what} is not a string literal; not read` });
        continue;
      }
      const req = parseRequirement(text);
      if (typeof req === 'string') problems.push({ path, line, message: `not a requirement: ${req}` });
      else deps.push(dependencyOf({ ...req, path, line, groups }));
    }
  };

  const stack: Node[] = [tree.rootNode];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'call' && isSetupCall(node)) {
      for (const arg of node.childForFieldName('arguments')?.namedChildren ?? []) {
        if (arg.type !== 'keyword_argument') continue;
        const key = arg.childForFieldName('name')?.text;
        const value = arg.childForFieldName('value');
        if (!value) continue;
        if (key === 'install_requires') readList(value, ['main'], 'install_requires');
        if (key === 'extras_require') {
          const dict = resolve(value);
          if (dict?.type !== 'dictionary') {
            problems.push({ path, line: value.startPosition.row + 1, message: 'extras_require is computed; setup.py is never run, so it is not read' });
            continue;
          }
          for (const pair of dict.namedChildren) {
            if (pair.type !== 'pair') continue;
            const k = pair.childForFieldName('key');
            const v = pair.childForFieldName('value');
            const extra = k ? stringValue(k) : null;
            if (extra && v) readList(v, [extra.split(':')[0]!], `extras_require[${JSON.stringify(extra)}]`);
          }
        }
      }
      continue;
    }
    for (let i = node.namedChildCount - 1; i >= 0; i--) stack.push(node.namedChild(i)!);
  }
  return { dependencies: deps, problems };
}
