import { optionsModel } from '../../options/options-model.js';
import { SheetBuilder } from '../sheet-model.js';
import { SHEETS } from '../workbook-layout.js';
import { header, type SheetContext, text } from './sheet-context.js';

/** The Sizing sheet: the figures shared by every option. */
export function sizingSheet(context: SheetContext): SheetBuilder {
  const sizing = new SheetBuilder(SHEETS.sizing, { rows: 3, columns: 1 });
  sizing.set(
    1,
    1,
    text('Per-scenario figures: the host platform and the mailbox-weighted averages of the tiers', 'title'),
  );
  header(sizing, 3, ['Figure', 'Value', 'Unit', 'Source', 'Id']);
  for (const figure of optionsModel.figures.values()) {
    if (figure.scope !== 'scenario') continue;
    const row = context.layout.scenarioRows.get(figure.id)!;
    sizing.set(row, 1, text(figure.label));
    sizing.set(row, 2, context.formulaCell(figure, {}));
    sizing.set(row, 3, context.unitCell(figure));
    sizing.set(row, 4, text(figure.source, 'note'));
    sizing.set(row, 5, text(figure.id, 'note'));
  }
  return sizing;
}
