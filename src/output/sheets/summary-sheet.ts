import { SUMMARY_ROWS } from '../../options/summary-rows.js';
import { periodLabel } from '../period-label.js';
import { columnLetter, SheetBuilder } from '../sheet-model.js';
import {
  SUMMARY_FIRST_COLUMN,
  SUMMARY_HEADER_ROW,
  SUMMARY_ID_ROW,
  SUMMARY_PRINT,
  summaryCharts,
  summaryRowOf,
} from '../summary-charts.js';
import { SHEETS } from '../workbook-layout.js';
import { header, modelFigure, type SheetContext, text } from './sheet-context.js';

/**
 * The Summary sheet: the options side by side, each cell a reference to the option's own sheet, and after them
 * each row's figure id (a grey note, as on the option sheets): the id of summary.csv's column, comparison.json's
 * field, the option sheet's row and `explain`.
 */
export function summarySheet(context: SheetContext): SheetBuilder {
  const { comparison, optionIds } = context.evaluated;
  const idColumn = SUMMARY_FIRST_COLUMN + optionIds.length;
  const summary = new SheetBuilder(
    SHEETS.summary,
    { rows: SUMMARY_HEADER_ROW, columns: 2 },
    SUMMARY_PRINT,
    SUMMARY_FIRST_COLUMN,
    idColumn - 1,
  );
  summary.set(1, 1, text('Exchange 2010 on vSphere: availability and recovery options compared', 'title'));
  summary.set(2, 1, { value: comparison.scenario.name, formula: context.layout.input('name'), style: 'computed' });
  header(summary, SUMMARY_ID_ROW, ['Option', '', ...comparison.options.map((o) => o.id)]);
  header(summary, SUMMARY_HEADER_ROW, ['Figure', 'Unit', ...comparison.options.map((o) => o.name), 'Id']);
  for (const row of SUMMARY_ROWS) {
    const figure = modelFigure(row.figure);
    const at = summaryRowOf(row.key);
    summary.set(at, 1, periodLabel(row.figure, row.label, context.tcoYears, context.layout.input('tco_years')));
    summary.set(at, 2, context.unitCell(figure));
    optionIds.forEach((option, c) =>
      summary.set(at, SUMMARY_FIRST_COLUMN + c, context.referenceCell(figure, { option })),
    );
    summary.set(at, idColumn, text(row.key, 'note'));
  }
  // The cheapest valid design: its total cost of ownership highlighted, valid and no valid option costing less
  // ("Design valid" holds 1 or 0, read yes or no: see flagExpr).
  const first = columnLetter(SUMMARY_FIRST_COLUMN);
  const last = columnLetter(SUMMARY_FIRST_COLUMN + optionIds.length - 1);
  const validRow = summaryRowOf('designValid');
  const tcoRow = summaryRowOf('tco');
  summary.highlights.push({
    range: `${first}${tcoRow}:${last}${tcoRow}`,
    formula: `AND(${first}$${validRow},COUNTIFS($${first}$${validRow}:$${last}$${validRow},1,$${first}$${tcoRow}:$${last}$${tcoRow},"<"&${first}${tcoRow})=0)`,
  });
  summary.charts.push(...summaryCharts(optionIds.length));
  return summary;
}
