import { describe, expect, it } from 'vitest';
import { declaredCodec, decodeSource } from './encoding.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeSource (PEP 263)', () => {
  it('reads UTF-8 by default and strips a BOM (utf-8-sig)', () => {
    expect(decodeSource(bytes('x = "café"\n'))).toEqual({ ok: true, text: 'x = "café"\n', encoding: 'utf-8' });
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf], 'x = 1\n'))).toEqual({ ok: true, text: 'x = 1\n', encoding: 'utf-8-sig' });
  });

  it('honours a latin-1 coding line as true ISO-8859-1 (0x80-0x9f are C1 controls, not cp1252)', () => {
    const r = decodeSource(bytes('# -*- coding: latin-1 -*-\n', 'x = "caf', [0xe9, 0x80], '"\n'));
    expect(r).toEqual({ ok: true, text: '# -*- coding: latin-1 -*-\nx = "café\u0080"\n', encoding: 'latin-1' });
  });

  it('honours cp1252 on the second line after a shebang', () => {
    const r = decodeSource(bytes('#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\n', 's = "', [0x80], '"\n'));
    expect(r.ok && r.text.includes('"€"')).toBe(true);
    expect(r.ok && r.encoding).toBe('cp1252');
  });

  it('ignores a coding line after code on line 1 (PEP 263: only when line 1 is a comment or blank)', () => {
    expect(declaredCodec(bytes('import os\n# coding: latin-1\n'))).toBeNull();
    expect(declaredCodec(bytes('\n# coding=utf_8\n'))).toBe('utf_8');
  });

  it('refuses invalid UTF-8 instead of inserting replacement characters', () => {
    const r = decodeSource(bytes('x = "', [0xff, 0xfe, 0xc3], '"\n'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('decode-error');
    expect(!r.ok && r.detail).toMatch(/not valid utf-8/);
  });

  it('skips unknown codecs and a BOM that contradicts the declaration, with reasons', () => {
    const unknown = decodeSource(bytes('# coding: klingon-8\nx = 1\n'));
    expect(unknown).toMatchObject({ ok: false, reason: 'decode-error' });
    expect(!unknown.ok && unknown.detail).toMatch(/klingon-8/);
    const clash = decodeSource(bytes([0xef, 0xbb, 0xbf], '# coding: latin-1\nx = 1\n'));
    expect(clash).toMatchObject({ ok: false, reason: 'decode-error' });
  });

  it('treats NUL bytes as binary and checks ascii strictly', () => {
    expect(decodeSource(bytes('x = 1', [0], '\n'))).toMatchObject({ ok: false, reason: 'binary' });
    expect(decodeSource(bytes('# coding: ascii\nx = "', [0xe9], '"\n'))).toMatchObject({ ok: false, reason: 'decode-error' });
    expect(decodeSource(bytes('# coding: ascii\nx = 1\n'))).toMatchObject({ ok: true, encoding: 'ascii' });
  });

  it('decodes multi-byte codecs such as shift_jis', () => {
    const r = decodeSource(bytes('# coding: shift_jis\ns = "', [0x93, 0xfa, 0x96, 0x7b], '"\n'));
    expect(r).toMatchObject({ ok: true, encoding: 'shift-jis' });
    expect(r.ok && r.text).toContain('日本');
  });
});
