// `npm run bench`: runs every suite and prints one table each. Timings are reported, never asserted — machines
// differ — but a suite that throws (an engine bug) makes the run exit non-zero.
// Add a suite: write scripts/bench/<area>.ts exporting a BenchSuite and list it below.
// `BENCH_RUNS=30 npm run bench` for steadier medians; `npm run bench -- law` runs only suites whose name matches.
import { casesSuite } from './bench/cases.ts';
import { editorSuite } from './bench/editor.ts';
import { fidelitySuite } from './bench/fidelity.ts';
import { lawSuite } from './bench/law.ts';
import { formatRows } from './bench/measure.ts';
import { reportsSuite } from './bench/reports.ts';
import type { BenchSuite } from './bench/suite.ts';

const suites: BenchSuite[] = [lawSuite, fidelitySuite, casesSuite, reportsSuite, editorSuite];

const filter = process.argv[2];
let failed = 0;
console.log(`LexDesk bench — node ${process.version}, ${process.platform}/${process.arch}\n`);
for (const suite of suites.filter((s) => !filter || s.name.includes(filter))) {
  try {
    console.log(`${formatRows(suite.name, await suite.run())}\n`);
  } catch (error) {
    failed++;
    console.error(
      `## ${suite.name}\nFAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
}
process.exitCode = failed > 0 ? 1 : 0;
