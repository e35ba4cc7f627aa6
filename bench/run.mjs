// npm run bench: the benchmarks of the performance targets. Prints progress on stderr and the table on stdout;
// `npm run bench -- --save` also writes bench/results/ (tracked files: never rewritten unless asked),
// `--only sizing,scaling,sweeps,cli,import` runs some of the groups (cli includes LibreOffice where installed;
// cost-sweeps and sizing-sweeps are the two halves of sweeps), and
// `--sweep-scenarios N` runs about N scenarios of each 100,000-scenario sweep (the mailbox counts spread over their
// whole range) and extrapolates to 100,000, labelled so: the machine is shared, a full sweep takes minutes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sizeAllOptions } from './size-all-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const save = argv.includes('--save');
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set((argv[onlyAt + 1] ?? '').split(',')) : undefined;
const runs = (group) => !only || only.has(group);
const sampleAt = argv.indexOf('--sweep-scenarios');
const sweepSample = sampleAt >= 0 ? Number(argv[sampleAt + 1]) : undefined;
if (sweepSample !== undefined && !(Number.isInteger(sweepSample) && sweepSample >= 1000))
  throw new Error('--sweep-scenarios takes a whole number of scenarios, at least 1000');
const progress = (what) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${what}`);
const dist = (path) => join(root, 'dist', path);
const { readReferenceData, readTemplates, compareOptions, numberCalculator, decimalCalculator } = await import(
  dist('index.js')
);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];
const results = {};

// 1-2. In-process sizing of the shipped scenario for all options, with decimal.js and with plain numbers.
const reference = readReferenceData();
const inputs = readTemplates(reference);
const optionRows = reference.tables.get('options').rows;
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
  progress('scaling: 1e5 to 1e7 mailboxes, 1 to 1,000 tiers (compareOptions)');
  results.scalingMailboxes = [1e5, 1e6, 1e7].map((mailboxes) => ({
    mailboxes,
    ms: cpuMs(() => compareOptions({ ...inputs, tiers: [{ ...staff, mailboxes }] }, reference)),
  }));
  results.scalingTiers = [1, 10, 100, 1000].map((count) => ({
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
/** How a cost grows against n log n, at its worst step from one size to the next: at most 1 is n log n or better (log of at least 2, so a size of 1 counts). */
const growthAgainstNLogN = (rows, key, cost = 'ms') =>
  Math.max(
    ...rows.slice(1).map((last, i) => {
      const first = rows[i];
      const nLogN = (n) => n * Math.log(Math.max(2, n));
      return last[cost] / first[cost] / (nLogN(last[key]) / nLogN(first[key]));
    }),
  );

const work = mkdtempSync(join(tmpdir(), 'sizer-bench-'));
// GNU time reports a child's CPU time and peak memory (its own and its waited-for children's: LibreOffice's soffice.bin).
const gnuTime = spawnSync('/usr/bin/time', ['-f', '%e', 'true']).status === 0 ? '/usr/bin/time' : undefined;
/** A command run to its end: wall seconds, and where GNU time is installed its CPU seconds and peak resident MB. */
function timed(command, args) {
  const report = join(work, 'time.txt');
  const started = performance.now();
  const run = gnuTime
    ? spawnSync(gnuTime, ['-o', report, '-f', '%U %S %M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  if (!gnuTime) return { seconds };
  const [user, system, maxRssKB] = readFileSync(report, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { seconds, cpuSeconds: user + system, peakRssMB: maxRssKB / 1024 };
}
const medianOf = (samples, key) => median(samples.map((s) => s[key]));
/** The templates with the first tier's mailboxes set to `mailboxes` less the shipped second tier's 500. */
function templatesWith(mailboxes) {
  const folder = join(work, `templates-${mailboxes}`);
  cpSync(join(root, 'templates'), folder, { recursive: true });
  const tiersFile = join(folder, 'mailbox-tiers.csv');
  writeFileSync(tiersFile, readFileSync(tiersFile, 'utf8').replace(/^Staff,16000,/m, `Staff,${mailboxes - 500},`));
  return folder;
}
const cliSize = (templates, out) =>
  timed(process.execPath, [dist('cli/main.js'), 'size', '--templates', templates, '--force', '--out', join(work, out)]);
if (runs('scaling')) {
  // The command a user runs, every output written (workbook, CSVs, JSON, the deployable plan): CPU as the design grows.
  progress('scaling: the CLI on 1e5, 1e6 and 1e7 mailboxes, three runs each');
  results.scalingCli = [1e5, 1e6, 1e7].map((mailboxes) => {
    const templates = templatesWith(mailboxes);
    const samples = [1, 2, 3].map(() => cliSize(templates, `out-${mailboxes}`));
    progress(`  ${mailboxes} mailboxes: ${samples.map((x) => `${x.seconds.toFixed(1)} s`).join(', ')}`);
    return {
      mailboxes,
      seconds: medianOf(samples, 'seconds'),
      secondsWorst: Math.max(...samples.map((x) => x.seconds)),
      cpuSeconds: gnuTime ? medianOf(samples, 'cpuSeconds') : undefined,
      peakRssMB: gnuTime ? Math.max(...samples.map((x) => x.peakRssMB)) : undefined,
    };
  });
}

// 3. 100,000-scenario sweeps from the CLI: wall and CPU seconds (every worker thread), scenarios per second, peak memory.
const optionCount = reference.tables.get('options').rows.length;
/** A variation with its values thinned to about `keep`, spread over its range: `from..to/step` with a larger step. */
function thinned(variation, keep) {
  const [, name, from, to, step] = /^(\w+)=(\d+)\.\.(\d+)\/(\d+)$/
    .exec(variation)
    .map((v, i) => (i > 1 ? Number(v) : v));
  const values = Math.floor((to - from) / step) + 1;
  let stride = 1;
  while (Math.floor((to - from) / (step * stride)) + 1 > keep) stride++;
  return {
    text: `${name}=${from}..${to}/${step * stride}`,
    fraction: (Math.floor((to - from) / (step * stride)) + 1) / values,
  };
}
/** One sweep in its own process, the --vary flags in the order given, `workers` worker threads. */
function runSweep(order, workers) {
  const full = 100000;
  // A sample: the mailbox counts thinned, every other variation whole, so each scenario costs as in the full sweep.
  let fraction = 1;
  const flags = order.map((v) => {
    if (sweepSample === undefined || !v.startsWith('mailboxes=')) return v;
    const thin = thinned(v, Math.max(1, Math.round((100 * sweepSample) / full)));
    fraction = thin.fraction;
    return thin.text;
  });
  const scenarios = Math.round(full * fraction);
  const args = flags.flatMap((v) => ['--vary', v]);
  const script = `
