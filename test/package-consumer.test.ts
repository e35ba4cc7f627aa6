import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryDirectory } from './cli.js';
import { PROCESS_TIMEOUT } from './timeouts.js';

const ROOT = join(import.meta.dirname, '..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** What a caller writes: the public API, its types, and typos that must not compile. */
const CONSUMER = `import { compareOptions, readReferenceData, readTemplates, type Comparison, type OptionId, type OptionResult, type ScenarioInputs, type ScenarioParameters } from 'exchange-vsphere-sizer';
import type * as Workbook from 'exchange-vsphere-sizer/workbook';

const reference = readReferenceData();
const shipped: ScenarioInputs = readTemplates(reference);
const parameters: ScenarioParameters = { ...shipped.parameters, dag_copies: 2, mailbox_server_failures: 1 };
const wanted: readonly OptionId[] = ['dag', 'dag-ha'];
const comparison: Comparison = compareOptions({ ...shipped, parameters }, reference, { options: wanted });
const summary = (o: OptionResult) => [o.id, o.valid, o.cost.tco, o.mailbox.databaseCopiesInSite, o.storage.totalTB];
process.stdout.write(JSON.stringify(comparison.options.map(summary)));

export const typos = (workbook: typeof Workbook) => {
  // @ts-expect-error a misspelt option id
  compareOptions(shipped, reference, { options: ['dag-hha'] });
  // @ts-expect-error a misspelt scenario parameter
  const misspelt: ScenarioParameters = { dag_copise: 3 };
  // @ts-expect-error a misspelt mailbox figure
  const figure = (o: OptionResult) => o.mailbox.vcpus;
  return [workbook, misspelt, figure];
};
`;

function run(command: string, args: readonly string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, stdout: result.stdout };
}

describe('the npm package, as a caller installs it', () => {
  it(
    'packs without source maps, and its .d.ts compile in a strict nodenext consumer that then runs',
    () => {
      const work = temporaryDirectory('sizer-pack-');
      // dist/ is built first (npm test builds before the suite), so the pack skips the prepare build.
      const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
      expect(pack.status, pack.output).toBe(0);
      const [{ filename, files }] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[] }];
      const paths = files.map((f) => f.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'LICENSE',
          'CHANGELOG.md',
          'README.md',
          'package.json',
          'dist/index.js',
          'dist/index.d.ts',
          'data/options.csv',
          'templates/scenario.csv',
        ]),
      );
      expect(
        paths.filter((p) => p.endsWith('.map')),
        'source maps without their sources',
      ).toEqual([]);

      // npm install --offline cannot fetch the dependencies on a machine without their tarballs in the
      // npm cache, so the package is placed as npm would place it and its dependencies are the repo's.
      const consumer = join(work, 'consumer');
      const installed = join(consumer, 'node_modules', 'exchange-vsphere-sizer');
      mkdirSync(installed, { recursive: true });
      expect(run('tar', ['-xzf', join(work, filename), '-C', installed, '--strip-components=1'], work).status).toBe(0);
      symlinkSync(join(ROOT, 'node_modules'), join(installed, 'node_modules'), 'dir');
      mkdirSync(join(consumer, 'node_modules', '@types'));
      symlinkSync(
        join(ROOT, 'node_modules', '@types', 'node'),
        join(consumer, 'node_modules', '@types', 'node'),
        'dir',
      );
      writeFileSync(
        join(consumer, 'package.json'),
        JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }),
      );
      writeFileSync(join(consumer, 'index.ts'), CONSUMER);

      // A Node caller's types (Buffer, node:fs in the .d.ts): TypeScript 6 includes no @types unless named.
      const strict = [
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--types',
        'node',
      ];
      const compile = run(process.execPath, [TSC, ...strict, '--noEmit', 'index.ts'], consumer);
      expect(compile.status, compile.output).toBe(0);
      const emit = run(process.execPath, [TSC, ...strict, '--outDir', 'out', 'index.ts'], consumer);
      expect(emit.status, emit.output).toBe(0);
      const start = run(process.execPath, [join('out', 'index.js')], consumer);
      expect(start.status, start.output).toBe(0);
      expect((JSON.parse(start.stdout) as unknown[][]).map((o) => o.slice(0, 2))).toEqual([
        ['dag', true],
        ['dag-ha', true],
      ]);
    },
    2 * PROCESS_TIMEOUT,
  ); // npm pack and two runs of tsc
});
