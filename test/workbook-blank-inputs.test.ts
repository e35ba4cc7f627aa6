import { describe, expect, it } from 'vitest';
import { evaluateComparison } from '../src/options/compare-options.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import { mismatches, rawFromModel, recalculate } from './oracle/recalculate.js';
import { reference } from './reference.js';
import { shipped, withInputs } from './shipped.js';
import { WORKBOOK_TIMEOUT } from './timeouts.js';

// A cleared input cell is read back as the parameter's default (src/io reads the workbook as it reads a template),
// so the workbook computes with the default too: what Excel shows is what a rerun from the edited workbook writes.
describe('a blank input in the workbook reads as its default', () => {
  it(
    'every scenario input with a default, cleared in the workbook, recomputes to the engine run on the defaults',
    () => {
      const model = buildWorkbook(evaluateComparison(shipped, reference), reference);
      const hf = recalculate(rawFromModel(model));
      const inputs = hf.getSheetId('Inputs')!;
      const defaulted = reference.scenarioParameters.filter((p) => p.defaultText !== '' && p.defaultText !== 'auto');
      expect(defaulted.length).toBeGreaterThan(20);
      hf.batch(() => {
        for (const p of defaulted) {
          const address = hf.simpleCellAddressFromString(model.inputCells.get(`scenario.${p.name}`)!, inputs)!;
          hf.setCellContents(address, null);
        }
      });
      const onDefaults = withInputs(Object.fromEntries(defaulted.map((p) => [p.name, undefined])));
      const expected = buildWorkbook(evaluateComparison(onDefaults, reference), reference);
      // The Inputs sheet itself differs (the cells are blank there); every computed cell agrees.
      expect(mismatches(hf, rawFromModel(expected).cached).filter((m) => !m.startsWith('Inputs!'))).toEqual([]);
    },
    WORKBOOK_TIMEOUT,
  );
});
