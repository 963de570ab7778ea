// What a taint rule declares: the sink kinds it reports (see analyzer/taint/kinds.ts). The sinks,
// sources and sanitizers themselves are declared once per framework in analyzer/frameworks/.
import type { SinkKind } from './kinds.js';

export interface TaintRuleSpec {
  /** The sink kinds this rule reports, e.g. ['sql']. */
  sinkKinds: SinkKind[];
}
