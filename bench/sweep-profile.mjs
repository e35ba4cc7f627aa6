// node bench/sweep-profile.mjs [scenarios] [first]: the CPU cost of in-process sizing and of a sizing-varying sweep
// (issue 16), on the exact calculator (the default) and on decimal.js alone (the path before it), in one process.
// CPU time (process.cpuUsage) is the figure to read on a shared machine; wall time is printed beside it.
import { fileURLToPath } from 'node:url';
import { sizeAllOptions } from './size-all-options.mjs';

const dist = (path) => fileURLToPath(new URL(`../dist/${path}`, import.meta.url));
const { readReferenceData, readTemplates, compareOptions, decimalCalculator } = await import(dist('index.js'));
const { planSweep } = await import(dist('sweep/sweep-plan.js'));
const { sweepRows } = await import(dist('sweep/sweep-rows.js'));
const { DesignCheckMemo } = await import(dist('sweep/design-check-memo.js'));

const scenarios = Number(process.argv[2] ?? 300);
const first = Number(process.argv[3] ?? 0);
const reference = readReferenceData();
const inputs = readTemplates(reference);
// decimal.js alone: a copy of the calculator, which the evaluation does not swap for the exact one.
const decimalOnly = { ...decimalCalculator };

/** Milliseconds per run, CPU and wall, after warming up. */
function perRun(run, iterations) {
  for (let i = 0; i < Math.min(30, iterations); i++) run();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < iterations; i++) run();
  const used = process.cpuUsage(cpu);
  return {
    cpuMs: ((used.user + used.system) / 1000 / iterations).toFixed(2),
    wallMs: ((performance.now() - started) / iterations).toFixed(2),
  };
}

console.log(
  'sizeAllOptions, exact calculator ',
  perRun(() => sizeAllOptions(decimalCalculator), 100),
);
console.log(
  'sizeAllOptions, decimal.js alone ',
  perRun(() => sizeAllOptions(decimalOnly), 100),
);
console.log(
  'compareOptions                   ',
  perRun(() => compareOptions(inputs, reference), 50),
);

const plan = planSweep(inputs, reference, [
  'mailboxes=1000..100000/1000',
  'messages_per_day=50..500/50',
  'mailbox_quota_mb=1024..10240/1024',
  'host_ram_gb=32..320/32',
]);
const cpu = process.cpuUsage();
const started = performance.now();
let rows = 0;
for (const _row of sweepRows(plan, reference, first, first + scenarios, new DesignCheckMemo())) rows++;
const used = process.cpuUsage(cpu);
console.log(
  `sweep of ${scenarios} of its ${plan.scenarios} scenarios (${rows} rows), one thread: ` +
    `${((used.user + used.system) / 1000 / scenarios).toFixed(2)} ms CPU a scenario, ` +
    `${((performance.now() - started) / scenarios).toFixed(2)} ms wall, ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB resident`,
);
