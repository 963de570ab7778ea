import { describe, expect, it } from 'vitest';
import { bracketDepth } from './nesting.js';

describe('bracketDepth', () => {
  it('counts nested brackets of every kind', () => {
    expect(bracketDepth('x = f([{1: (2,)}])\n')).toBe(4);
    expect(bracketDepth('x = 1\n')).toBe(0);
  });

  it('ignores brackets in strings and comments', () => {
    expect(bracketDepth('s = "((((("  # ((((\nt = \'\'\'\n[[[[\n\'\'\'\nu = "\\"((("\n')).toBe(0);
  });

  it('stops early once past the limit', () => {
    expect(bracketDepth('('.repeat(10_000), 200)).toBe(201);
  });
});
