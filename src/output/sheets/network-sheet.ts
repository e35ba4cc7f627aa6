import type { Figure } from '../../expr/figure.js';
import type { Value } from '../../expr/value.js';
import { NETWORK_FIGURES } from '../../options/options-model.js';
import { logGenerationHours } from '../../sizing/log-replication.js';
import { SheetBuilder } from '../sheet-model.js';
import { SHEETS } from '../workbook-layout.js';
import { cellValue, header, modelFigure, type SheetContext, text } from './sheet-context.js';

const FIRST_OPTION_COLUMN = 3;

/** The option figures of the Network sheet: the daily logs per database, the Network section, its two checks. */
export const NETWORK_SHEET_FIGURES: readonly Figure[] = [
  modelFigure('logsPerDatabasePerDayGB'),
  ...NETWORK_FIGURES.filter((f) => f.scope === 'option'),
  modelFigure('checkWanLatency'),
  modelFigure('checkWanBandwidth'),
  modelFigure('checkWanKeepsUp'),
];

/**
 * The Network sheet: log shipping, array and third-party replication, seeding and the WAN checks of every option
 * side by side, each cell a reference to the option's own sheet (as the Summary's), then each option's logs by hour.
 */
export function networkSheet(context: SheetContext): SheetBuilder {
  const { comparison, optionIds } = context.evaluated;
  const idColumn = FIRST_OPTION_COLUMN + optionIds.length;
  const sheet = new SheetBuilder(SHEETS.network, { rows: 4, columns: 2 });
  sheet.set(1, 1, text('The network: replication between the sites and seeding, per option', 'title'));
  sheet.set(2, 1, text('Hourly shares of the daily logs are an assumption (data/log-generation-by-hour.csv)', 'note'));
  header(sheet, 4, ['Figure', 'Unit', ...comparison.options.map((o) => o.name), 'Id']);
  let row = 5;
  for (const figure of NETWORK_SHEET_FIGURES) {
    sheet.set(row, 1, text(figure.label));
    sheet.set(row, 2, context.unitCell(figure));
    optionIds.forEach((option, c) =>
      sheet.set(row, FIRST_OPTION_COLUMN + c, context.referenceCell(figure, { option })),
    );
    sheet.set(row, idColumn, text(figure.id, 'note'));
    row++;
  }
  const hourLogs = modelFigure('hourLogsGB');
  row++;
  sheet.set(row, 1, text(`${hourLogs.label}, by hour of the day`, 'subtitle'));
  row++;
  header(sheet, row, ['Hour', 'Unit', ...comparison.options.map((o) => o.name), 'Id']);
  row++;
  const block = context.layout.rowSetBlocks.get(logGenerationHours.id)!;
  for (let hour = 0; hour < block.rows; hour++) {
    const at = { rowSet: logGenerationHours.id, row: hour };
    const key = context.evaluated.evaluation.rowKey(logGenerationHours.id, { ...at, option: optionIds[0]! });
    sheet.set(row, 1, text(cellValue(key as Value), 'label'));
    sheet.set(row, 2, context.unitCell(hourLogs));
    optionIds.forEach((option, c) =>
      sheet.set(row, FIRST_OPTION_COLUMN + c, context.referenceCell(hourLogs, { ...at, option })),
    );
    sheet.set(row, idColumn, text(hourLogs.id, 'note'));
    row++;
  }
  return sheet;
}
