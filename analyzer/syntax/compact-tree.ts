// One walk of a tree-sitter tree with a TreeCursor into typed arrays (type, field, start/end
// offset, parent, first child, next sibling), after which the native tree can go: every later
// question (children, fields, text, positions) is answered in JS, without a call into the
// binding or a node object marshalled per question. Nodes are numbered in pre-order, so a
// whole-tree walk is a loop over the indices; node objects are made on demand and kept, so the
// same node is the same object.
import type Parser from 'tree-sitter';
import type { Point, SyntaxNode, SyntaxTree } from './syntax-node.js';

const FLAG_NAMED = 1;
const FLAG_MISSING = 2;
const FLAG_ERROR = 4;

/** Type and field names by id, shared by every tree of the language (learned as they appear). */
const typeNames: string[] = [];
const typeFlags: number[] = [];
const fieldNames: string[] = [''];
/** How many type names have been learned: a type mask built before a new one is stale. */
let learnedTypes = 0;
const fieldIds = new Map<string, number>();

/**
 * Per type id: 1 when a child of such a node may carry a field, 2 when none can (the grammar's
 * node-types list no field for it), 0 not yet known. Asking the cursor for a field id is a
 * call into the binding per node; most parents (blocks, argument lists, strings …) have none.
 */
const fieldParent: number[] = [];
let fieldless: ReadonlySet<string> | null | undefined;

function mayHaveFields(native: Parser.Tree, type: number): boolean {
  let known = fieldParent[type];
  if (!known) {
    if (fieldless === undefined) fieldless = fieldlessTypes(native);
    const name = typeNames[type]!;
    known = fieldParent[type] = fieldless && name !== 'ERROR' && fieldless.has(name) ? 2 : 1;
  }
  return known === 1;
}

/** Named types the grammar gives no fields, from its node-types (none known: ask for every node). */
function fieldlessTypes(native: Parser.Tree): ReadonlySet<string> | null {
  const info = (native as unknown as { language?: { nodeTypeInfo?: Array<{ type: string; named: boolean; fields?: Record<string, unknown>; subtypes?: unknown }> } }).language?.nodeTypeInfo;
  if (!Array.isArray(info)) return null;
  const withFields = new Set(info.filter((t) => t.fields && Object.keys(t.fields).length > 0).map((t) => t.type));
  return new Set(info.filter((t) => t.named && !t.subtypes && !withFields.has(t.type)).map((t) => t.type));
}

export class CompactTree implements SyntaxTree {
  readonly size: number;
  readonly types: Uint16Array;
  readonly fields: Uint16Array;
  readonly flags: Uint8Array;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  readonly parents: Int32Array;
  readonly firstChildren: Int32Array;
  readonly nextSiblings: Int32Array;
  private readonly nodes: Array<CompactNode | undefined>;
  private lineStarts: Uint32Array | null = null;

  constructor(
    readonly source: string,
    arrays: { size: number; types: Uint16Array; fields: Uint16Array; flags: Uint8Array; starts: Uint32Array; ends: Uint32Array; parents: Int32Array; firstChildren: Int32Array; nextSiblings: Int32Array },
  ) {
    this.size = arrays.size;
    this.types = arrays.types;
    this.fields = arrays.fields;
    this.flags = arrays.flags;
    this.starts = arrays.starts;
    this.ends = arrays.ends;
    this.parents = arrays.parents;
    this.firstChildren = arrays.firstChildren;
    this.nextSiblings = arrays.nextSiblings;
    this.nodes = new Array<CompactNode | undefined>(this.size);
  }

  get rootNode(): CompactNode {
    return this.node(0);
  }

  node(i: number): CompactNode {
    return (this.nodes[i] ??= new CompactNode(this, i));
  }

  typeName(i: number): string {
    return typeNames[this.types[i]!]!;
  }

  /** The index just past node i's subtree (its descendants are i+1 … end-1). */
  subtreeEnd(i: number): number {
    for (let cur = i; cur >= 0; cur = this.parents[cur]!) {
      const next = this.nextSiblings[cur]!;
      if (next >= 0) return next;
    }
    return this.size;
  }

  point(offset: number): Point {
    const starts = (this.lineStarts ??= lineStartsOf(this.source));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { row: lo, column: offset - starts[lo]! };
  }
}

