// A self-dispatching handler (a WSGI callable, an http.server verb method) often hands a branch to a
// method of its own class (`return self.grant(environ, start_response, user)`): what that method
// checks and does is what the branch's endpoint checks and does.
import type { Endpoint } from '../../domain/index.js';
import type { HandlerChecks } from './handler-checks.js';
import type { FunctionFact } from './file-facts.js';
import type { Located, ProjectIndex } from './project.js';

const FLAGS = ['identity', 'rejects', 'role', 'perm', 'objectCheck', 'userScoped', 'verifiesSender'] as const;
const EVIDENCE = ['writes', 'sqlWrites', 'systemEffect', 'handsToStore', 'privilegedEffect', 'approves', 'readsAll', 'ownerGate', 'gate'] as const;

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
    for (const k of EVIDENCE) if (!out[k] && c[k]) (out as unknown as Record<string, unknown>)[k] = c[k];
  }
  return out;
}
