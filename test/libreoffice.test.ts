import { describe, expect, it } from 'vitest';
import { evaluateComparison } from '../src/options/compare-options.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import { writeXlsx } from '../src/output/xlsx-adapter.js';
import { convertWithLibreOffice, hasLibreOffice } from './oracle/libreoffice.js';
import { cachedDisagreements, rawFromModel, rawFromXlsx } from './oracle/recalculate.js';
import { reference } from './reference.js';
import { shipped } from './shipped.js';

// `npm run verify:libreoffice` sets VERIFY_LIBREOFFICE=1: then a missing LibreOffice is a failure.
const required = process.env.VERIFY_LIBREOFFICE === '1';

describe('a second opinion from LibreOffice', () => {
  it.runIf(hasLibreOffice() || required)('LibreOffice recalculates the shipped workbook to the engine figures', async () => {
    const model = buildWorkbook(evaluateComparison(shipped, reference), reference);
    const engine = rawFromModel(model);
    const recalculated = await rawFromXlsx(convertWithLibreOffice(await writeXlsx(model), 'xlsx'));
    const differences = cachedDisagreements(engine.cached, recalculated.cached);
    console.log(`LibreOffice recalculated ${engine.cached.size} formula cells; ${differences.length} differ from the engine${differences.length ? `:\n${differences.join('\n')}` : '.'}`);
    expect(differences).toEqual([]);
  }, 240_000);
});
