// A file's outcome as it crosses threads and sits in the analysis cache: v8-serialised, without the
// taint facts' copy of the source lines — the receiver holds the source and splits it again, which
// costs less than encoding, copying and decoding every line of every file.
import { deserialize, serialize } from 'node:v8';
import { sourceLines } from '../file-context.js';
import type { FileOutcome } from './protocol.js';
import type { StringInterner } from './intern-strings.js';

export function encodeOutcome(outcome: FileOutcome): Uint8Array {
  if (!outcome.ok || outcome.kind !== 'python' || !outcome.analysis.facts) return serialize(outcome);
  const facts = outcome.analysis.facts;
  const lines = facts.lines;
  facts.lines = [];
  try {
    return serialize(outcome);
  } finally {
    facts.lines = lines;
  }
}

/**
 * Throws what deserialize throws (a damaged or too deeply nested payload). With an interner (one per
 * scan), the analysis's repeated strings share one copy each.
 */
export function decodeOutcome(payload: Uint8Array, source: string, interner?: StringInterner): FileOutcome {
  const outcome = deserialize(payload) as FileOutcome;
  if (interner && outcome.ok) interner.internAll(outcome.analysis);
  if (outcome.ok && outcome.kind === 'python' && outcome.analysis.facts) outcome.analysis.facts.lines = sourceLines(source);
  return outcome;
}
