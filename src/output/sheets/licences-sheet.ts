import { LICENCE_LINES } from '../../sizing/licences.js';
import { SheetBuilder } from '../sheet-model.js';
import { SHEETS } from '../workbook-layout.js';
import { header, modelFigure, type SheetContext, text } from './sheet-context.js';

const PARTS = ['Edition', 'Quantity', 'UnitPrice', 'Cost', 'YearlySupport'] as const;

/** The Licences sheet: every licence line of every option. */
export function licencesSheet(context: SheetContext): SheetBuilder {
  const licences = new SheetBuilder(SHEETS.licences, { rows: 3, columns: 2 });
  licences.set(1, 1, text('Licences per option', 'title'));
  header(licences, 3, ['Option', 'Item', 'Edition', 'Quantity']);
  ['Unit price (currency)', 'Cost (currency)', 'Yearly support (currency)'].forEach((title, i) =>
    licences.set(3, 5 + i, context.label(title, 'header')),
  );
  let row = 4;
  for (const option of context.evaluated.optionIds) {
    for (const line of LICENCE_LINES) {
      licences.set(row, 1, text(option));
      licences.set(row, 2, text(line.item));
      PARTS.forEach((part, c) =>
        licences.set(row, 3 + c, context.referenceCell(modelFigure(`${line.id}${part}`), { option })),
      );
      row++;
    }
  }
  return licences;
}
