// npm run bench: the benchmarks of the performance targets. Prints a table and saves bench/results/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (path) => join(root, 'dist', path);
const {
  readReferenceData,
  readTemplates,
  compareOptions,
  numberCalculator,
  decimalCalculator,
  ModelEvaluation,
  optionsModel,
  resolveInputs,
} = await import(dist('index.js'));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];
const results = {};

// 1-2. In-process sizing of the shipped scenario for all options, with decimal.js and with plain numbers.
const reference = readReferenceData();
const inputs = readTemplates(reference);
const optionRows = reference.tables.get('options').rows;
const optionFigures = optionsModel.order.filter((f) => f.scope === 'option');
const optionAttributes = new Map(optionRows.map((r) => [String(r.id), new Map(Object.entries(r))]));
function sizeAllOptions(calc) {
  const resolved = resolveInputs(inputs, reference);
  const evaluation = new ModelEvaluation(
    optionsModel,
    {
      inputs: resolved.scenario,
      lists: { tier: resolved.tiers, workload: resolved.workloads },
      inputTables: new Map([['prices', { rows: resolved.prices.map((p) => Object.fromEntries(p)) }]]),
      options: optionAttributes,
      reference,
    },
    calc,
  );
  for (const row of optionRows) evaluation.figuresAt(optionFigures, { option: String(row.id) });
}
/** Milliseconds per run: wall-clock, and the CPU time the process spent (steadier on a shared virtual machine). */
function time(run, iterations) {
  for (let i = 0; i < 50; i++) run();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    run();
    const used = process.cpuUsage(startedCpu);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { median: median(wall), p95: p95(wall), cpuMedian: median(cpu), cpuP95: p95(cpu) };
}
results.sizingDecimalMs = time(() => sizeAllOptions(decimalCalculator), 400);
results.sizingNumberMs = time(() => sizeAllOptions(numberCalculator), 400);
results.floorRatio = results.sizingDecimalMs.median / results.sizingNumberMs.median;
results.compareOptionsMs = time(() => compareOptions(inputs, reference), 200);

// 3. A 100,000-scenario sweep from the CLI: seconds, scenarios per second, peak resident memory.
const work = mkdtempSync(join(tmpdir(), 'sizer-bench-'));
const variations = [
  'mailboxes=1000..100000/1000',
  'messages_per_day=50..500/50',
  'host_cores_per_socket=4..12/2',
  'dag_copies=2..5/1',
  'tco_years=1..5/1',
];
/** One sweep in its own process, the --vary flags in the order given: seconds and peak resident memory. */
function runSweep(order) {
  const args = order.flatMap((v) => ['--vary', v]);
  const script = `
const started = performance.now();
process.argv = [process.execPath, 'exchange-sizer', 'sweep', ${args.map((a) => JSON.stringify(a)).join(', ')}, '--out', ${JSON.stringify(join(work, 'sweep.csv'))}, '--force'];
await import(${JSON.stringify(dist('cli/main.js'))});
process.on('exit', () => console.error(JSON.stringify({ seconds: (performance.now() - started) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 })));
`;
  writeFileSync(join(work, 'sweep.mjs'), script);
  const run = spawnSync(process.execPath, [join(work, 'sweep.mjs')], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`the sweep failed: ${run.stderr}`);
  const lines = readFileSync(join(work, 'sweep.csv'), 'utf8').split('\r\n').length - 2;
  if (lines !== 700000) throw new Error(`the sweep wrote ${lines} rows, not 700,000`);
  const stats = JSON.parse(run.stderr.trim().split('\n').pop());
  return {
    scenarios: 100000,
    seconds: stats.seconds,
    scenariosPerSecond: 100000 / stats.seconds,
    peakRssMB: stats.maxRssMB,
    variations: order.join(' '),
  };
}
// The flags in the order, then reversed: the sweep nests its loops itself, so both should take as long.
results.sweep = runSweep(variations);
results.sweepReversed = runSweep([...variations].reverse());

// 4. The CLI from process start to every output written, on the shipped templates.
const cliSamples = [];
for (let i = 0; i < 7; i++) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [dist('cli/main.js'), 'size', '--force', '--out', join(work, 'out')], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  cliSamples.push(performance.now() - started);
}
results.cliSeconds = median(cliSamples) / 1000;

