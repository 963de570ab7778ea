// The endpoint inventory on the real-world corpus: per application, how many routed endpoints, how
// many without authentication (and of those, state-changing), unknown; apart from them the views no
// scanned route reaches (unrouted, and how many of those without authentication); and what the
// inventory rules report per tier. `npx tsx test/realworld/endpoints.ts`; the numbers are recorded in
// docs/endpoint-inventory.md, the rules' judged precision comes from `npm run eval:realworld`.
import { isStateChanging, splitRouted } from '../../domain/index.js';
import { scanProject } from '../../analyzer/scan.js';
import { CORPUS, isLocated, locate } from './corpus.js';

const RULES = ['PY-AUTH-UNAUTHENTICATED-WRITE', 'PY-AUTHZ-PRIVILEGED-NO-CHECK', 'PY-AUTHZ-IDOR', 'PY-AUTH-NO-THROTTLE', 'PY-AUTHZ-MASS-ASSIGNMENT', 'PY-DATA-WHOLE-MODEL'];
const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(0)} %`);

const only = process.argv.slice(2);
console.log('| app | routed endpoints | frameworks | required | none | none, state-changing | unknown | % unauthenticated | unrouted views (none) | findings (vuln/hotspot) |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const app of CORPUS) {
  if (only.length && !only.includes(app.app)) continue;
  const loc = locate(app);
  if (!isLocated(loc)) {
    console.log(`| ${app.app} | not installed | | | | | | | | |`);
    continue;
  }
  const r = await scanProject(loc.root);
  const { routed, unrouted } = splitRouted(r.endpoints ?? []);
  const by = (a: string) => routed.filter((e) => e.authentication === a).length;
  const none = routed.filter((e) => e.authentication === 'none');
  const fws = [...new Set(routed.map((e) => e.framework))].sort().join(', ');
  const found = RULES.map((id) => {
    const fs = r.findings.filter((f) => f.ruleId === id && !f.suppression);
    const v = fs.filter((f) => f.kind === 'vulnerability').length;
    const h = fs.length - v;
    return fs.length ? `${id.replace(/^PY-/, '')} ${v}/${h}` : '';
  }).filter(Boolean).join('; ');
  const unroutedOpen = unrouted.filter((e) => e.authentication === 'none').length;
  console.log(`| ${app.app} ${loc.version} | ${routed.length} | ${fws} | ${by('required')} | ${by('none')} | ${none.filter(isStateChanging).length} | ${by('unknown')} | ${pct(by('none'), routed.length)} | ${unrouted.length} (${unroutedOpen}) | ${found || '-'} |`);
}
