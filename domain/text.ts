// Text from a scanned repository or an imported file (names, snippets, messages) is shown as what
// it is: control characters, bidirectional overrides and isolates, and invisible format characters
// become visible \uXXXX escapes everywhere it is shown (terminal, HTML, PDF, CSV, the app), so a
// name cannot reorder what the reader sees ("Trojan Source") or rewrite a terminal.

// C0 and C1 controls, DEL, line/paragraph separators, bidi embeddings, overrides, isolates and
// marks, zero-width characters and the byte-order mark. Newline, carriage return and tab depend on the mode.
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

function escape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * The text with every hidden or reordering character shown as an escape. `multiline` keeps line
 * breaks and tabs (code snippets); otherwise they are escaped too (a file name, a table cell).
 */
export function visibleText(text: string, options: { multiline?: boolean } = {}): string {
  const shown = text.replace(HIDDEN, escape);
  // A lone carriage return can overwrite a terminal line; one ending a Windows line cannot.
  if (options.multiline) return shown.replace(/\r(?!\n)/g, escape);
  return shown.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

/** True when visibleText would change the text. */
export function hasHiddenCharacters(text: string): boolean {
  return visibleText(text, { multiline: true }) !== text;
}