function lineStartsOf(source: string): Uint32Array {
  let n = 1;
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) n++;
  const out = new Uint32Array(n);
  let k = 1;
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) out[k++] = i + 1;
  return out;
}

/**
 * Per type id, 1 for the wanted type names: one array read per node instead of a string search.
 * Kept per request while the learned type names stay the same (rules ask for the same few lists).
 */
const masks = new Map<string, { known: number; mask: Uint8Array }>();

function typeMask(types: string | string[]): Uint8Array {
  const key = typeof types === 'string' ? types : types.join('\0');
  const hit = masks.get(key);
  if (hit && hit.known === learnedTypes) return hit.mask;
  const wanted = typeof types === 'string' ? [types] : types;
  // Every id in a built tree is learned, so below typeNames.length; a read past the end is undefined.
  const mask = new Uint8Array(typeNames.length);
  for (let id = 0; id < typeNames.length; id++) if (typeNames[id] !== undefined && wanted.includes(typeNames[id]!)) mask[id] = 1;
  if (masks.size > 256) masks.clear();
  masks.set(key, { known: learnedTypes, mask });
  return mask;
}

const NO_NODES: CompactNode[] = Object.freeze([]) as unknown as CompactNode[];

export class CompactNode implements SyntaxNode {
  private childList: CompactNode[] | undefined;
  private namedList: CompactNode[] | undefined;

  constructor(
    readonly tree: CompactTree,
    readonly id: number,
  ) {}

  get type(): string {
    return typeNames[this.tree.types[this.id]!]!;
  }

  get isNamed(): boolean {
    return (this.tree.flags[this.id]! & FLAG_NAMED) !== 0;
  }

  get text(): string {
    return this.tree.source.slice(this.tree.starts[this.id]!, this.tree.ends[this.id]!);
  }

  get startIndex(): number {
    return this.tree.starts[this.id]!;
  }

  get endIndex(): number {
    return this.tree.ends[this.id]!;
  }

  get startPosition(): Point {
    return this.tree.point(this.tree.starts[this.id]!);
  }

  get endPosition(): Point {
    return this.tree.point(this.tree.ends[this.id]!);
  }

  get hasError(): boolean {
    const flags = this.tree.flags;
    const end = this.tree.subtreeEnd(this.id);
    for (let i = this.id; i < end; i++) if (flags[i]! & (FLAG_ERROR | FLAG_MISSING)) return true;
    return false;
  }

  get parent(): CompactNode | null {
    const p = this.tree.parents[this.id]!;
    return p < 0 ? null : this.tree.node(p);
  }

  get children(): CompactNode[] {
    if (this.childList) return this.childList;
    const t = this.tree;
    let c = t.firstChildren[this.id]!;
    if (c < 0) return (this.childList = NO_NODES);
    const out: CompactNode[] = [];
    for (; c >= 0; c = t.nextSiblings[c]!) out.push(t.node(c));
    return (this.childList = out);
  }

  get namedChildren(): CompactNode[] {
    if (this.namedList) return this.namedList;
    const t = this.tree;
    const out: CompactNode[] = [];
    for (let c = t.firstChildren[this.id]!; c >= 0; c = t.nextSiblings[c]!) if (t.flags[c]! & FLAG_NAMED) out.push(t.node(c));
    return (this.namedList = out.length ? out : NO_NODES);
  }

  get childCount(): number {
    return this.children.length;
  }

  get namedChildCount(): number {
    return this.namedChildren.length;
  }

  child(index: number): CompactNode | null {
    return this.children[index] ?? null;
  }

  namedChild(index: number): CompactNode | null {
    return this.namedChildren[index] ?? null;
  }

  childForFieldName(fieldName: string): CompactNode | null {
    const f = fieldIds.get(fieldName);
    if (f === undefined) return null;
    const t = this.tree;
    for (let c = t.firstChildren[this.id]!; c >= 0; c = t.nextSiblings[c]!) if (t.fields[c] === f) return t.node(c);
    return null;
  }

