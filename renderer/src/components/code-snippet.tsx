// A Python snippet, highlighted by splitting it into typed spans of plain text. Repository content
// is untrusted: it only ever becomes React text children, never markup.
import { visibleText } from '../../../domain/index.js';
const TOKEN = /(#[^\n]*)|((?:[rbuf]|rb|br|fr|rf)?(?:"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'))|(\b\d[\d_.]*\b)|(\b(?:and|as|assert|async|await|break|class|continue|def|del|elif|else|except|False|finally|for|from|global|if|import|in|is|lambda|None|nonlocal|not|or|pass|raise|return|True|try|while|with|yield)\b)/gi;

type Part = { kind: 'plain' | 'comment' | 'string' | 'number' | 'keyword'; text: string };

export function tokenize(source: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of source.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ kind: 'plain', text: source.slice(last, at) });
    const kind = m[1] ? 'comment' : m[2] ? 'string' : m[3] ? 'number' : 'keyword';
    parts.push({ kind, text: m[0] });
    last = at + m[0].length;
  }
  if (last < source.length) parts.push({ kind: 'plain', text: source.slice(last) });
  return parts;
}

/** `flagged` marks the finding's lines (1-based, inclusive) when the snippet shows more around them. */
export function CodeSnippet({ code, startLine, label, flagged }: { code: string; startLine?: number; label: string; flagged?: { start: number; end: number } }) {
  const lines = code.split('\n');
  const isFlagged = (n: number) => flagged !== undefined && n >= flagged.start && n <= flagged.end;
  return (
    <pre className="code" aria-label={label} tabIndex={0}>
      {lines.map((line, i) => (
        <div className={`code-line${startLine !== undefined && isFlagged(startLine + i) ? ' flagged' : ''}`} key={i} data-flagged={startLine !== undefined && isFlagged(startLine + i) ? 'true' : undefined}>
          {startLine !== undefined && <span className="code-gutter" aria-hidden="true">{startLine + i}</span>}
          <code>
            {tokenize(visibleText(line, { multiline: true })).map((p, j) =>
              p.kind === 'plain' ? p.text : (
                <span key={j} className={`tok-${p.kind}`}>
                  {p.text}
                </span>
              ),
            )}
          </code>
        </div>
      ))}
    </pre>
  );
}
