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

export function CodeSnippet({ code, startLine, label }: { code: string; startLine?: number; label: string }) {
  const lines = code.split('\n');
  return (
    <pre className="code" aria-label={label} tabIndex={0}>
      {lines.map((line, i) => (
        <div className="code-line" key={i}>
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
