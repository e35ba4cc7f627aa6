import type { Figure } from '../../expr/figure.js';
import type { Value } from '../../expr/value.js';
import { optionsModel } from '../../options/options-model.js';
import { periodLabel } from '../period-label.js';
import { type CellModel, SheetBuilder } from '../sheet-model.js';
import { cellValue, header, type SheetContext, text } from './sheet-context.js';

/** What every option sheet shows of a figure beside its value: made once for all the sheets (issue 16). */
interface FigureRow {
  readonly figure: Figure;
  readonly row: number;
  readonly label: CellModel;
  readonly unit: CellModel;
  readonly source: CellModel;
  readonly id: CellModel;
}
const figureRowsOf = new WeakMap<SheetContext, readonly FigureRow[]>();

function figureRows(context: SheetContext): readonly FigureRow[] {
  let rows = figureRowsOf.get(context);
  if (rows === undefined) {
    const { layout, tcoYears } = context;
    const years = layout.input('tco_years');
    rows = [...optionsModel.figures.values()]
      .filter((figure) => figure.scope === 'option')
      .map((figure) => ({
        figure,
        row: layout.optionRows.get(figure.id)!,
        label: periodLabel(figure.id, figure.label, tcoYears, years),
        unit: context.unitCell(figure),
        source: text(figure.source, 'note'),
        id: text(figure.id, 'note'),
      }));
    figureRowsOf.set(context, rows);
  }
  return rows;
}

/** One option's sheet: its figures by section, then the candidate rows its formulas pick from. */
export function optionSheet(context: SheetContext, option: string): SheetBuilder {
  const { layout, evaluated } = context;
  const result = evaluated.comparison.options.find((o) => o.id === option)!;
  const sheet = new SheetBuilder(option, { rows: 4, columns: 1 });
  sheet.set(1, 1, text(result.name, 'title'));
  sheet.set(2, 1, text(`VMware brief section ${result.briefSection}`, 'note'));
  header(sheet, 4, ['Figure', 'Value', 'Unit', 'Source', 'Id']);
  for (const { section, row } of layout.optionSections) sheet.set(row, 1, text(section, 'subtitle'));
  const at = { option };
  for (const { figure, row, label, unit, source, id } of figureRows(context)) {
    sheet.set(row, 1, label);
    sheet.set(row, 2, context.formulaCell(figure, at));
    sheet.set(row, 3, unit);
    sheet.set(row, 4, source);
    sheet.set(row, 5, id);
  }
  for (const set of optionsModel.rowSets.values()) {
    const block = layout.rowSetBlocks.get(set.id)!;
    const figures = [...optionsModel.figures.values()].filter((f) => f.scope === `rows:${set.id}`);
    sheet.set(block.titleRow, 1, text(`${set.label}: one row per candidate; the formulas above pick one`, 'subtitle'));
    header(sheet, block.headerRow, [set.kind === 'range' ? 'Candidate' : 'Row', ...figures.map((f) => f.label)]);
    for (let row = 0; row < block.rows; row++) {
      const at = { option, row, rowSet: set.id };
      sheet.set(block.firstRow + row, 1, text(cellValue(evaluated.evaluation.rowKey(set.id, at) as Value), 'label'));
      for (const figure of figures)
        sheet.set(block.firstRow + row, layout.listColumns.get(figure.id)!, context.formulaCell(figure, at));
    }
  }
  return sheet;
}
