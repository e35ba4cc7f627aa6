import type { Expr } from './expression.js';

/**
 * Where a figure lives: once per scenario, once per mailbox tier or workload, once per availability option, or once
 * per row of a row set inside an option (`rows:memberServers`: candidate layouts laid out as rows).
 */
export type Scope = 'scenario' | ListName | 'option' | `rows:${string}`;

/** Input lists a figure can be evaluated once per item of: mailbox tiers, workloads to consolidate. */
export type ListName = 'tier' | 'workload';
export const LIST_NAMES: readonly ListName[] = ['tier', 'workload'];

/** How a figure is rounded, formatted and serialised. */
export type FigureKind = 'count' | 'quantity' | 'money' | 'share' | 'flag' | 'text';

/** One computed quantity, defined once, evaluated by the engine and rendered into the workbook. */
export interface Figure {
  readonly id: string;
  readonly scope: Scope;
  readonly label: string;
  readonly unit: string;
  readonly kind: FigureKind;
  readonly expr: Expr;
  /** Source tags of the method step, e.g. `[S3]`; details are in data/ and ../shared/reference. */
  readonly source: string;
}

/** Rows inside an option: `1..count` candidate numbers, or the rows of a reference table. */
export type RowSet =
  | { readonly id: string; readonly label: string; readonly kind: 'range'; readonly countConstant: string }
  | {
      readonly id: string;
      readonly label: string;
      readonly kind: 'table';
      readonly table: string;
      readonly keyColumn: string;
    };

export interface FigureSpec {
  label: string;
  unit: string;
  kind?: FigureKind;
  source?: string;
}

function figureIn(scope: Scope) {
  return (id: string, spec: FigureSpec, expr: Expr): Figure => ({
    id,
    scope,
    label: spec.label,
    unit: spec.unit,
    kind: spec.kind ?? 'quantity',
    expr,
    source: spec.source ?? '',
  });
}
export const scenarioFigure = figureIn('scenario');
export const tierFigure = figureIn('tier');
export const workloadFigure = figureIn('workload');
export const optionFigure = figureIn('option');
export const rowFigure = (rowSet: string) => figureIn(`rows:${rowSet}`);
