// Bounds on the taint interpreter's work, counted in steps (one statement or expression evaluated),
// never in seconds: the same project gives the same results on a fast or a loaded machine.
// A function run past its budget stops; the flows it already found stand (each is a real path),
// its summary stays what the previous run left, and its file is reported as partially analysed.

/** Steps one run of one function may take. Django's costliest run takes about 2,100. */
export const FUNCTION_STEP_BUDGET = 250_000;
/** Steps all runs of all functions of one file may take together. Django's costliest file: about 16,000. */
export const FILE_STEP_BUDGET = 1_000_000;

export interface StepBudgets {
  functionSteps: number;
  fileSteps: number;
}

export const DEFAULT_BUDGETS: StepBudgets = { functionSteps: FUNCTION_STEP_BUDGET, fileSteps: FILE_STEP_BUDGET };
/** Passes over one loop body before its state is taken as settled (a fixed point is reached far sooner). */
export const MAX_LOOP_PASSES = 12;

export class BudgetExceeded extends Error {
  constructor(readonly fnId: string, readonly steps: number) {
    super(`analysis budget exceeded in ${fnId} after ${steps} steps`);
    this.name = 'BudgetExceeded';
  }
}
