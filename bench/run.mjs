// npm run bench: the benchmarks of the performance targets. Prints progress on stderr and the table on stdout;
// `npm run bench -- --save` also writes bench/results/ (tracked files: never rewritten unless asked), and
// `--only sizing,scaling,sweeps,cli,import` runs some of the groups (cli includes LibreOffice where installed).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const save = argv.includes('--save');
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set((argv[onlyAt + 1] ?? '').split(',')) : undefined;
const runs = (group) => !only || only.has(group);
const progress = (what) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${what}`);
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
if (runs('sizing')) {
  progress('in-process sizing, decimal.js and plain numbers; compareOptions');
  results.sizingDecimalMs = time(() => sizeAllOptions(decimalCalculator), 400);
  results.sizingNumberMs = time(() => sizeAllOptions(numberCalculator), 400);
  results.floorRatio = results.sizingDecimalMs.median / results.sizingNumberMs.median;
  results.compareOptionsMs = time(() => compareOptions(inputs, reference), 200);
}

// Scaling: compareOptions as the design grows, in mailboxes (one tier) and in tiers (100,000 mailboxes in all).
/** Milliseconds of CPU, the median of three runs after one untimed. */
function cpuMs(run) {
  run();
  const samples = [1, 2, 3].map(() => {
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  });
  return median(samples);
}
const staff = inputs.tiers[0];
if (runs('scaling')) {
  progress('scaling: 1e5 to 1e7 mailboxes, 10 to 1,000 tiers');
  results.scalingMailboxes = [1e5, 1e6, 1e7].map((mailboxes) => ({
    mailboxes,
    ms: cpuMs(() => compareOptions({ ...inputs, tiers: [{ ...staff, mailboxes }] }, reference)),
  }));
  results.scalingTiers = [10, 100, 1000].map((count) => ({
    tiers: count,
    ms: cpuMs(() =>
      compareOptions(
        {
          ...inputs,
          tiers: Array.from({ length: count }, (_, i) => ({ ...staff, tier: `t${i + 1}`, mailboxes: 100000 / count })),
        },
        reference,
      ),
    ),
  }));
}
/** How a cost grows against n log n, at its worst step from one size to the next: at most 1 is n log n or better. */
const growthAgainstNLogN = (rows, key) =>
  Math.max(
    ...rows.slice(1).map((last, i) => {
      const first = rows[i];
      const bound = (last[key] * Math.log(last[key])) / (first[key] * Math.log(first[key]));
      return last.ms / first.ms / bound;
    }),
  );

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
process.on('exit', () => { const cpu = process.cpuUsage(); console.error(JSON.stringify({ seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMB: process.resourceUsage().maxRSS / 1024 })); });
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
    cpuSeconds: stats.cpuSeconds,
    scenariosPerSecond: 100000 / stats.seconds,
    peakRssMB: stats.maxRssMB,
    variations: order.join(' '),
  };
}
if (runs('sweeps')) {
  // The flags in the issue's order, then reversed: the sweep nests its loops itself, so both should take as long.
  progress('100,000-scenario sweep, then the same flags reversed');
  results.sweep = runSweep(variations);
  results.sweepReversed = runSweep([...variations].reverse());
  // A sweep that changes the sizing at every step (issue 16): nothing is reused from one scenario to the next.
  progress('100,000-scenario sweep that varies the sizing at every step');
  results.sweepSizing = runSweep([
    'mailboxes=1000..100000/1000',
    'messages_per_day=50..500/50',
    'mailbox_quota_mb=1024..10240/1024',
    'host_ram_gb=32..320/32',
  ]);
}

// 4. The CLI from process start to every output written, on the shipped templates; LibreOffice's headless full
// recalculation of the same workbook as the spreadsheet peer, timed in alternating pairs (CLI, LibreOffice, CLI, ...)
// so both see the same machine: the median ratio and the worst pair.
const runCli = (args) => {
  const started = performance.now();
  const run = spawnSync(process.execPath, [dist('cli/main.js'), ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return (performance.now() - started) / 1000;
};
const sizeShipped = () => runCli(['size', '--force', '--out', join(work, 'out')]);
/** LibreOffice recalculating the workbook as it loads it (OOXMLRecalcMode 0 = always), in a warm profile of its own. */
function libreOffice() {
  if (spawnSync('soffice', ['--version']).status !== 0) return undefined;
  const profile = join(work, 'lo-profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>',
  );
  return (i) => {
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
    return (performance.now() - started) / 1000;
  };
}
if (runs('cli')) {
  progress('the CLI on the shipped templates, and LibreOffice in alternating pairs');
  sizeShipped(); // untimed: the workbook LibreOffice opens, and warm caches
  const convert = libreOffice();
  convert?.('warm-up'); // untimed: LibreOffice's one-off profile creation
  const pairs = [1, 2, 3, 4, 5].map((i) => {
    const cli = sizeShipped();
    return { cli, libreOffice: convert?.(i) };
  });
  results.cliSeconds = median(pairs.map((p) => p.cli));
  if (convert) {
    const ratios = pairs.map((p) => p.libreOffice / p.cli);
    results.libreOfficeSeconds = median(pairs.map((p) => p.libreOffice));
    results.cliFasterThanLibreOffice = median(ratios);
    results.cliFasterThanLibreOfficeWorstPair = Math.min(...ratios);
  }
  // 10 million mailboxes from the command line, every output written (issue 16: under 5 s).
  progress('the CLI on 10 million mailboxes');
  const large = join(work, 'templates-1e7');
  cpSync(join(root, 'templates'), large, { recursive: true });
  const tiersFile = join(large, 'mailbox-tiers.csv');
  writeFileSync(tiersFile, readFileSync(tiersFile, 'utf8').replace(/^Staff,16000,/m, 'Staff,9999500,'));
  results.cliTenMillionSeconds = median(
    [1, 2, 3].map(() => runCli(['size', '--templates', large, '--force', '--out', join(work, 'out-1e7')])),
  );
}

// 5. The library entry point for a caller that never writes a workbook: import time in a fresh process, and no exceljs.
const importScript = `
import { createRequire } from 'node:module';
const started = performance.now();
await import(${JSON.stringify(dist('index.js'))});
const ms = performance.now() - started;
const loaded = Object.keys(createRequire(import.meta.url).cache).some((p) => p.includes('/exceljs/'));
console.log(JSON.stringify({ ms, exceljsLoaded: loaded }));
`;
if (runs('import')) {
  progress('the library import in a fresh process');
  const imports = Array.from({ length: 5 }, () =>
    JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', importScript], { encoding: 'utf8' }).stdout),
  );
  results.libraryImportMs = median(imports.map((i) => i.ms));
  results.exceljsLoadedBySizingCallers = imports.some((i) => i.exceljsLoaded);
}
rmSync(work, { recursive: true, force: true });

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const row = (what, value, target, met) => [[what, value, target, met]];
const targets = [
  ...(results.sizingDecimalMs
    ? [
        ...row(
          'In-process sizing, shipped scenario, all 7 options (median / p95)',
          `${results.sizingDecimalMs.median.toFixed(2)} / ${results.sizingDecimalMs.p95.toFixed(2)} ms wall, ${results.sizingDecimalMs.cpuMedian.toFixed(2)} / ${results.sizingDecimalMs.cpuP95.toFixed(2)} ms CPU`,
          '≤ 2 ms',
          results.sizingDecimalMs.median <= 2,
        ),
        ...row(
          'Same model with plain JS numbers (the floor)',
          `${results.sizingNumberMs.median.toFixed(2)} ms; decimal.js is ${results.floorRatio.toFixed(1)}× the floor`,
          '≤ 20×',
          results.floorRatio <= 20,
        ),
        ...row(
          'compareOptions: sizing plus the full JSON result and placement (median / p95)',
          `${results.compareOptionsMs.median.toFixed(2)} / ${results.compareOptionsMs.p95.toFixed(2)} ms`,
          '(reported)',
          true,
        ),
      ]
    : []),
  ...(results.scalingMailboxes
    ? [
        ...row(
          'compareOptions CPU, 1e5 / 1e6 / 1e7 mailboxes in one tier',
          `${results.scalingMailboxes.map((r) => `${r.ms.toFixed(0)} ms`).join(' / ')}; ${growthAgainstNLogN(results.scalingMailboxes, 'mailboxes').toFixed(2)} × n log n`,
          '≤ 1 × n log n',
          growthAgainstNLogN(results.scalingMailboxes, 'mailboxes') <= 1,
        ),
        ...row(
          'compareOptions CPU, 10 / 100 / 1,000 tiers (100,000 mailboxes)',
          `${results.scalingTiers.map((r) => `${r.ms.toFixed(0)} ms`).join(' / ')}; ${growthAgainstNLogN(results.scalingTiers, 'tiers').toFixed(2)} × n log n`,
          '≤ 1 × n log n',
          growthAgainstNLogN(results.scalingTiers, 'tiers') <= 1,
        ),
      ]
    : []),
  ...[results.sweep, results.sweepReversed, results.sweepSizing].flatMap((sweep) =>
    sweep
      ? row(
          `100,000-scenario sweep (${sweep.variations})`,
          `${sweep.seconds.toFixed(1)} s wall, ${sweep.cpuSeconds.toFixed(1)} s CPU, ${Math.round(sweep.scenariosPerSecond)} scenarios/s, ${sweep.peakRssMB.toFixed(0)} MB peak RSS`,
          '≤ 60 s, ≤ 300 MB',
          sweep.seconds <= 60 && sweep.peakRssMB <= 300,
        )
      : [],
  ),
  ...(results.cliSeconds
    ? [
        ...row(
          'CLI, process start to all four outputs written',
          `${results.cliSeconds.toFixed(2)} s`,
          '≤ 1 s',
          results.cliSeconds <= 1,
        ),
        ...(results.libreOfficeSeconds
          ? row(
              'LibreOffice headless full recalculation of the same workbook, in alternating pairs with the CLI',
              `${results.libreOfficeSeconds.toFixed(2)} s; the CLI is ${results.cliFasterThanLibreOffice.toFixed(1)}× faster (median), ${results.cliFasterThanLibreOfficeWorstPair.toFixed(1)}× in the worst pair`,
              '≥ 4× median, ≥ 3× worst pair',
              results.cliFasterThanLibreOffice >= 4 && results.cliFasterThanLibreOfficeWorstPair >= 3,
            )
          : row('LibreOffice', 'not installed: skipped', '≥ 4×', true)),
        ...row(
          'CLI on 10 million mailboxes, all four outputs written',
          `${results.cliTenMillionSeconds.toFixed(2)} s`,
          '≤ 5 s',
          results.cliTenMillionSeconds <= 5,
        ),
      ]
    : []),
  ...(results.libraryImportMs !== undefined
    ? row(
        'Library import in a fresh process, for a caller that never writes a workbook',
        `${results.libraryImportMs.toFixed(0)} ms; exceljs loaded: ${results.exceljsLoadedBySizingCallers ? 'yes' : 'no'}`,
        'exceljs not loaded',
        !results.exceljsLoadedBySizingCallers,
      )
    : []),
];
const table = [
  '| benchmark | result | target | met |',
  '|---|---|---|---|',
  ...targets.map(([what, value, target, ok]) => `| ${what} | ${value} | ${target} | ${ok ? 'yes' : '**no**'} |`),
].join('\n');
const report = `Machine: ${machine}; ${new Date().toISOString().slice(0, 10)}\n\n${table}\n`;
console.log(report);
if (save) {
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', 'latest.json'), `${JSON.stringify({ machine, ...results }, null, 2)}\n`);
  writeFileSync(join(root, 'bench', 'results', 'latest.md'), report);
  progress('saved bench/results/latest.json and latest.md');
}
if (targets.some(([, , , ok]) => !ok)) process.exitCode = 1;
