// Text from a scanned repository (file names, snippets, messages) is hostile: a name holding an
// escape sequence could rewrite the terminal. Control characters are shown as visible escapes.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function safeText(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line only: newlines are escaped too (for paths and table cells). */
export function safeLine(text: string): string {
  return safeText(text).replace(/\n/g, '\\n');
}
