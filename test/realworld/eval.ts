// `npm run eval:realworld`: scans the Debian corpus, joins the findings with the judged ledger and
// prints precision per rule family, rule and app, and the access-control rules' precision in both
// tiers. Exits 1 when the vulnerability tier misses the bar of issue 12, a finding or a sampled
// access-control hotspot is unjudged, or an access-ledger row is stale; 2 when the corpus is not installed.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS, isLocated, locate } from './corpus.js';
import { accessDisagreements, accessMeasure, formatAccess, readAccessLedger } from './access-ledger.js';
import { readLedger } from './ledger.js';
import { describeFinding, disagreements, formatCauses, formatMeasurement, measure, meetsBar, remainingCauses } from './measure.js';
import { scanApp, type AppScan } from './scan-corpus.js';

async function main(): Promise<void> {
  const located = CORPUS.map(locate);
  const missing = located.filter((l) => !isLocated(l));
  if (missing.length) {
    for (const m of missing) if ('missing' in m) console.error(m.missing);
    console.error('The real-world corpus is incomplete: run .ci/run (as root) or install the packages above.');
    process.exitCode = 2;
    return;
  }
  const ledger = readLedger();
  const scans: AppScan[] = [];
  for (const loc of located.filter(isLocated)) {
    const pinned = ledger.pins.get(loc.app.pkg);
    if (pinned !== loc.version) console.error(`note: ${loc.app.pkg} ${loc.version} is installed, the ledger judged ${pinned ?? 'no version'}`);
    console.error(`scanning ${loc.app.app} (${loc.root})…`);
    scans.push(await scanApp(loc));
  }
  const m = measure(scans, ledger);
  console.log(formatMeasurement(m));
  const d = disagreements(scans, ledger);
  for (const f of d.unjudged) console.log(`UNJUDGED  ${describeFinding(f)}`);
  for (const { row } of d.returned) console.log(`RETURNED  ${row.fingerprint} ${row.rule} ${row.location} (ledger: ${row.verdict}, ${row.state})`);
  console.log(`\n${formatCauses(remainingCauses(scans, ledger))}\n`);
  for (const { row, now } of d.lostTrue) console.log(`LOST TP   ${row.fingerprint} ${row.rule} ${row.location} (now ${now})`);
  for (const row of d.tpGone) console.log(`LOST TP   ${row.fingerprint} ${row.rule} ${row.location} (recorded gone)`);
  for (const row of d.tpInReview) console.log(`TP REVIEW ${row.fingerprint} ${row.rule} ${row.location} (a true positive reported as a hotspot)`);
  for (const { row, now } of d.stale) console.log(`NOW ${now.toUpperCase().padEnd(7)} ${row.fingerprint} ${row.rule} ${row.location} (${row.verdict}: mark state ${now})`);
  const access = readAccessLedger();
  console.log(`\naccess-control rules, both tiers (vulnerabilities judged in ledger.csv, hotspots in access-ledger.csv):\n${formatAccess(accessMeasure(scans, ledger, access))}`);
  const ad = accessDisagreements(scans, access);
  for (const f of ad.unjudged) console.log(`UNJUDGED HOTSPOT  ${describeFinding(f)}`);
  for (const { row, now } of ad.stale) console.log(`STALE HOTSPOT ROW ${row.fingerprint} ${row.rule} ${row.location} (now ${now}: remove the row)`);
  process.exitCode = meetsBar(m.total) && ad.unjudged.length === 0 && ad.stale.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
