// Bounded analysis: shapes that once made the interpreter's work explode finish within a fixed
// number of steps (steps, not seconds: the bound holds on any machine), and a file past its
// budget is reported as partially analysed (test/budget-scan.test.ts: in every output).
import { describe, expect, it } from 'vitest';
import { analyzeFile, rulesFor } from '../file-analysis.js';
import { allRules } from '../rules/index.js';
import { buildModel } from '../frameworks/index.js';
import { Program } from './program.js';
import { solve } from './project.js';
import { toFindings } from './report.js';
import type { StepBudgets } from './budget.js';
import { backwardChainLoops, longElifChain, loopGrid, nestedComprehensions, nestedLoops } from './shapes/hostile-shapes.js';

const frameworks = new Set(['flask'] as const);
const rules = rulesFor(allRules, frameworks);
const model = buildModel();

function solveOne(source: string, budgets?: StepBudgets) {
  const a = analyzeFile('app.py', source, rules, frameworks);
  expect(a.facts).not.toBeNull();
  const program = new Program([a.facts!], model, { stdlibSources: false, budgets });
  solve(program);
  return { program, steps: program.fileSteps.get('app.py') ?? 0, ruleIds: toFindings(program, rules).map((f) => f.ruleId) };
}

describe('bounded taint analysis', () => {
  it('24 nested for-loops settle in polynomial work and still find the flow', () => {
    const source = nestedLoops(24);
    expect(source.length).toBeGreaterThan(1500);
    const { program, steps, ruleIds } = solveOne(source);
    expect(steps).toBeLessThan(10_000);
    expect(program.budgetExceeded.size).toBe(0);
    expect(ruleIds).toEqual(['PY-INJ-SQL']);
  });

  it('a loop nest grows quadratically, not exponentially, with depth', () => {
    const at = (d: number) => solveOne(nestedLoops(d)).steps;
    const [s8, s16, s32] = [at(8), at(16), at(32)];
    // Exponential nesting would multiply by 2^8 per step of 8; quadratic by about 4.
    expect(s16 / s8).toBeLessThan(6);
    expect(s32 / s16).toBeLessThan(6);
  });

  it('loops in sequence inside loops stay bounded', () => {
    const { steps, ruleIds, program } = solveOne(loopGrid(8, 6));
    expect(steps).toBeLessThan(20_000);
    expect(program.budgetExceeded.size).toBe(0);
    expect(ruleIds).toEqual(['PY-INJ-CMD']);
  });

  it('a 3,000-arm elif chain is walked without recursion and finds the flow', () => {
    const { steps, ruleIds } = solveOne(longElifChain(3000));
    expect(steps).toBeLessThan(40_000);
    expect(ruleIds).toEqual(['PY-INJ-CMD']);
  });

  it('deeply nested comprehensions stay within a small bound', () => {
    expect(solveOne(nestedComprehensions(60)).steps).toBeLessThan(1_000);
  });

  it('a module-level table of 5,000 entries is one cheap pass', () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `    "k${i}": ("v${i}", ${i}),`).join('\n');
    const { steps } = solveOne(`TABLE = {\n${rows}\n}\n`);
    expect(steps).toBeLessThan(30_000);
  });

  it('a loop that has not settled after its last pass marks the file partially analysed', () => {
    const { program } = solveOne(backwardChainLoops(3, 30));
    expect([...program.budgetExceeded]).toEqual(['app.py']);
  });

  it('a run past its step budget stops, keeps the flows found so far and marks the file', () => {
    const source = ['from flask import request', 'import os', '', 'def view():', "    q = request.args.get('q')", '    os.system(q)', ...Array.from({ length: 400 }, (_, i) => `    x${i} = q + "${i}"`)].join('\n') + '\n';
    const full = solveOne(source);
    expect(full.program.budgetExceeded.size).toBe(0);
    const cut = solveOne(source, { functionSteps: 200, fileSteps: 10_000 });
    expect([...cut.program.budgetExceeded]).toEqual(['app.py']);
    expect(cut.ruleIds).toEqual(['PY-INJ-CMD']);
    expect(cut.steps).toBeLessThanOrEqual(10_000);
    const fileCut = solveOne(source, { functionSteps: 10_000, fileSteps: 300 });
    expect([...fileCut.program.budgetExceeded]).toEqual(['app.py']);
  });
});
