import { Decimal } from 'decimal.js';
import { type Expr, ifThen } from '../../expr/expression.js';
import type { Figure } from '../../expr/figure.js';
import { type FormulaTemplate, formulaTemplate } from '../../expr/render-formula.js';
import type { Position, Value } from '../../expr/value.js';
import { type FigureId, toFigureId } from '../../model/figure-ids.js';
import type { ReferenceData } from '../../model/reference-data.js';
import type { EvaluatedComparison } from '../../options/compare-options.js';
import { OPTION_SECTIONS, optionsModel } from '../../options/options-model.js';
import { currencyLabel } from '../currency-label.js';
import { numberFormat } from '../number-formats.js';
import type { CellModel, CellValue, SheetBuilder } from '../sheet-model.js';
import { WorkbookLayout } from '../workbook-layout.js';

/** What every sheet of comparison.xlsx is built from: the evaluation, the data and where each figure lives. */
export interface SheetContext {
  readonly evaluated: EvaluatedComparison;
  readonly reference: ReferenceData;
  readonly layout: WorkbookLayout;
  readonly tcoYears: number;
  /** A label naming the currency, which follows the currency input (issue 12). */
  label(value: string, style: CellModel['style']): CellModel;
  unitCell(figure: Figure): CellModel;
  /** A figure's own formula (or `expr`, the figure's own expression guarded), with the engine's value cached. */
  formulaCell(figure: Figure, at: Position, expr?: Expr): CellModel;
  /** A reference to a figure's cell on its own sheet, with the engine's value cached. */
  referenceCell(figure: Figure, at: Position): CellModel;
}

export function sheetContext(evaluated: EvaluatedComparison, reference: ReferenceData): SheetContext {
  const { evaluation, resolved, optionIds, comparison } = evaluated;
  const layout = new WorkbookLayout(
    optionsModel,
    reference,
    optionIds,
    { tier: resolved.tiers.length, workload: resolved.workloads.length, price: resolved.prices.length },
    OPTION_SECTIONS,
  );
  const currency = comparison.scenario.currency;
  const label = (value: string, style: CellModel['style']) =>
    currencyLabel(value, currency, layout.input('currency'), style);
  // Each formula compiled once and written at every position it takes (option sheets, candidate rows): issue 16.
  const ownTemplates = new Map<Figure, FormulaTemplate>();
  const exprTemplates = new WeakMap<Expr, FormulaTemplate>();
  const templateOf = (figure: Figure, expr: Expr | undefined): FormulaTemplate => {
    if (expr === undefined) {
      let template = ownTemplates.get(figure);
      if (!template) ownTemplates.set(figure, (template = formulaTemplate(flagExpr(figure), layout)));
      return template;
    }
    let template = exprTemplates.get(expr);
    if (!template) exprTemplates.set(expr, (template = formulaTemplate(expr, layout)));
    return template;
  };
  const computed = (figure: Figure, at: Position, formula: string): CellModel => {
    const numFmt = numberFormat(figure);
    const value = flagAsNumber(cellValue(evaluation.figure(toFigureId(figure.id), at)));
    return numFmt ? { value, formula, style: 'computed', numFmt } : { value, formula, style: 'computed' };
  };
  return {
    evaluated,
    reference,
    layout,
    tcoYears: Number(String(resolved.scenario.get('tco_years'))),
    label,
    unitCell: (figure) => label(figure.unit, 'unit'),
    formulaCell: (figure, at, expr) => computed(figure, at, templateOf(figure, expr)(at)),
    referenceCell: (figure, at) => computed(figure, at, layout.figure(figure.id, at)),
  };
}

export function cellValue(value: Value | undefined): CellValue {
  if (value === undefined) return null;
  return value instanceof Decimal ? value.toNumber() : value;
}

/**
 * A flag's cell holds 1 or 0, not TRUE or FALSE: Excel applies no number format to a logical value, so only a
 * number reads yes or no in its format (`"yes";"yes";"no"`). IF, AND, OR and NOT take 1 and 0 as they take TRUE
 * and FALSE, so the formulas that read a flag's cell are the same; the JSON and CSV outputs keep true and false.
 *
 * @example
 * flagExpr(designValid); // IF(<its expression>,1,0)
 */
export function flagExpr(figure: Pick<Figure, 'kind' | 'expr'>, expr: Expr = figure.expr): Expr {
  return figure.kind === 'flag' ? ifThen(expr, 1, 0) : expr;
}

/** A flag's value as its cell caches it: 1 or 0 (see flagExpr). */
export function flagAsNumber(value: CellValue): CellValue {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

export const text = (value: CellValue, style: CellModel['style'] = 'label'): CellModel => ({ value, style });

export function header(sheet: SheetBuilder, row: number, titles: readonly string[]): void {
  titles.forEach((title, i) => sheet.set(row, i + 1, text(title, 'header')));
}

/** A figure of the options model by id. */
export function modelFigure(id: FigureId): Figure {
  const figure = optionsModel.figures.get(id);
  if (!figure) throw new Error(`no figure ${id}`);
  return figure;
}
