// Answers kept per syntax node or per file context: several rules ask the same question of the same
// function or module, and each answer is a walk. Keyed by the node's tree and id, so a hit does not
// depend on getting the same node object back (tree-sitter's own nodes are new objects per access);
// the tables go with their tree or context.
import type { SyntaxNode } from '../../rule.js';

/** `answer` kept per node; it must depend on the node alone (shared answers: never modify one). */
export function memoByNode<T>(answer: (node: SyntaxNode) => T): (node: SyntaxNode) => T {
  const byTree = new WeakMap<object, Map<number, T>>();
  return (node) => {
    let known = byTree.get(node.tree);
    if (!known) byTree.set(node.tree, (known = new Map()));
    if (known.has(node.id)) return known.get(node.id)!;
    const value = answer(node);
    known.set(node.id, value);
    return value;
  };
}

/** `answer` kept per object (a file's rule context); it must depend on that object alone. */
export function memoByObject<K extends object, T>(answer: (key: K) => T): (key: K) => T {
  const known = new WeakMap<K, T>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    const value = answer(key);
    known.set(key, value);
    return value;
  };
}
