// What a taint rule declares: the sink kinds it reports (see analyzer/taint/kinds.ts). The sinks,
// sources and sanitizers themselves are declared once per framework in analyzer/frameworks/.
import type { SinkKind } from './kinds.js';
import type { SinkHit } from './program.js';

export interface TaintRuleSpec {
  /** The sink kinds this rule reports, e.g. ['sql']. */
  sinkKinds: SinkKind[];
  /**
   * What to check when a flow into this sink is a hotspot rather than a vulnerability (the sink's
   * receiver is an object whose framework defuses the attack): the note ends the finding's message.
   * Null: the rule's own kind.
   */
  review?: (hit: SinkHit) => string | null;
}
