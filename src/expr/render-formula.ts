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

/** A formula compiled for one set of addresses: its text at any position, the expression walked once (issue 16). */
export type FormulaTemplate = (at: Position) => string;

/** A part of a formula: fixed text, or text that depends on the position (a cell of the current item, option, row). */
type Piece = string | FormulaTemplate;

/**
 * An expression compiled to a function of the position giving the text renderFormula gives there: its fixed text
 * joined once, only the addresses that depend on the position asked for at each cell. A workbook writes one
 * figure's formula on every option sheet and on every candidate row, so it walks each expression once instead of
 * once per cell (issue 16).
 *
 * @example
 * const formula = formulaTemplate(figure.expr, layout);
 * formula({ option: 'dag' }) === renderFormula(figure.expr, layout, { option: 'dag' }); // true
 */
export function formulaTemplate(expr: Expr, addresses: FormulaAddresses): FormulaTemplate {
  return joinPieces(piecesOf(expr, addresses));
}

/** The pieces of a formula, adjacent fixed texts joined, as one function of the position. */
function joinPieces(pieces: readonly Piece[]): FormulaTemplate {
  const joined: (string | FormulaTemplate)[] = [];
  // Each run of fixed texts joined into one flat string: a rope would be walked again at every cell.
  let run: string[] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string') run.push(piece);
    else {
      if (run.length > 0) joined.push(run.join(''));
      run = [];
      joined.push(piece);
    }
  }
  if (run.length > 0) joined.push(run.join(''));
  if (joined.length === 0) return () => '';
  if (joined.length === 1) {
    const only = joined[0]!;
    return typeof only === 'string' ? () => only : only;
  }
  // Joined into one flat string: appending would keep a rope of every piece in each cell (issue 16).
  const texts = new Array<string>(joined.length);
  return (at) => {
    for (let i = 0; i < joined.length; i++) {
      const part = joined[i]!;
      texts[i] = typeof part === 'string' ? part : part(at);
    }
    return texts.join('');
  };
}

function piecesOf(expr: Expr, addresses: FormulaAddresses): Piece[] {
  const pieces: Piece[] = [];
  collectPieces(expr, addresses, pieces);
  return pieces;
}

/** The pieces of `expr` in the order renderFormula writes them, parentheses where it writes them. */
function collectPieces(expr: Expr, addresses: FormulaAddresses, out: Piece[]): void {
  const walk = (e: Expr) => collectPieces(e, addresses, out);
  const operand = (e: Expr, minimum: number) => {
    if (precedence(e) < minimum) {
      out.push('(');
      walk(e);
      out.push(')');
    } else walk(e);
  };
  switch (expr.kind) {
    case 'number':
      out.push(expr.value);
      return;
    case 'text':
      out.push(excelText(expr.value));
      return;
    case 'input':
      out.push(addresses.input(expr.name));
      return;
    case 'itemInput': {
      const { list, name } = expr;
      out.push((at) => addresses.itemInput(list, name, at));
      return;
    }
    case 'optionInput': {
      const { name } = expr;
      out.push((at) => addresses.optionInput(name, at));
      return;
    }
    case 'constant':
      out.push(addresses.constant(expr.name));
      return;
    case 'figure': {
      const { id } = expr;
      out.push((at) => addresses.figure(id, at));
      return;
    }
    case 'rowKey':
      out.push((at) => addresses.rowKey(at));
      return;
    case 'rowField': {
      const { column } = expr;
      out.push((at) => addresses.rowField(column, at));
      return;
    }
    case 'binary': {
      const own = precedence(expr);
      operand(expr.left, own);
      out.push(expr.op);
      operand(expr.right, expr.op === '-' || expr.op === '/' ? own + 1 : own);
      return;
    }
    case 'compare':
      operand(expr.left, 2);
      out.push(expr.op);
      operand(expr.right, 2);
      return;
    case 'call':
      out.push(`${expr.fn}(`);
      expr.args.forEach((arg, i) => {
        if (i > 0) out.push(',');
        walk(arg);
      });
      out.push(')');
      return;
    case 'lookup': {
      const keys = addresses.tableColumn(expr.table, expr.keyColumn);
      const values = addresses.tableColumn(expr.table, expr.valueColumn);
      // The key is walked once and its pieces repeated wherever the formula names it.
      const keyPieces = piecesOf(expr.key, addresses);
      const key = () => out.push(...keyPieces);
      switch (expr.match) {
        case 'exact':
        case 'floor':
          out.push(`INDEX(${values},MATCH(`);
          key();
          out.push(`,${keys},${expr.match === 'exact' ? 0 : 1}))`);
          return;
        case 'ceiling':
          out.push(`INDEX(${values},SUMPRODUCT(--(${keys}<`);
          key();
          out.push('))+1)');
          return;
        case 'interpolate': {
          // INDEX(column,MATCH(key,keys,1)next): x0, y0 (next ''), x1, y1 (next '+1').
          const index = (column: string, next: string) => {
            out.push(`INDEX(${column},MATCH(`);
            key();
            out.push(`,${keys},1)${next})`);
          };
          // IF(key=x0,y0,y0+(key-x0)*(y1-y0)/(x1-x0)), as renderFormula writes it.
          out.push('IF(');
          key();
          out.push('=');
          index(keys, '');
          out.push(',');
          index(values, '');
          out.push(',');
          index(values, '');
          out.push('+(');
          key();
          out.push('-');
          index(keys, '');
          out.push(')*(');
          index(values, '+1');
          out.push('-');
          index(values, '');
          out.push(')/(');
          index(keys, '+1');
          out.push('-');
          index(keys, '');
          out.push('))');
          return;
        }
      }
      return;
    }
    case 'aggregate': {
      const { fn, figure } = expr;
      out.push(`${fn}(`, (at) => addresses.figureColumn(figure, at), ')');
      return;
    }
    case 'previous': {
      // The first row starts the state; every other row reads the cells one row up.
      const first = formulaTemplate(expr.first, addresses);
      const above = formulaTemplate(expr.expr, addresses);
      out.push((at) => ((at.row ?? 0) <= 0 ? first(at) : above({ ...at, row: (at.row ?? 0) - 1 })));
      return;
    }
    case 'pick': {
      const { figure, where } = expr;
      out.push('INDEX(', (at) => addresses.figureColumn(figure, at), ',MATCH(');
      walk(expr.equals);
      out.push(',', (at) => addresses.figureColumn(where, at), ',0))');
      return;
    }
  }
}
