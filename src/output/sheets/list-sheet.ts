import { optionsModel } from '../../options/options-model.js';
import { absolute, SheetBuilder } from '../sheet-model.js';
import { SHEETS } from '../workbook-layout.js';
import { cellValue, header, type SheetContext, text } from './sheet-context.js';

/** The Tiers or the Workloads sheet: one row per item, one column per figure. */
export function listSheet(context: SheetContext, list: 'tier' | 'workload'): SheetBuilder {
  const { layout, evaluated } = context;
  const sheet = new SheetBuilder(list === 'tier' ? SHEETS.tiers : SHEETS.workloads, { rows: 3, columns: 1 });
  sheet.set(1, 1, text(list === 'tier' ? 'Per mailbox tier' : 'Per workload', 'title'));
  const figures = [...optionsModel.figures.values()].filter((f) => f.scope === list);
  header(sheet, 3, [list === 'tier' ? 'Tier' : 'Workload']);
  figures.forEach((f, i) => sheet.set(3, 2 + i, context.label(`${f.label} (${f.unit})`, 'header')));
  const items = list === 'tier' ? evaluated.resolved.tiers : evaluated.resolved.workloads;
  const names = layout.inputBlocks.get(list)!;
  items.forEach((values, item) => {
    sheet.set(4 + item, 1, {
      value: cellValue(values.get(list)),
      formula: absolute(SHEETS.inputs, names.firstRow + item, 1),
      style: 'computed',
    });
    for (const figure of figures)
      sheet.set(4 + item, layout.listColumns.get(figure.id)!, context.formulaCell(figure, { item }));
  });
  return sheet;
}
