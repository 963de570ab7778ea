// Text from a scanned repository (file names, snippets, messages) is hostile: a name holding an
// escape sequence could rewrite the terminal. The one rule of domain/text.ts makes it visible.
import { visibleText } from '../domain/index.js';

export function safeText(text: string): string {
  return visibleText(text, { multiline: true });
}

/** One line only: newlines are escaped too (for paths and table cells). */
export function safeLine(text: string): string {
  return visibleText(text, { multiline: true }).replace(/\n/g, '\\n');
}
