// Runs the command line from source (through tsx) so CLI tests need no build: the same run() that
// bin/assay.js calls from dist/.
import { run } from '../../cli/main.js';

process.exitCode = await run(process.argv.slice(2));
