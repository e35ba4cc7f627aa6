import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/model/input-error.js';
import { evaluateComparison } from '../src/options/compare-options.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import { writeXlsx } from '../src/output/xlsx-package.js';
import { randomScenarios } from './oracle/random-scenarios.js';
import { mismatches, rawFromModel, rawFromXlsx, recalculate } from './oracle/recalculate.js';
import { reference } from './reference.js';
import { shipped } from './shipped.js';
import { WORKBOOK_TIMEOUT } from './timeouts.js';

describe('an independent engine (HyperFormula) recalculates comparison.xlsx to the engine figures', () => {
  it(
    'the shipped templates: every formula cell of the written file',
    async () => {
      const model = buildWorkbook(evaluateComparison(shipped, reference), reference);
      const raw = await rawFromXlsx(await writeXlsx(model));
      expect(raw.cached.size).toBeGreaterThan(2000);
      expect(mismatches(recalculate(raw), raw.cached)).toEqual([]);
    },
    WORKBOOK_TIMEOUT,
  );
});

// A workbook of the packing and spreading tables takes HyperFormula about 5 s of CPU, so a run samples 12 random
// scenarios with a seed that changes every day: 84 scenarios a week, each week others (12 keeps the suite under 5
// minutes on an idle 2-core machine, issue 14). The sample is the one
// fc.assert draws with that seed, a test per scenario (each with its own timeout, however busy the machine; a
// failure names the scenario and the seed). RECALC_RUNS=130 RECALC_SEED=2010 runs the former fixed sample of more
// than 100 buildable scenarios.
const runs = Number(process.env.RECALC_RUNS ?? 12);
const seed = Number(process.env.RECALC_SEED ?? Math.floor(Date.now() / 86_400_000));

describe(`the same holds for ${runs} random scenarios (seed ${seed}; RECALC_SEED=${seed} draws them again)`, () => {
  let built = 0;
  fc.sample(randomScenarios, { numRuns: runs, seed }).forEach((inputs, index) => {
    it(
      `scenario ${index + 1} of ${runs} is an input error or recalculates to the engine figures`,
      () => {
        let model: ReturnType<typeof buildWorkbook>;
        try {
          model = buildWorkbook(evaluateComparison(inputs, reference), reference);
        } catch (error) {
          if (error instanceof InputError) return; // not buildable on this host: an input error, checked elsewhere
          throw error;
        }
        built++;
        const raw = rawFromModel(model);
        expect(mismatches(recalculate(raw), raw.cached), JSON.stringify(inputs.parameters)).toEqual([]);
      },
      WORKBOOK_TIMEOUT,
    );
  });

  it(`at least ${Math.floor(runs * 0.75)} of the ${runs} are buildable`, () => {
    expect(built).toBeGreaterThanOrEqual(Math.floor(runs * 0.75));
  });
});
