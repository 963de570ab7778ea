// The scan command collects between its phases too; the helper lives with the analyzer, whose worker
// threads and scan driver use it as well.
export { collectGarbage } from '../analyzer/pool/collect-garbage.js';
