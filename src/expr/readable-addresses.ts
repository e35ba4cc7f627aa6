import type { FormulaAddresses } from './render-formula.js';

/** Addresses as names a person reads: inputs and constants by name, figures by id, tables by column. */
export const readableAddresses: FormulaAddresses = {
  input: (name) => name,
  itemInput: (list, name) => `${list}.${name}`,
  optionInput: (name) => `option.${name}`,
  constant: (name) => name,
  tableColumn: (table, column) => `${table}[${column}]`,
  figure: (id) => id,
  figureColumn: (id) => `${id}[each row]`,
  rowKey: () => 'candidate',
  rowField: (column) => `row.${column}`,
};
