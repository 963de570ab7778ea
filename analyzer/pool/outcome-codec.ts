// A file's outcome as it crosses threads and sits in the analysis cache: plain-codec bytes (JSON
// where that is exact, else v8) in a v8-serialised wrapper, without the taint facts' copy of the
// source lines — the receiver holds the source and splits it again, which
// costs less than encoding, copying and decoding every line of every file.
//
// Function bodies travel as bytes of their own (plain-codec: JSON where that is exact) and stay
// bytes on the receiving side: a body is decoded each time it is read (the interpreter reads it
// once per run), and that copy is garbage when the run ends. Decoded, the bodies are most of a
// project's facts (about three times their serialised size), and the dataflow pass would
// otherwise hold every one of them from the first run to the last.
import { deserialize, serialize } from 'node:v8';
import { sourceLines } from '../file-context.js';
import type { FileOutcome } from './protocol.js';
import type { StringInterner } from './intern-strings.js';
import type { FunctionIR } from '../taint/ir.js';
import { decodePlain, decodesWithoutRecursion, encodePlain } from './plain-codec.js';

/** What the payload holds: the outcome (encodePlain) with empty bodies, and each function's body, in order. */
interface Wire {
  outcome: Uint8Array;
  bodies?: Uint8Array[];
}

export function encodeOutcome(outcome: FileOutcome): Uint8Array {
  if (!outcome.ok || outcome.kind !== 'python' || !outcome.analysis.facts) return serialize({ outcome: encodePlain(outcome) } satisfies Wire);
  const facts = outcome.analysis.facts;
  const bodies = facts.functions.map((fn) => encodePlain(fn.body));
  // Shallow copies: the outcome itself is left as it was (the in-process scan keeps using it).
  const bare = { ...facts, lines: [], functions: facts.functions.map((fn) => ({ ...fn, body: [] })) };
  return serialize({ outcome: encodePlain({ ...outcome, analysis: { ...outcome.analysis, facts: bare } }), bodies } satisfies Wire);
}

/**
 * Throws what deserialize throws (a damaged or too deeply nested payload, a body included). With an
 * interner (one per scan), the analysis's repeated strings share one copy each.
 */
export function decodeOutcome(payload: Uint8Array, source: string, interner?: StringInterner): FileOutcome {
  const wire = deserialize(payload) as Partial<Wire> | null;
  if (!(wire?.outcome instanceof Uint8Array)) throw new Error('not an analysis outcome');
  const outcome = decodePlain(wire.outcome) as FileOutcome | null;
  if (!outcome || typeof outcome !== 'object') throw new Error('not an analysis outcome');
  // Before the bodies become getters: interning walks every enumerable property.
  if (interner && outcome.ok) interner.internAll(outcome.analysis);
  if (outcome.ok && outcome.kind === 'python' && outcome.analysis.facts) {
    const facts = outcome.analysis.facts;
    const bodies = wire.bodies ?? [];
    if (bodies.length !== facts.functions.length) throw new Error('function bodies missing from the analysis outcome');
    const owned = ownedCopies(bodies);
    facts.functions.forEach((fn, i) => keepEncoded(fn, owned[i]!));
    facts.lines = sourceLines(source);
  }
  return outcome;
}

/**
 * The bodies copied into one buffer of the receiving thread. deserialize gives views into the
 * payload, which would keep all of it (the outcome's bytes too, about half) alive as long as any
 * body is; and a worker's payload lives in that worker thread's malloc arena, which glibc cannot
 * give back to the system while a live block sits in it, long after the worker has exited.
 */
function ownedCopies(bodies: readonly Uint8Array[]): Uint8Array[] {
  let total = 0;
  for (const b of bodies) total += b.byteLength;
  const store = new Uint8Array(total);
  let at = 0;
  return bodies.map((b) => {
    store.set(b, at);
    at += b.byteLength;
    return store.subarray(at - b.byteLength, at);
  });
}

/**
 * `fn.body` becomes a getter that decodes the bytes on every read. A v8-encoded body is decoded
 * once here and dropped: one too deeply nested for this thread's stack fails its file now, not in
 * the middle of the dataflow pass (JSON bodies parse without recursion). Not enumerable, so walks
 * over the facts (interning, digests) do not decode it.
 */
function keepEncoded(fn: FunctionIR, bytes: Uint8Array): void {
  if (!decodesWithoutRecursion(bytes) && !Array.isArray(decodePlain(bytes))) throw new Error(`the body of ${fn.id} is not a statement list`);
  Object.defineProperty(fn, 'body', { get: () => decodePlain(bytes), enumerable: false, configurable: true });
}

/**
 * An outcome analysed on this thread keeps its function bodies as bytes too, as one decoded from a
 * worker does: held decoded, the bodies of the files the calling thread analysed would stay on its
 * heap for the whole scan. Taken from `payload` when the outcome was encoded already (for the
 * cache). A body JSON cannot carry stays as it is (it was built on this thread's stack).
 */
export function keepBodiesEncoded(outcome: FileOutcome, payload?: Uint8Array): FileOutcome {
  if (!outcome.ok || outcome.kind !== 'python' || !outcome.analysis.facts) return outcome;
  const functions = outcome.analysis.facts.functions;
  const wire = payload ? (deserialize(payload) as Partial<Wire>) : null;
  const bodies = wire?.bodies ?? functions.map((fn) => encodePlain(fn.body));
  if (bodies.length !== functions.length) return outcome;
  const owned = ownedCopies(bodies);
  functions.forEach((fn, i) => {
    if (decodesWithoutRecursion(owned[i]!)) keepEncoded(fn, owned[i]!);
  });
  return outcome;
}