const started = performance.now();
process.argv = [process.execPath, 'exchange-sizer', 'sweep', ${args.map((a) => JSON.stringify(a)).join(', ')}, '--workers', '${workers}', '--out', ${JSON.stringify(join(work, 'sweep.csv'))}, '--force'];
await import(${JSON.stringify(dist('cli/main.js'))});
process.on('exit', () => { const cpu = process.cpuUsage(); console.error(JSON.stringify({ seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMB: process.resourceUsage().maxRSS / 1024 })); });
`;
  writeFileSync(join(work, 'sweep.mjs'), script);
  progress(`  sweep of ${scenarios} scenarios, ${workers} worker(s): ${flags.join(' ')}`);
  const run = spawnSync(process.execPath, [join(work, 'sweep.mjs')], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`the sweep failed: ${run.stderr}`);
  const lines = readFileSync(join(work, 'sweep.csv'), 'utf8').split('\r\n').length - 2;
  if (lines !== scenarios * optionCount)
    throw new Error(`the sweep wrote ${lines} rows, not ${scenarios} scenarios × ${optionCount} options`);
  // Process CPU time counts every thread: the workers' and the main thread's.
  const stats = JSON.parse(run.stderr.trim().split('\n').pop());
  const scale = full / scenarios;
  progress(
    `  ${scenarios} scenarios: ${stats.seconds.toFixed(1)} s wall, ${stats.cpuSeconds.toFixed(1)} s CPU, ${stats.maxRssMB.toFixed(0)} MB peak`,
  );
  return {
    scenarios,
    extrapolatedFrom: scenarios < full ? scenarios : undefined,
    workers,
    seconds: stats.seconds * scale,
    cpuSeconds: stats.cpuSeconds * scale,
    scenariosPerSecond: scenarios / stats.seconds,
    peakRssMB: stats.maxRssMB,
    variations: order.join(' '),
  };
}
if (runs('sweeps') || runs('cost-sweeps')) {
  // The flags in the issue's order, then reversed: the sweep nests its loops itself, so both should take as long.
  progress('100,000-scenario sweep, then the same flags reversed');
  const costs = [
    'mailboxes=1000..100000/1000',
    'messages_per_day=50..500/50',
    'host_cores_per_socket=4..12/2',
    'dag_copies=2..5/1',
    'tco_years=1..5/1',
  ];
  results.sweep = runSweep(costs, 1);
  results.sweepReversed = runSweep([...costs].reverse(), 1);
}
if (runs('sweeps') || runs('sizing-sweeps')) {
  // A sweep that changes the sizing at every step (issue 16): nothing is reused from one scenario to the next.
  progress('100,000-scenario sweep that varies the sizing at every step, one worker then two');
  const sizing = [
    'mailboxes=1000..100000/1000',
    'messages_per_day=50..500/50',
    'mailbox_quota_mb=1024..10240/1024',
    'host_ram_gb=32..320/32',
  ];
  results.sweepSizing = runSweep(sizing, 1);
  results.sweepSizingTwoWorkers = runSweep(sizing, 2);
}

// 4. The CLI from process start to every output written, on the shipped templates; LibreOffice's headless full
// recalculation of the same workbook as the spreadsheet peer, timed in alternating pairs (CLI, LibreOffice, CLI, ...)
// so both see the same machine: the median ratio and the worst pair.
const sizeShipped = () => cliSize(join(root, 'templates'), 'out');
/** LibreOffice recalculating the workbook as it loads it (OOXMLRecalcMode 0 = always), in a warm profile of its own. */
function libreOffice() {
  if (spawnSync('soffice', ['--version']).status !== 0) return undefined;
  const profile = join(work, 'lo-profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>',
  );
  return (i) =>
    timed('soffice', [
      '--headless',
      `-env:UserInstallation=file://${profile}`,
      '--convert-to',
      'xlsx',
      '--outdir',
      join(work, `lo-${i}`),
      join(work, 'out', 'comparison.xlsx'),
    ]);
}
if (runs('cli')) {
  progress('the CLI on the shipped templates, and LibreOffice in alternating pairs');
  sizeShipped(); // untimed: the workbook LibreOffice opens, and warm caches
  const convert = libreOffice();
  convert?.('warm-up'); // untimed: LibreOffice's one-off profile creation
  const pairs = [1, 2, 3, 4, 5].map((i) => {
    const cli = sizeShipped();
    const lo = convert?.(i);
    progress(`  pair ${i}: CLI ${cli.seconds.toFixed(2)} s${lo ? `, LibreOffice ${lo.seconds.toFixed(2)} s` : ''}`);
    return { cli, libreOffice: lo };
  });
  results.cliSeconds = median(pairs.map((p) => p.cli.seconds));
  results.cliCpuSeconds = gnuTime ? median(pairs.map((p) => p.cli.cpuSeconds)) : undefined;
  if (convert) {
    const ratios = pairs.map((p) => p.libreOffice.seconds / p.cli.seconds);
    results.libreOfficeSeconds = median(pairs.map((p) => p.libreOffice.seconds));
    results.libreOfficeCpuSeconds = gnuTime ? median(pairs.map((p) => p.libreOffice.cpuSeconds)) : undefined;
    results.cliFasterThanLibreOffice = median(ratios);
    results.cliFasterThanLibreOfficeWorstPair = Math.min(...ratios);
    results.pairs = pairs.map((p) => ({ cli: p.cli.seconds, libreOffice: p.libreOffice.seconds }));
  }
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
const cpuText = (seconds) => (seconds === undefined ? '' : `, ${seconds.toFixed(2)} s CPU`);
const ms = (t) =>
  `${t.median.toFixed(2)} / ${t.p95.toFixed(2)} ms wall, ${t.cpuMedian.toFixed(2)} / ${t.cpuP95.toFixed(2)} ms CPU`;
const sweepRow = (sweep) =>
  row(
    `100,000-scenario sweep, ${sweep.workers} worker${sweep.workers > 1 ? 's' : ''} (${sweep.variations})` +
      (sweep.extrapolatedFrom
        ? ` — **extrapolated** from ${sweep.extrapolatedFrom} scenarios (mailboxes thinned over their range)`
        : ''),
    `${sweep.seconds.toFixed(1)} s wall, ${sweep.cpuSeconds.toFixed(1)} s CPU, ${Math.round(sweep.scenariosPerSecond)} scenarios/s, ${sweep.peakRssMB.toFixed(0)} MB peak RSS${sweep.extrapolatedFrom ? ' (of the sample)' : ''}`,
    '≤ 60 s, ≤ 300 MB',
    sweep.seconds <= 60 && sweep.peakRssMB <= 300,
  );
const targets = [
  ...(results.sizingDecimalMs
    ? [
        ...row(
          `In-process sizing, shipped scenario, all ${optionRows.length} options (median / p95)`,
          ms(results.sizingDecimalMs),
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
          'compareOptions as a whole: every option sized, priced, placed and checked, the JSON result (median / p95)',
          ms(results.compareOptionsMs),
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
          'compareOptions CPU, 1 / 10 / 100 / 1,000 tiers (100,000 mailboxes)',
          `${results.scalingTiers.map((r) => `${r.ms.toFixed(0)} ms`).join(' / ')}; ${growthAgainstNLogN(results.scalingTiers, 'tiers').toFixed(2)} × n log n`,
          '≤ 1 × n log n',
          growthAgainstNLogN(results.scalingTiers, 'tiers') <= 1,
        ),
        ...(results.scalingCli[0].cpuSeconds !== undefined
          ? row(
              'CLI `size` CPU, 1e5 / 1e6 / 1e7 mailboxes, every output written (median of 3)',
              `${results.scalingCli.map((r) => `${r.cpuSeconds.toFixed(2)} s`).join(' / ')}; ${growthAgainstNLogN(results.scalingCli, 'mailboxes', 'cpuSeconds').toFixed(2)} × n log n; peak ${results.scalingCli.map((r) => `${r.peakRssMB.toFixed(0)}`).join(' / ')} MB`,
              '≤ 1 × n log n',
              growthAgainstNLogN(results.scalingCli, 'mailboxes', 'cpuSeconds') <= 1,
            )
          : []),
        ...row(
          'CLI `size` on 10 million mailboxes, every output written (median of 3; worst)',
          `${results.scalingCli[2].seconds.toFixed(2)} s wall (worst ${results.scalingCli[2].secondsWorst.toFixed(2)} s)${cpuText(results.scalingCli[2].cpuSeconds)}`,
          '≤ 5 s',
          results.scalingCli[2].seconds <= 5,
        ),
      ]
    : []),
  ...[results.sweep, results.sweepReversed, results.sweepSizing, results.sweepSizingTwoWorkers].flatMap((sweep) =>
    sweep ? sweepRow(sweep) : [],
  ),
  ...(results.sweepSizing && results.sweepSizingTwoWorkers
    ? row(
        'The sizing sweep: two workers against one',
        `${(results.sweepSizing.seconds / results.sweepSizingTwoWorkers.seconds).toFixed(2)}× faster wall, ${(results.sweepSizingTwoWorkers.cpuSeconds / results.sweepSizing.cpuSeconds).toFixed(2)}× the CPU`,
        'faster',
        results.sweepSizingTwoWorkers.seconds < results.sweepSizing.seconds,
      )
    : []),
  ...(results.cliSeconds
    ? [
        ...row(
          'CLI `size`, shipped templates, process start to every output written (median of 5)',
          `${results.cliSeconds.toFixed(2)} s wall${cpuText(results.cliCpuSeconds)}`,
          '≤ 1 s',
          results.cliSeconds <= 1,
        ),
        ...(results.libreOfficeSeconds
          ? row(
              'LibreOffice headless full recalculation of the same workbook, in 5 alternating pairs with the CLI',
              `${results.libreOfficeSeconds.toFixed(2)} s wall${cpuText(results.libreOfficeCpuSeconds)}; the CLI is ${results.cliFasterThanLibreOffice.toFixed(1)}× faster (median pair), ${results.cliFasterThanLibreOfficeWorstPair.toFixed(1)}× in the worst pair`,
              '≥ 4× median, ≥ 3× worst pair',
              results.cliFasterThanLibreOffice >= 4 && results.cliFasterThanLibreOfficeWorstPair >= 3,
            )
          : row('LibreOffice', 'not installed: skipped', '≥ 4×', true)),
      ]
    : []),
  ...(results.libraryImportMs !== undefined
    ? row(
        'Library import in a fresh process, for a caller that never writes a workbook (median of 5)',
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
