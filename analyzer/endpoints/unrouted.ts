// What tells a view nobody routes apart from any function: where it lives, how it is called, and
// the URL arguments its signature takes. Frameworks use these to list such views honestly, under
// an "(unrouted)" path, instead of leaving them out of the inventory.
import type { EndpointParam } from '../../domain/index.js';
import type { FileEndpointFacts, FunctionFact } from './file-facts.js';
import { lastName } from './values.js';

/** Where Django and DRF projects keep views: views.py, views/…, viewsets.py, api.py, endpoints.py, ajax.py. */
export const VIEW_MODULE = /(^|\/)(views?|viewsets|endpoints|ajax)(\/|\.py$)|(^|\/)api\.py$/;

/** Test code builds throwaway views; they serve nobody. */
const TEST_MODULE = /(^|\/)(tests?|testing)(\/|\.py$)|(^|\/)(test_[^/]*|[^/]*_tests?|conftest)\.py$/;

export function isTestFile(file: FileEndpointFacts): boolean {
  return TEST_MODULE.test(file.path);
}

/** A function defined at the module's top level (not a method, not a closure). */
export function isModuleFunction(fn: FunctionFact, file: FileEndpointFacts): boolean {
  return fn.q === `${file.module}.${fn.name}`;
}

const SCALAR = new Set(['int', 'str', 'float', 'bool', 'UUID', 'uuid']);

/** The URL arguments of a view: its parameters after the request (and self), types from annotations. */
export function signatureParams(fn: FunctionFact, skip: number): EndpointParam[] {
  return fn.params.slice(skip).map((p) => {
    const t = p.annotation?.k === 'ref' ? lastName(p.annotation.q) : '';
    return { name: p.name, type: SCALAR.has(t) ? t.toLowerCase() : 'unknown' };
  });
}
