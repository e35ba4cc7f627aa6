import { absolute, SheetBuilder } from '../sheet-model.js';
import { constantName, SHEETS } from '../workbook-layout.js';
import { cellValue, header, type SheetContext, text } from './sheet-context.js';

/** The Assumptions sheet: every reference figure of data/, its source, and whether it is an assumption. */
export function assumptionsSheet(context: SheetContext): { sheet: SheetBuilder; definedNames: Map<string, string> } {
  const { reference, layout } = context;
  const definedNames = new Map<string, string>();
  const assumptions = new SheetBuilder(SHEETS.assumptions, { rows: 3, columns: 1 });
  assumptions.set(1, 1, text('Assumptions and sources: the reference figures of data/, each with its source', 'title'));
  header(assumptions, 3, ['Constant', 'Value', 'Unit', 'Source', 'Assumption', 'Notes']);
  for (const constant of reference.constants.values()) {
    const row = layout.constantRows.get(constant.name)!;
    [
      constant.name,
      constant.value.toNumber(),
      constant.unit,
      constant.source,
      constant.assumption ? 'yes' : 'no',
      constant.notes,
    ].forEach((v, c) => assumptions.set(row, c + 1, text(v, c === 1 ? 'reference' : 'label')));
    definedNames.set(constantName(constant.name), absolute(SHEETS.assumptions, row, 2));
  }
  for (const table of reference.tables.values()) {
    const block = layout.referenceBlocks.get(table.name)!;
    assumptions.set(block.titleRow, 1, text(`data/${table.name}.csv`, 'subtitle'));
    header(assumptions, block.headerRow, block.columns);
    table.rows.forEach((row, i) => {
      table.columns.forEach((column, c) =>
        assumptions.set(block.firstRow + i, c + 1, text(cellValue(row[column]), 'reference')),
      );
      assumptions.set(block.firstRow + i, table.columns.length + 1, text(table.sources[i] ?? '', 'note'));
      assumptions.set(block.firstRow + i, table.columns.length + 2, text(table.assumptions[i] ? 'yes' : 'no', 'note'));
    });
  }
  return { sheet: assumptions, definedNames };
}
