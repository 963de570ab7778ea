// Child process for the crash test: records one very large scan and announces on stdout when it
// is part-way through writing, so the parent can SIGKILL it inside the transaction.
import { openStore } from '../open-store.js';
import { ensureProject } from '../projects.js';
import { recordScan } from '../record-scan.js';
import { manyFindings, scan, day } from './synthetic.js';

const [file, count] = process.argv.slice(2);
const db = openStore(file!);
// A small page cache makes SQLite spill uncommitted pages into the WAL file mid-transaction,
// so the kill leaves real partial writes on disk for recovery to discard.
db.pragma('cache_size = -1000');
const project = ensureProject(db, { rootPath: '/srv/crash' });
const findings = manyFindings(Number(count), 1_000_000);
let announced = false;
recordScan(db, project.id, scan(findings, { startedAt: day(9) }), {
  progressEvery: 5000,
  onProgress: (done) => {
    if (!announced && done >= 60_000) {
      announced = true;
      process.stdout.write('mid-write\n');
      // Keep writing while the parent reacts; the kill lands inside the transaction.
    }
  },
});
process.stdout.write('finished\n');
