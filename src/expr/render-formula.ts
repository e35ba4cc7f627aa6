import type { Expr } from './expression.js';
import type { ListName } from './figure.js';
import type { Position } from './value.js';

/**
 * Where each leaf of an expression sits in the workbook. Addresses are absolute A1 references or
 * defined names, e.g. `Inputs!$C$4`, `MailboxProfiles_MessagesPerDay`.
 */
export interface FormulaAddresses {
  input(name: string): string;
  itemInput(list: ListName, name: string, at: Position): string;
  optionInput(name: string, at: Position): string;
  constant(name: string): string;
  tableColumn(table: string, column: string): string;
  figure(id: string, at: Position): string;
  figureColumn(id: string, at: Position): string;
  rowKey(at: Position): string;
  rowField(column: string, at: Position): string;
}

/** Binding strength of an Excel operator: comparisons bind loosest. */
function precedence(expr: Expr): number {
  if (expr.kind === 'compare') return 1;
  if (expr.kind === 'binary') return expr.op === '+' || expr.op === '-' ? 2 : 3;
  return 4;
}

/**
 * A text as an Excel string literal: in double quotes, a quote inside doubled.
 *
 * @example
 * excelText('Hosts, total'); // the text in double quotes, any quote inside it doubled
 */
export function excelText(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/**
 * Renders an expression as Excel formula text (no leading `=`, English names, `,` separators).
 *
 * @example
 * renderFormula(figure.expr, addresses, {}); // the figure as Excel formula text over the workbook's cells and defined names
 */
export function renderFormula(expr: Expr, addresses: FormulaAddresses, at: Position): string {
  const render = (e: Expr) => renderFormula(e, addresses, at);
  const operand = (e: Expr, minimum: number) => (precedence(e) < minimum ? `(${render(e)})` : render(e));
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'text':
      return excelText(expr.value);
    case 'input':
      return addresses.input(expr.name);
    case 'itemInput':
      return addresses.itemInput(expr.list, expr.name, at);
    case 'optionInput':
      return addresses.optionInput(expr.name, at);
    case 'constant':
      return addresses.constant(expr.name);
    case 'figure':
      return addresses.figure(expr.id, at);
    case 'rowKey':
      return addresses.rowKey(at);
    case 'rowField':
      return addresses.rowField(expr.column, at);
    case 'binary': {
      const own = precedence(expr);
      // a - (b + c) and a / (b * c) keep their parentheses; a + (b + c) needs none.
      const rightMinimum = expr.op === '-' || expr.op === '/' ? own + 1 : own;
      return `${operand(expr.left, own)}${expr.op}${operand(expr.right, rightMinimum)}`;
    }
    case 'compare':
      return `${operand(expr.left, 2)}${expr.op}${operand(expr.right, 2)}`;
    case 'call':
      return `${expr.fn}(${expr.args.map(render).join(',')})`;
    // biome-ignore lint/suspicious/noFallthroughSwitchClause: both branches return
    case 'lookup': {
      const keys = addresses.tableColumn(expr.table, expr.keyColumn);
      const values = addresses.tableColumn(expr.table, expr.valueColumn);
      const key = render(expr.key);
      switch (expr.match) {
        case 'exact':
          return `INDEX(${values},MATCH(${key},${keys},0))`;
        case 'floor':
          return `INDEX(${values},MATCH(${key},${keys},1))`;
        case 'ceiling':
          return `INDEX(${values},SUMPRODUCT(--(${keys}<${key}))+1)`;
        case 'interpolate': {
          const row = `MATCH(${key},${keys},1)`;
          const x0 = `INDEX(${keys},${row})`;
          const y0 = `INDEX(${values},${row})`;
          const x1 = `INDEX(${keys},${row}+1)`;
          const y1 = `INDEX(${values},${row}+1)`;
          return `IF(${key}=${x0},${y0},${y0}+(${key}-${x0})*(${y1}-${y0})/(${x1}-${x0}))`;
        }
      }
    }
    case 'aggregate':
      return `${expr.fn}(${addresses.figureColumn(expr.figure, at)})`;
    case 'previous':
      // The first row starts the state; every other row reads the cells one row up.
      return (at.row ?? 0) <= 0
        ? render(expr.first)
        : renderFormula(expr.expr, addresses, { ...at, row: (at.row ?? 0) - 1 });
    case 'pick':
      return `INDEX(${addresses.figureColumn(expr.figure, at)},MATCH(${render(expr.equals)},${addresses.figureColumn(expr.where, at)},0))`;
  }
}
