import { describe, expect, it } from 'vitest';
import { runPool, type PoolFile } from './analysis-pool.js';
import type { WorkItem } from './protocol.js';

const items: WorkItem[] = Array.from({ length: 40 }, (_, i) => ({ path: `m${i}.py`, kind: 'python', source: `import yaml\n\ndef f${i}(p):\n    return yaml.load(open(p))\n` }));

describe('runPool with the calling thread alongside', () => {
  it('shares one queue: every file is analysed once, here or in a worker', async () => {
    const here: string[] = [];
    const pooled: PoolFile[] = [];
    await runPool(items, { size: 1, ruleIds: ['PY-DESER-YAML'], frameworks: [], analyseHere: (item) => here.push(item.path) }, (f) => pooled.push(f));
    // The worker loads the parser and rules first: the calling thread has begun by then.
    expect(here.length).toBeGreaterThan(0);
    expect(pooled.every((f) => f.ok)).toBe(true);
    const all = [...here, ...pooled.map((f) => f.path)];
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(items.map((i) => i.path).sort());
  });

  it('leaves files over 64 KB to the workers, whose watchdog can stop them', async () => {
    const big = Array.from({ length: 4 }, (_, i) => ({ path: `big${i}.py`, kind: 'python' as const, source: `x = 1\n${'# filler line\n'.repeat(6000)}` }));
    const here: string[] = [];
    const pooled: string[] = [];
    await runPool([...big, ...items], { size: 1, ruleIds: ['PY-DESER-YAML'], frameworks: [], analyseHere: (item) => here.push(item.path) }, (f) => pooled.push(f.path));
    expect(here.some((p) => p.startsWith('big'))).toBe(false);
    expect(big.every((b) => pooled.includes(b.path))).toBe(true);
    expect(here.length + pooled.length).toBe(big.length + items.length);
  });

  it('stops taking files once the signal aborts', async () => {
    const controller = new AbortController();
    const here: string[] = [];
    await runPool(items, { size: 1, ruleIds: ['PY-DESER-YAML'], frameworks: [], signal: controller.signal, analyseHere: (item) => {
      here.push(item.path);
      if (here.length === 3) controller.abort();
    } }, () => undefined);
    expect(here.length).toBe(3);
  });
});
