// The compact tree must hold exactly what tree-sitter's own nodes say: every node in pre-order
// with its type, named / MISSING / ERROR flags, field, offsets, positions and parent. The reference
// here walks the tree through the binding's node API (children, fieldNameForChild, isMissing …),
// not through a cursor, so a shortcut in the cursor walk cannot hide in both.
import { describe, expect, it } from 'vitest';
import type Parser from 'tree-sitter';
import { parseSource } from '../file-analysis.js';
import { compactTree, knownFieldName, type CompactTree } from './compact-tree.js';

export interface NodeRow {
  type: string;
  named: boolean;
  missing: boolean;
  error: boolean;
  field: string | null;
  start: number;
  end: number;
  startPoint: [number, number];
  endPoint: [number, number];
  parent: number;
}

/** Pre-order rows of the native tree, read through tree-sitter's node objects. */
export function nativeRows(tree: Parser.Tree): NodeRow[] {
  const rows: NodeRow[] = [];
  const stack: Array<{ node: Parser.SyntaxNode; field: string | null; parent: number }> = [{ node: tree.rootNode, field: null, parent: -1 }];
  while (stack.length > 0) {
    const { node, field, parent } = stack.pop()!;
    const i = rows.length;
    rows.push({
      type: node.type,
      named: node.isNamed,
      missing: node.isMissing,
      error: node.type === 'ERROR',
      field,
      start: node.startIndex,
      end: node.endIndex,
      startPoint: [node.startPosition.row, node.startPosition.column],
      endPoint: [node.endPosition.row, node.endPosition.column],
      parent,
    });
    const kids = node.children;
    for (let k = kids.length - 1; k >= 0; k--) stack.push({ node: kids[k]!, field: node.fieldNameForChild(k) ?? null, parent: i });
  }
  return rows;
}

export function compactRows(tree: CompactTree): NodeRow[] {
  const rows: NodeRow[] = [];
  for (let i = 0; i < tree.size; i++) {
    const n = tree.node(i);
    const sp = n.startPosition;
    const ep = n.endPosition;
    const flags = tree.flags[i]!;
    rows.push({
      type: n.type,
      named: n.isNamed,
      missing: (flags & 2) !== 0,
      error: (flags & 4) !== 0,
      field: tree.fields[i] ? (knownFieldName(tree.fields[i]!) ?? `#${tree.fields[i]}`) : null,
      start: n.startIndex,
      end: n.endIndex,
      startPoint: [sp.row, sp.column],
      endPoint: [ep.row, ep.column],
      parent: tree.parents[i]!,
    });
  }
  return rows;
}

/** The first row where the two walks differ, or null. */
export function firstDifference(source: string): { index: number; native: NodeRow | undefined; compact: NodeRow | undefined } | null {
  const native = parseSource(source);
  const a = nativeRows(native);
  const b = compactRows(compactTree(native, source));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) return { index: i, native: a[i], compact: b[i] };
  }
  return null;
}

const CASES: Record<string, string> = {
  empty: '',
  onlyComment: '# nothing here\n',
  plain: 'import os\n\ndef f(a, b=1, *args, **kw):\n    """doc"""\n    return os.path.join(a, b)\n',
  // Hidden tokens: newlines, indents and dedents, string starts and ends, line continuations.
  hidden: 'x = (1 +\n     2)\ny = 1 + \\\n    2\nclass A:\n    def m(self):\n        if x:\n            pass\n\n\nz = f"a{x!r:>{y}}b" f\'\'\'c\n{z}\'\'\'\n',
  // Aliases: 'not in' / 'is not' are anonymous nodes with children, block can be a bare newline.
  aliases: 'if a not in b and c is not d: pass\nwhile x: y = 1\ntype X = int\nmatch p:\n    case [1, *rest] | {"k": _} if rest:\n        pass\n    case Point(x=0) as q:\n        pass\n',
  // Error recovery and MISSING nodes.
  broken: 'def f(:\n    x = (1,\n    return\nclass\nif x\n    pass\nprint(1\n',
  missingParen: 'x = [1, 2\ny = {"a": 1\nz = f(\n',
  missingColon: 'if x\n    y = 1\nfor a in b\n    pass\nx := 1\n',
  // A MISSING identifier, an empty ERROR, an empty block, an unterminated string.
  missing: 'for x in :\n  pass\ndef f() -> :\n  pass\nif True:\npass\nx = "abc\nclass A(:\n pass\n',
  stray: ')))\n@@@\n$ = 1\n`x`\n',
  unicode: 's = "héllo 😀 wörld"\nπ = 3.14\ndef naïve(ß="ü"):\n    return "𝔘𝔫𝔦" + ß  # ✓ done\n',
  crlf: 'a = 1\r\nif a:\r\n    b = "\\r"\r\n',
  tabs: 'def f():\n\tif 1:\n\t\treturn 2\n',
  decorators: '@app.route("/x", methods=["GET"])\n@login_required\nasync def view(request, *, q: int = 0) -> "Resp":\n    async with a as b, c:\n        await b\n    return [i async for i in q if i]\n',
  deep: `${'x = '.repeat(1)}${'('.repeat(60)}1${')'.repeat(60)}\n`,
  lambdas: 'f = lambda *a, k=1, **kw: (yield)\n[x for lambda_ in y for x in (lambda: 1)()]\n',
  bigLiteral: `T = {\n${Array.from({ length: 300 }, (_, i) => `    "k${i}": [${i}, "v${i}", None, True],`).join('\n')}\n}\n`,
};

describe('compact tree', () => {
  for (const [name, source] of Object.entries(CASES)) {
    it(`holds every node of the native tree: ${name}`, () => {
      expect(firstDifference(source)).toBeNull();
    });
  }

  it('covers MISSING and ERROR nodes in the broken inputs (so the flags are exercised)', () => {
    const broken = CASES.missing!;
    const rows = compactRows(compactTree(parseSource(broken), broken));
    expect(rows.some((r) => r.missing)).toBe(true);
    expect(rows.some((r) => r.error)).toBe(true);
  });

  it('holds a large file read in chunks by the parser (over 32 KiB)', () => {
    const source = Array.from({ length: 600 }, (_, i) => `def f${i}(a, b="é${i}"):\n    return a[b] if a else {"k": [b, ${i}]}\n`).join('');
    expect(source.length).toBeGreaterThan(32 * 1024);
    expect(firstDifference(source)).toBeNull();
  });
});
