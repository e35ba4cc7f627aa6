// The copy layout's time for the largest designs (issue 13: well under 100 ms): `npx tsc -p tsconfig.json && node
// bench/copy-layout.mjs`. Cold = the first layout in a fresh process (as `npm start` computes it), median of 5
// processes; warm = the median of 20 after it. Milliseconds of wall clock, and of the main thread on the CPU (Linux
// /proc schedstat: steadier than the wall clock while other work shares the cores, and without the JIT's threads).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DESIGNS = [
  // [servers, databases, copies, failures]: the most servers, copies and failures, the most databases they allow.
  [16, 400, 4, 3],
  [16, 384, 4, 3],
  [16, 528, 3, 2],
  [16, 800, 2, 1],
  [16, 48, 4, 3],
];
const schedstat = `/proc/self/task/${process.pid}/schedstat`;
const onCpu = () => (existsSync(schedstat) ? Number(readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6 : Number.NaN);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (ms) => ms.toFixed(1);
const { copyLayout } = await import(new URL('../dist/index.js', import.meta.url).href);
const layoutOf = ([S, N, C, F]) =>
  copyLayout({
    dags: 1,
    serversPerDag: S,
    databasesPerDag: N,
    copiesInSite: C,
    failuresTolerated: F,
    drServersPerDag: 0,
    drCopies: 0,
    laggedCopies: 0,
    replayLagDays: 0,
    mailboxesPerDatabase: 100,
  });
function timed(design) {
  const [wall, cpu] = [performance.now(), onCpu()];
  layoutOf(design);
  return { wall: performance.now() - wall, cpu: onCpu() - cpu };
}

const child = process.argv[2];
if (child) {
  // One cold layout in this fresh process.
  process.stdout.write(JSON.stringify(timed(JSON.parse(child))));
} else {
  console.log('| design | cold wall | cold main-thread CPU | warm wall | warm main-thread CPU |');
  console.log('|---|---|---|---|---|');
  for (const design of DESIGNS) {
    const cold = Array.from({ length: 5 }, () =>
      JSON.parse(
        spawnSync(process.execPath, [fileURLToPath(import.meta.url), JSON.stringify(design)], { encoding: 'utf8' })
          .stdout,
      ),
    );
    timed(design);
    const warm = Array.from({ length: 20 }, () => timed(design));
    const [S, N, C, F] = design;
    console.log(
      `| S ${S}, N ${N}, C ${C}, F ${F} | ${fmt(median(cold.map((c) => c.wall)))} | ${fmt(median(cold.map((c) => c.cpu)))} | ` +
        `${fmt(median(warm.map((w) => w.wall)))} | ${fmt(median(warm.map((w) => w.cpu)))} |`,
    );
  }
}
