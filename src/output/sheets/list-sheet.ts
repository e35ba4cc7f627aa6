import { type Expr, eq, ifThen, text as textOf, tierInput, workloadInput } from '../../expr/expression.js';
import type { ListName } from '../../expr/figure.js';
import { renderFormula } from '../../expr/render-formula.js';
import { optionsModel } from '../../options/options-model.js';
import { numberFormat } from '../number-formats.js';
import type { CellModel } from '../sheet-model.js';
import { SheetBuilder } from '../sheet-model.js';
import { SHEETS, spareListRows } from '../workbook-layout.js';
import { cellValue, flagExpr, header, type SheetContext, text } from './sheet-context.js';

/**
 * A row of a list counts while its name on the Inputs sheet is filled: a row whose name is empty (a spare row, or
 * a tier cleared in Excel) shows "", which SUM and MAX pass over, so it counts zero in every total (issue 12). The
 * engine never meets such a row: a template row without a name is refused, so on every row it computes the wrapped
 * value is the figure's own.
 */
export function whileNamed(list: ListName, expr: Expr): Expr {
  return ifThen(eq(nameOf(list), textOf('')), textOf(''), expr);
}

/** The name of the current item: the list's first column on the Inputs sheet, `tier` or `workload`. */
const nameOf = (list: ListName): Expr => (list === 'tier' ? tierInput('tier') : workloadInput('workload'));

/**
 * The Tiers or the Workloads sheet: one row per item, one column per figure, then a row per spare row of the Inputs
 * sheet, with the same formulas, that counts once its name is filled.
 */
export function listSheet(context: SheetContext, list: ListName): SheetBuilder {
  const { layout, evaluated } = context;
  const sheet = new SheetBuilder(list === 'tier' ? SHEETS.tiers : SHEETS.workloads, { rows: 3, columns: 1 });
  sheet.set(1, 1, text(list === 'tier' ? 'Per mailbox tier' : 'Per workload', 'title'));
  const figures = [...optionsModel.figures.values()].filter((f) => f.scope === list);
  header(sheet, 3, [list === 'tier' ? 'Tier' : 'Workload']);
  figures.forEach((f, i) => sheet.set(3, 2 + i, context.label(`${f.label} (${f.unit})`, 'header')));
  const items = list === 'tier' ? evaluated.resolved.tiers : evaluated.resolved.workloads;
  const name = whileNamed(list, nameOf(list));
  const rows = items.length + spareListRows(context.reference, list);
  // Each figure's guarded formula made once, so that every row shares its compiled form (issue 16).
  const guards = new Map(figures.map((figure) => [figure, whileNamed(list, flagExpr(figure))]));
  for (let item = 0; item < rows; item++) {
    const at = { item };
    const values = items[item];
    sheet.set(4 + item, 1, {
      value: values ? cellValue(values.get(list)) : '',
      formula: renderFormula(name, layout, at),
      style: 'computed',
    });
    for (const figure of figures) {
      const guarded = guards.get(figure)!;
      // A spare row caches what Excel shows for it while it is empty: "".
      const cell: CellModel = values
        ? context.formulaCell(figure, at, guarded)
        : {
            value: '',
            formula: renderFormula(guarded, layout, at),
            style: 'computed',
            ...optionalFormat(numberFormat(figure)),
          };
      sheet.set(4 + item, layout.listColumns.get(figure.id)!, cell);
    }
  }
  return sheet;
}

const optionalFormat = (numFmt: string | undefined) => (numFmt ? { numFmt } : {});
