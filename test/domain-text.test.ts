import { describe, expect, it } from 'vitest';
import { hasHiddenCharacters, visibleText } from '../domain/text.js';

describe('visibleText', () => {
  it('shows bidi overrides and isolates, controls and zero-width characters as escapes', () => {
    expect(visibleText('a\u202eb\u2066c\u2069d\u200be\u0007f\u009bg\ufeff')).toBe('a\\u202eb\\u2066c\\u2069d\\u200be\\u0007f\\u009bg\\ufeff');
    for (let c = 0x202a; c <= 0x202e; c++) expect(visibleText(String.fromCharCode(c))).toBe(`\\u${c.toString(16)}`);
    for (let c = 0x2066; c <= 0x2069; c++) expect(visibleText(String.fromCharCode(c))).toBe(`\\u${c.toString(16)}`);
  });

  it('keeps line breaks and tabs only in multiline text, and leaves ordinary text alone', () => {
    expect(visibleText('x\n\ty')).toBe('x\\n\\ty');
    expect(visibleText('x\n\ty', { multiline: true })).toBe('x\n\ty');
    expect(visibleText('café — ünïcode 日本 עברית')).toBe('café — ünïcode 日本 עברית');
    expect(hasHiddenCharacters('plain')).toBe(false);
    expect(hasHiddenCharacters('p\u202elain')).toBe(true);
  });
});
