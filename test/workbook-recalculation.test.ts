import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/model/input-error.js';
import { evaluateComparison } from '../src/options/compare-options.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import { writeXlsx } from '../src/output/xlsx-package.js';
import { mismatches, rawFromModel, rawFromXlsx, recalculate } from './oracle/recalculate.js';
import { randomScenarios } from './oracle/random-scenarios.js';
import { reference } from './reference.js';
import { shipped } from './shipped.js';

describe('an independent engine (HyperFormula) recalculates comparison.xlsx to the engine figures', () => {
  it('the shipped templates: every formula cell of the written file', async () => {
    const model = buildWorkbook(evaluateComparison(shipped, reference), reference);
    const raw = await rawFromXlsx(await writeXlsx(model));
    expect(raw.cached.size).toBeGreaterThan(2000);
    expect(mismatches(recalculate(raw), raw.cached)).toEqual([]);
  }, 60_000);
});

describe('the same holds for random scenarios', () => {
  it('at least 100 random buildable scenarios recalculate to the engine figures', () => {
    let built = 0;
    fc.assert(
      fc.property(randomScenarios, (inputs) => {
        let model;
        try {
          model = buildWorkbook(evaluateComparison(inputs, reference), reference);
        } catch (error) {
          if (error instanceof InputError) return; // not buildable on this host: an input error, checked elsewhere
          throw error;
        }
        built++;
        const raw = rawFromModel(model);
        expect(mismatches(recalculate(raw), raw.cached)).toEqual([]);
      }),
      { numRuns: 130, seed: 2010 },
    );
    expect(built).toBeGreaterThanOrEqual(100);
  }, 300_000);
});