  descendantsOfType(types: string | string[]): CompactNode[] {
    const t = this.tree;
    const mask = typeMask(types);
    const out: CompactNode[] = [];
    const end = t.subtreeEnd(this.id);
    const ids = t.types;
    for (let i = this.id; i < end; i++) if (mask[ids[i]!] === 1) out.push(t.node(i));
    return out;
  }

  childrenForFieldName(fieldName: string): CompactNode[] {
    const f = fieldIds.get(fieldName);
    if (f === undefined) return NO_NODES;
    const t = this.tree;
    const out: CompactNode[] = [];
    for (let c = t.firstChildren[this.id]!; c >= 0; c = t.nextSiblings[c]!) if (t.fields[c] === f) out.push(t.node(c));
    return out;
  }
}

/** Walks the native tree once; the caller may drop it afterwards. */
export function compactTree(native: Parser.Tree, source: string): CompactTree {
  let cap = Math.max(64, source.length >> 2);
  let types = new Uint16Array(cap);
  let fields = new Uint16Array(cap);
  let flags = new Uint8Array(cap);
  let starts = new Uint32Array(cap);
  let ends = new Uint32Array(cap);
  let parents = new Int32Array(cap);
  let firsts = new Int32Array(cap);
  let nexts = new Int32Array(cap);
  const grow = () => {
    cap *= 2;
    const g = <T extends Uint16Array | Uint8Array | Uint32Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    types = g(types, (n) => new Uint16Array(n));
    fields = g(fields, (n) => new Uint16Array(n));
    flags = g(flags, (n) => new Uint8Array(n));
    starts = g(starts, (n) => new Uint32Array(n));
    ends = g(ends, (n) => new Uint32Array(n));
    parents = g(parents, (n) => new Int32Array(n));
    firsts = g(firsts, (n) => new Int32Array(n));
    nexts = g(nexts, (n) => new Int32Array(n));
  };

  // Per parent type: 1 when its children may carry fields (ask the cursor), 2 when none can.
  const fieldy = fieldParent;
  const cursor = native.walk();
  let n = 0;
  let parent = -1;
  let prev = -1;
  let parentAsks = false;
  for (;;) {
    if (n === cap) grow();
    const i = n++;
    const type = cursor.nodeTypeId;
    if (typeNames[type] === undefined) learnType(cursor, type);
    let field = 0;
    if (parentAsks) {
      field = cursor.currentFieldId ?? 0;
      if (field && fieldNames[field] === undefined) learnField(cursor, field);
    }
    types[i] = type;
    fields[i] = field;
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    // Only an empty node can be MISSING: spare the binding call for the others.
    flags[i] = start === end && cursor.nodeIsMissing ? typeFlags[type]! | FLAG_MISSING : typeFlags[type]!;
    starts[i] = start;
    ends[i] = end;
    parents[i] = parent;
    firsts[i] = -1;
    nexts[i] = -1;
    if (prev >= 0) nexts[prev] = i;
    else if (parent >= 0) firsts[parent] = i;
    if (cursor.gotoFirstChild()) {
      parent = i;
      prev = -1;
      parentAsks = (fieldy[type] || (mayHaveFields(native, type) ? 1 : 2)) === 1;
      continue;
    }
    prev = i;
    if (cursor.gotoNextSibling()) continue;
    do {
      if (!cursor.gotoParent()) return new CompactTree(source, { size: n, types, fields, flags, starts, ends, parents, firstChildren: firsts, nextSiblings: nexts });
      prev = parent;
      parent = parents[parent]!;
    } while (!cursor.gotoNextSibling());
    parentAsks = parent >= 0 && (fieldy[types[parent]!] || (mayHaveFields(native, types[parent]!) ? 1 : 2)) === 1;
  }
}

function learnType(cursor: Parser.TreeCursor, type: number): void {
  typeNames[type] = cursor.nodeType;
  learnedTypes++;
  typeFlags[type] = (cursor.nodeIsNamed ? FLAG_NAMED : 0) | (cursor.nodeType === 'ERROR' ? FLAG_ERROR : 0);
}

function learnField(cursor: Parser.TreeCursor, field: number): void {
  const name = cursor.currentFieldName;
  fieldNames[field] = name;
  fieldIds.set(name, field);
}

/** Field names by id as learned so far (for tests and debugging). */
export function knownFieldName(id: number): string | undefined {
  return fieldNames[id];
}
