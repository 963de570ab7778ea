// A self-dispatching handler (a WSGI callable, an http.server verb method) often hands a branch to a
// method of its own class (`return self.grant(environ, start_response, user)`): what that method
// checks and does is what the branch's endpoint checks and does.
import type { Endpoint } from '../../domain/index.js';
import type { HandlerChecks } from './handler-checks.js';
import type { FunctionFact } from './file-facts.js';
import type { Located, ProjectIndex } from './project.js';

/** The checks a delegate adds to its branch: flags are or-ed, evidence kept from the first that has it. */
const FLAGS = ['identity', 'rejects', 'role', 'perm', 'objectCheck', 'userScoped', 'verifiesSender'] as const satisfies readonly BooleanCheck[];
const EVIDENCE = ['writes', 'sqlWrites', 'systemEffect', 'handsToStore', 'privilegedEffect', 'approves', 'readsAll', 'ownerGate', 'gate'] as const satisfies readonly (keyof HandlerChecks)[];

type BooleanCheck = { [K in keyof HandlerChecks]-?: HandlerChecks[K] extends boolean ? K : never }[keyof HandlerChecks];

export function branchChecks(e: Endpoint, fn: Located<FunctionFact>, index: ProjectIndex): HandlerChecks {
  const own = fn.fact.checks;
  const branch = fn.fact.dispatch?.branches.find((b) => b.line === e.handler.line);
  const clsQ = fn.fact.q.split('.').slice(0, -1).join('.');
  const methods = (branch?.delegates ?? []).map((m) => index.method(clsQ, m)).filter((m) => m !== undefined);
  if (methods.length === 0) return own;
  const out: HandlerChecks = { ...own };
  for (const m of methods) {
    const c = m.fact.checks;
    for (const k of FLAGS) out[k] = out[k] || c[k];
    for (const k of EVIDENCE) keepFirst(out, c, k);
  }
  return out;
}

function keepFirst<K extends keyof HandlerChecks>(out: HandlerChecks, from: HandlerChecks, k: K): void {
  if (!out[k] && from[k]) out[k] = from[k];
}
