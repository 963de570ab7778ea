import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../analyze-source.js';
import { keptByNegatedClass } from './stdlib.js';

describe('keptByNegatedClass (a slugify with re.sub)', () => {
  it('lists what a negated class and its replacement can leave', () => {
    expect(keptByNegatedClass('[^a-c0-1-]+', '-')).toBe('-abc01-');
    expect(keptByNegatedClass('[^\\w.]', '')).toBe('aA0_.');
    expect(keptByNegatedClass('[a-z]+', '-')).toBeNull();
    expect(keptByNegatedClass('[^\\x00-\\xff]', '')).toContain('/');
  });

  const scan = (expr: string) =>
    analyzeSources([
      {
        path: 'app.py',
        source: `import re\nfrom flask import Flask, request\napp = Flask(__name__)\n\n@app.route("/n")\ndef n():\n    name = ${expr}\n    return open("/srv/" + name).read()\n`,
      },
    ]).findings.filter((f) => f.ruleId === 'PY-INJ-PATH');

  it('cleans a path only when no separator or dot can be left, and only when every run is replaced', () => {
    expect(scan('re.sub(r"[^a-z0-9-]+", "-", request.args["n"])')).toEqual([]);
    expect(scan('re.sub(r"[^a-z0-9./-]+", "-", request.args["n"])')).toHaveLength(1);
    expect(scan('re.sub(r"[^a-z0-9-]+", "-", request.args["n"], count=1)')).toHaveLength(1);
  });
});
