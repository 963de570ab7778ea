// Answers about identifiers, kept per name: a dozen rules ask about the same names in every file,
// and names repeat across a project's files. The bound keeps a hostile file's many distinct names
// from piling up (the table starts again once full).
const NAME_MEMO_SIZE = 20000;

/** `answer` memoised by its argument; the function must depend on the name alone. */
export function memoByName<T>(answer: (name: string) => T): (name: string) => T {
  const known = new Map<string, T>();
  return (name) => {
    if (known.has(name)) return known.get(name)!;
    const value = answer(name);
    if (known.size >= NAME_MEMO_SIZE) known.clear();
    known.set(name, value);
    return value;
  };
}
