import { describe, expect, it } from 'vitest';
import { openBodyCache, readBody } from './body-cache.js';

const counting = () => {
  let decodes = 0;
  const decode = (b: Uint8Array) => {
    decodes++;
    return [b[0]];
  };
  return { decode, decodes: () => decodes };
};

describe('body cache', () => {
  it('decodes on every read while no pass has it open', () => {
    const c = counting();
    const bytes = new Uint8Array([7, 7]);
    const a = readBody(bytes, c.decode);
    const b = readBody(bytes, c.decode);
    expect(c.decodes()).toBe(2);
    expect(a).not.toBe(b);
  });

  it('decodes each body once while open, and forgets them once every opener has closed it', () => {
    const c = counting();
    const bytes = new Uint8Array([1, 2, 3]);
    const close = openBodyCache(1024);
    const closeNested = openBodyCache(1024);
    const first = readBody(bytes, c.decode);
    expect(readBody(bytes, c.decode)).toBe(first);
    closeNested();
    closeNested();
    expect(readBody(bytes, c.decode)).toBe(first);
    expect(c.decodes()).toBe(1);
    close();
    expect(readBody(bytes, c.decode)).not.toBe(first);
    expect(c.decodes()).toBe(2);
  });

  it('keeps bodies only while its room lasts; the others are decoded on every read', () => {
    const c = counting();
    const small = new Uint8Array(4);
    const big = new Uint8Array(8);
    const close = openBodyCache(10);
    readBody(small, c.decode);
    readBody(big, c.decode);
    readBody(big, c.decode);
    readBody(small, c.decode);
    close();
    expect(c.decodes()).toBe(3);
  });
});
