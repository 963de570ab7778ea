import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { decodeOutcome, encodeOutcome, keepBodiesEncoded } from './outcome-codec.js';
import { analyzeItem } from './analyze-item.js';
import { allRules } from '../rules/index.js';
import { StringInterner } from './intern-strings.js';

const SOURCE = `
import subprocess
from django.http import HttpResponse

def view(request):
    cmd = request.GET['cmd']
    cmd += request.POST.get('more', '')
    subprocess.call(cmd, shell=True)
    return HttpResponse(eval(request.GET.get('x')))
`;

describe('outcome codec', () => {
  it('gives back the outcome the worker built: findings, facts and every body', () => {
    const outcome = analyzeItem({ path: 'app/views.py', kind: 'python', source: SOURCE }, allRules, new Set(['django']));
    if (!outcome.ok || outcome.kind !== 'python') throw new Error('fixture did not analyse');
    expect(outcome.analysis.findings.length).toBeGreaterThan(0);
    const back = decodeOutcome(encodeOutcome(outcome), SOURCE, new StringInterner());
    if (!back.ok || back.kind !== 'python') throw new Error('decoded outcome is not a python analysis');
    const { facts, ...rest } = outcome.analysis;
    const { facts: backFacts, ...backRest } = back.analysis;
    expect(isDeepStrictEqual(backRest, rest)).toBe(true);
    expect(backFacts!.lines).toEqual(facts!.lines);
    expect(backFacts!.functions.map((f) => f.body)).toEqual(facts!.functions.map((f) => f.body));
    expect(backFacts!.functions.map((f) => ({ ...f, body: [] }))).toEqual(facts!.functions.map((f) => ({ ...f, body: [] })));
  });

  it('carries a failed file and its reason', () => {
    const failed = { path: 'a.py', ok: false as const, error: 'analysis result could not be encoded (boom)' };
    expect(decodeOutcome(encodeOutcome(failed), '')).toEqual(failed);
  });

  it('refuses bytes that are not an outcome', () => {
    expect(() => decodeOutcome(Uint8Array.of(1, 2, 3), '')).toThrow();
  });
});

describe('keepBodiesEncoded', () => {
  it('turns an in-process outcome\'s bodies into bytes that read back as the same statements', () => {
    for (const encoded of [false, true]) {
      const outcome = analyzeItem({ path: 'app/views.py', kind: 'python', source: SOURCE }, allRules, new Set(['django']));
      if (!outcome.ok || outcome.kind !== 'python') throw new Error('fixture did not analyse');
      const bodies = outcome.analysis.facts!.functions.map((f) => structuredClone(f.body));
      keepBodiesEncoded(outcome, encoded ? encodeOutcome(outcome) : undefined);
      const functions = outcome.analysis.facts!.functions;
      expect(functions.every((f) => !Object.keys(f).includes('body'))).toBe(true);
      expect(functions.map((f) => f.body)).toEqual(bodies);
    }
  });
});
