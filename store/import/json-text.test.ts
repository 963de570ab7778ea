// readJsonText parses to what the file decoded as UTF-8 parses to, with every character ASCII (one
// byte each in memory), whatever the non-ASCII text and wherever the 1 MiB chunks cut it.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonText } from './json-text.js';
import { removeTempDirs, tempDir } from '../testing/temp-db.js';

afterAll(removeTempDirs);

const MiB = 1 << 20;

function fileOf(bytes: Buffer): string {
  const f = join(tempDir('assay-json-text-'), 'scan.json');
  writeFileSync(f, bytes);
  return f;
}

function expectSameValues(bytes: Buffer): void {
  const text = readJsonText(fileOf(bytes), 64 * MiB, 'a test file');
  expect([...text].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
  expect(JSON.parse(text)).toEqual(JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')));
}

/** A JSON array of one string whose bytes are `inner`, padded so that `inner` starts `at` bytes into the file. */
function stringAt(at: number, inner: Buffer): Buffer {
  return Buffer.concat([Buffer.from('["'), Buffer.from('a'.repeat(at - 2)), inner, Buffer.from('","tail"]')]);
}

describe('readJsonText', () => {
  it('escapes non-ASCII text, surrogate pairs and invalid UTF-8 as Buffer.toString decodes them', () => {
    expectSameValues(Buffer.from(JSON.stringify({ message: 'taint → sink — ünïcode', emoji: 'x\u{1F600}y', cjk: '漢字', plain: 'ascii' })));
    expectSameValues(Buffer.concat([Buffer.from('{"bad": "'), Buffer.from([0xff, 0xc3, 0x28, 0xe2, 0x82]), Buffer.from('", "cut": "'), Buffer.from([0xf0, 0x9f]), Buffer.from('"}')]));
  });

  it('drops one leading byte order mark, as the import always has', () => {
    expectSameValues(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a": "é"}')]));
  });

  it('joins characters cut by a chunk boundary, and runs of non-ASCII bytes longer than a chunk', () => {
    const emoji = Buffer.from('\u{1F600}\u{1F600}');
    for (const offset of [-7, -3, -2, -1, 0, 1]) expectSameValues(stringAt(MiB + offset, emoji));
    expectSameValues(stringAt(MiB - 5, Buffer.from('é'.repeat(MiB))));
    expectSameValues(stringAt(MiB - 100, Buffer.alloc(MiB + 10, 0x80)));
  });

  it('refuses a file over the cap before reading it', () => {
    expect(() => readJsonText(fileOf(Buffer.from('[1, 2, 3]')), 4, 'a test file')).toThrow(/over the .* limit for a test file/);
  });
});
