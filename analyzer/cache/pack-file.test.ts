// A pack is written frame by frame into its temporary file as the scan produces the bytes: what is
// read back must be exactly what was framed, and a pack cut short or altered anywhere must be refused.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PackWriter, readPackFile } from './pack-file.js';

const dir = mkdtempSync(join(tmpdir(), 'assay-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Frames of several sizes (an empty one among them), with bytes that differ from frame to frame. */
const frames = [0, 1, 7, 4096, 70_001].map((n, i) => Uint8Array.from({ length: n }, (_, j) => (j * 31 + i * 17) & 0xff));
const index = new TextEncoder().encode('the index, whatever it serialises to');

function writePack(name: string): string {
  const file = join(dir, name);
  const w = new PackWriter(file);
  const refs = frames.map((f) => w.frame(f));
  writeFileSync(`${file}.refs`, JSON.stringify(refs));
  expect(w.finish(index)).toBe(true);
  return file;
}

describe('pack file written frame by frame', () => {
  it('reads back every frame and the index as they were written', async () => {
    const file = writePack('whole.pack');
    const refs = JSON.parse(readFileSync(`${file}.refs`, 'utf8')) as unknown[];
    const pack = await readPackFile(file);
    expect(pack).not.toBeNull();
    expect(Buffer.from(pack!.index).equals(Buffer.from(index))).toBe(true);
    refs.forEach((ref, i) => expect(Buffer.from(pack!.frame(ref)!).equals(Buffer.from(frames[i]!))).toBe(true));
    // A reference outside the body (into the index, or past it) is not a frame.
    const end = frames.reduce((n, f) => n + f.length, 0);
    expect(pack!.frame([end, 1])).toBeNull();
    expect(pack!.frame([-1, 1])).toBeNull();
  });

  it('a truncated or altered pack is refused', async () => {
    const bytes = readFileSync(writePack('damaged.pack'));
    for (const cut of [bytes.length - 1, bytes.length - 4, Math.floor(bytes.length / 2), 50, 0]) {
      writeFileSync(join(dir, 'cut.pack'), bytes.subarray(0, cut));
      expect(await readPackFile(join(dir, 'cut.pack'))).toBeNull();
    }
    for (const at of [0, 20, 60, bytes.length - 2]) {
      const flipped = Buffer.from(bytes);
      flipped[at] = flipped[at]! ^ 0x01;
      writeFileSync(join(dir, 'flipped.pack'), flipped);
      expect(await readPackFile(join(dir, 'flipped.pack'))).toBeNull();
    }
  });

  it('a pack never finished is refused, and a discarded one leaves no file', async () => {
    const file = join(dir, 'unfinished.tmp');
    const w = new PackWriter(file);
    for (const f of frames) w.frame(f);
    // On disk so far: magic, the placeholder hash and the frames, no index.
    expect(await readPackFile(file)).toBeNull();
    w.discard();
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir)).not.toContain('unfinished.tmp');
  });

  it('a writer that cannot create its file only loses the pack', () => {
    const blocked = join(dir, 'not-a-folder');
    writeFileSync(blocked, '');
    const w = new PackWriter(join(blocked, 'x.pack.tmp'));
    expect(w.frame(frames[1]!)).toEqual([0, 1]);
    expect(w.finish(index)).toBe(false);
  });
});
