// The node API the analyzer reads: a small subset of tree-sitter's SyntaxNode. The compact tree
// (compact-tree.ts) implements it over typed arrays; tree-sitter's own nodes satisfy it too, which
// is how the equivalence test runs the same analysis over both.

export interface Point {
  row: number;
  column: number;
}

export interface SyntaxNode {
  /** Unique within its tree: compare nodes by id. */
  readonly id: number;
  readonly type: string;
  readonly text: string;
  readonly isNamed: boolean;
  /** The node or a descendant is an ERROR or a MISSING node. */
  readonly hasError: boolean;
  /** The tree the node belongs to: a key for per-tree caches. */
  readonly tree: object;
  readonly parent: SyntaxNode | null;
  // Arrays are typed mutable as tree-sitter's are, but the compact tree shares them: never modify.
  readonly children: SyntaxNode[];
  readonly namedChildren: SyntaxNode[];
  readonly childCount: number;
  readonly namedChildCount: number;
  child(index: number): SyntaxNode | null;
  namedChild(index: number): SyntaxNode | null;
  childForFieldName(fieldName: string): SyntaxNode | null;
  childrenForFieldName(fieldName: string): SyntaxNode[];
  /** The node itself and its descendants of these types, in pre-order. */
  descendantsOfType(types: string | string[]): SyntaxNode[];
  /** Offsets into the source string (UTF-16 code units). */
  readonly startIndex: number;
  readonly endIndex: number;
  /** Rows count `\n` only; columns are UTF-16 code units from the row's start. */
  readonly startPosition: Point;
  readonly endPosition: Point;
}

export interface SyntaxTree {
  readonly rootNode: SyntaxNode;
}