// 5. LibreOffice's headless full recalculation of the same workbook, as the spreadsheet peer.
if (spawnSync('soffice', ['--version']).status === 0) {
  // One profile, made by an untimed first run: the timed runs are LibreOffice as a user has it, warm,
  // not its one-off profile creation. Recalculation on load is forced (OOXMLRecalcMode 0 = always).
  const profile = join(work, 'lo-profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>',
  );
  const convert = (i) => {
    const started = performance.now();
    const run = spawnSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'xlsx',
        '--outdir',
        join(work, `lo-${i}`),
        join(work, 'out', 'comparison.xlsx'),
      ],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(run.stderr);
    return performance.now() - started;
  };
  convert('warm-up');
  const loSamples = [1, 2, 3, 4, 5].map(convert);
  results.libreOfficeSeconds = median(loSamples) / 1000;
  results.cliFasterThanLibreOffice = results.libreOfficeSeconds / results.cliSeconds;
}

// 6. The library entry point for a caller that never writes a workbook: import time, and no exceljs.
const importScript = `
import { createRequire } from 'node:module';
const started = performance.now();
await import(${JSON.stringify(dist('index.js'))});
const ms = performance.now() - started;
const loaded = Object.keys(createRequire(import.meta.url).cache).some((p) => p.includes('/exceljs/'));
console.log(JSON.stringify({ ms, exceljsLoaded: loaded }));
`;
const imports = Array.from({ length: 5 }, () =>
  JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', importScript], { encoding: 'utf8' }).stdout),
);
results.libraryImportMs = median(imports.map((i) => i.ms));
results.exceljsLoadedBySizingCallers = imports.some((i) => i.exceljsLoaded);
rmSync(work, { recursive: true, force: true });

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const targets = [
  [
    'In-process sizing, shipped scenario, all 7 options (median / p95)',
    `${results.sizingDecimalMs.median.toFixed(2)} / ${results.sizingDecimalMs.p95.toFixed(2)} ms wall, ${results.sizingDecimalMs.cpuMedian.toFixed(2)} / ${results.sizingDecimalMs.cpuP95.toFixed(2)} ms CPU`,
    '≤ 2 ms',
    results.sizingDecimalMs.median <= 2,
  ],
  [
    'Same model with plain JS numbers (the floor)',
    `${results.sizingNumberMs.median.toFixed(2)} ms; decimal.js is ${results.floorRatio.toFixed(1)}× the floor`,
    '≤ 20×',
    results.floorRatio <= 20,
  ],
  [
    'compareOptions: sizing plus the full JSON result and placement (median / p95)',
    `${results.compareOptionsMs.median.toFixed(2)} / ${results.compareOptionsMs.p95.toFixed(2)} ms`,
    '(reported)',
    true,
  ],
  ...[results.sweep, results.sweepReversed].map((sweep) => [
    `100,000-scenario sweep (${sweep.variations})`,
    `${sweep.seconds.toFixed(1)} s, ${Math.round(sweep.scenariosPerSecond)} scenarios/s, ${sweep.peakRssMB.toFixed(0)} MB peak RSS`,
    '≤ 60 s, ≤ 300 MB',
    sweep.seconds <= 60 && sweep.peakRssMB <= 300,
  ]),
  [
    'CLI, process start to all four outputs written',
    `${results.cliSeconds.toFixed(2)} s`,
    '≤ 1 s',
    results.cliSeconds <= 1,
  ],
  ...(results.libreOfficeSeconds
    ? [
        [
          'LibreOffice headless full recalculation of the same workbook',
          `${results.libreOfficeSeconds.toFixed(2)} s; the CLI is ${results.cliFasterThanLibreOffice.toFixed(1)}× faster`,
          '≥ 4×',
          results.cliFasterThanLibreOffice >= 4,
        ],
      ]
    : [['LibreOffice', 'not installed: skipped', '≥ 4×', true]]),
  [
    'Library import for a caller that never writes a workbook',
    `${results.libraryImportMs.toFixed(0)} ms; exceljs loaded: ${results.exceljsLoadedBySizingCallers ? 'yes' : 'no'}`,
    'exceljs not loaded',
    !results.exceljsLoadedBySizingCallers,
  ],
];
const table = [
  '| benchmark | result | target | met |',
  '|---|---|---|---|',
  ...targets.map(([what, value, target, ok]) => `| ${what} | ${value} | ${target} | ${ok ? 'yes' : '**no**'} |`),
].join('\n');
const report = `Machine: ${machine}; ${new Date().toISOString().slice(0, 10)}\n\n${table}\n`;
console.log(report);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'latest.json'), `${JSON.stringify({ machine, ...results }, null, 2)}\n`);
writeFileSync(join(root, 'bench', 'results', 'latest.md'), report);
if (targets.some(([, , , ok]) => !ok)) process.exitCode = 1;
