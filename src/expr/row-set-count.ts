import type { ReferenceLookups } from './evaluate-model.js';
import type { RowSet } from './figure.js';

/** How many rows a row set has: the rows of its table, or its count constant. The engine and the workbook read this one count. */
export function rowSetCount(set: RowSet, reference: ReferenceLookups): number {
  if (set.kind === 'range') {
    const count = reference.constants.get(set.countConstant);
    if (!count) throw new Error(`the model refers to constant ${set.countConstant}, which the bindings do not define`);
    return count.value.toNumber();
  }
  const table = reference.tables.get(set.table);
  if (!table) throw new Error(`the model refers to table ${set.table}, which the bindings do not define`);
  return table.rows.length;
}
