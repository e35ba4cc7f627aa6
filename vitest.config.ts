import { basename } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, longest first (idle 2-core machine; README, "Tests"): started first, they run beside
 * the many short files instead of after them, so neither worker is left with a long file at the end.
 */
const SLOWEST_FIRST = [
  'workbook-recalculation.test.ts',
  'workbook-what-if.test.ts',
  'cli.test.ts',
  'bounded-files.test.ts',
  'workbook-truth.test.ts',
  'cli-conventions.test.ts',
  'sweep.test.ts',
  'fuzz.test.ts',
  'bad-templates.test.ts',
  'crash-safe-outputs.test.ts',
  'edit-and-rerun.test.ts',
  'package-consumer.test.ts',
  'xlsx-package.test.ts',
  'design-soundness.test.ts',
  'compare-options-invariants.test.ts',
];

class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const index = SLOWEST_FIRST.indexOf(basename(spec.moduleId));
      return index < 0 ? SLOWEST_FIRST.length : index;
    };
    // The rest in vitest's own order (by the last run's durations where it has them); sort is stable.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A process per test file (child processes, worker threads and process.exitCode stay apart), two at a time:
    // vitest's default on a 2-core machine is one (cores - 1), which leaves a core idle while a test waits for the
    // CLI it started.
    pool: 'forks',
    maxWorkers: 2,
    // Tests that start a process or write a workbook set their own timeouts, generous for a loaded machine; these
    // are for the rest, and hold for `npx vitest run test/<file>` as for `npm test`.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    sequence: { sequencer: SlowestFirst },
  },
});
