import type { ReferenceData } from '../model/reference-data.js';
import type { EvaluatedComparison } from '../options/compare-options.js';
import { optionLayouts } from '../plan/option-layout.js';
import type { WorkbookModel } from './sheet-model.js';
import { assumptionsSheet } from './sheets/assumptions-sheet.js';
import { inputsSheet } from './sheets/inputs-sheet.js';
import { layoutSheet } from './sheets/layout-sheet.js';
import { licencesSheet } from './sheets/licences-sheet.js';
import { listSheet } from './sheets/list-sheet.js';
import { networkSheet } from './sheets/network-sheet.js';
import { optionSheet } from './sheets/option-sheet.js';
import { sheetContext } from './sheets/sheet-context.js';
import { sizingSheet } from './sheets/sizing-sheet.js';
import { summarySheet } from './sheets/summary-sheet.js';

/**
 * Builds the neutral model of comparison.xlsx: live formulas with the engine's values cached, one builder per sheet kind.
 *
 * @example
 * const model = buildWorkbook(evaluateComparison(inputs, reference), reference);
 * writeFileSync('comparison.xlsx', writeXlsx(model));
 */
export function buildWorkbook(evaluated: EvaluatedComparison, reference: ReferenceData): WorkbookModel {
  const context = sheetContext(evaluated, reference);
  const inputs = inputsSheet(context);
  const assumptions = assumptionsSheet(context);
  const sheets = [
    summarySheet(context),
    inputs.sheet,
    sizingSheet(context),
    listSheet(context, 'tier'),
    listSheet(context, 'workload'),
    ...evaluated.optionIds.map((option) => optionSheet(context, option)),
    networkSheet(context),
    licencesSheet(context),
    layoutSheet(optionLayouts(evaluated, reference.tables.get('options')?.rows ?? [])),
    assumptions.sheet,
  ];
  return {
    sheets: sheets.map((s) => s.build()),
    definedNames: new Map([...inputs.definedNames, ...assumptions.definedNames]),
    inputCells: inputs.inputCells,
    optionCount: evaluated.optionIds.length,
  };
}
