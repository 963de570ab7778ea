// Placeholder owned by the taint engine (issue 3): what a taint rule declares.
export interface TaintRuleSpec {
  /** The sink kinds this rule reports, e.g. 'sql', 'command'. */
  sinkKinds: string[];
}
