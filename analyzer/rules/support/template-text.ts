// Reading Django/Jinja2 template text: comment spans to skip and offsets as line/column.

/** [start, end) offsets of `{# … #}` and `{% comment %}…{% endcomment %}` spans. */
export function commentSpans(source: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of source.matchAll(/\{#[\s\S]*?#\}|\{%-?\s*comment\b[\s\S]*?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g)) {
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

export function inSpans(offset: number, spans: ReadonlyArray<[number, number]>): boolean {
  return spans.some(([a, b]) => offset >= a && offset < b);
}

/** 1-based line and column of an offset. */
export function positionAt(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
