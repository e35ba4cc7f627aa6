import { Decimal } from 'decimal.js';
import { allNodes } from '../expr/expression.js';
import { figureValue } from '../expr/figure-values.js';
import { readableAddresses } from '../expr/readable-addresses.js';
import { renderFormula } from '../expr/render-formula.js';
import type { Position, Value } from '../expr/value.js';
import { toFigureId } from '../model/figure-ids.js';
import { InputError } from '../model/input-error.js';
import type { ReferenceData } from '../model/reference-data.js';
import type { EvaluatedComparison } from './compare-options.js';
import { findFigure } from './figure-catalogue.js';
import { figureOf } from './options-model.js';

/** One value that feeds a figure: what it is, its value and where it comes from. */
export interface FeedingValue {
  readonly name: string;
  readonly kind: 'input' | 'constant' | 'figure' | 'table' | 'tier' | 'workload' | 'option';
  readonly value: string;
  readonly source: string;
}

export interface FigureExplanation {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly scope: string;
  readonly option?: string;
  readonly formula: string;
  /** The value (for a figure per tier or per workload: the first item's; `items` has every item's). */
  readonly value: string;
  /** A figure per tier or per workload: its value for each item, by the item's name, in input order. */
  readonly items?: readonly { readonly name: string; readonly value: string }[];
  readonly source: string;
  readonly feeds: readonly FeedingValue[];
}

const show = (value: Value) => (value instanceof Decimal ? value.toFixed() : String(value));

/**
 * How one figure is computed: its formula with readable names, its value, and the values that feed it.
 * The figure is named by its id or its label (see findFigure); an unknown one is an InputError with a suggestion.
 * A figure per tier or per workload is explained for every item: its values, and each feeding value per item.
 *
 * @example
 * explainFigure('whitespaceMB', evaluated, reference).items;
 * // [{ name: 'Staff', value: '10.986328' }, { name: 'Executives', value: '43.945313' }]
 */
export function explainFigure(
  name: string,
  evaluated: EvaluatedComparison,
  reference: ReferenceData,
  option?: string,
): FigureExplanation {
  const figure = findFigure(name);
  const id = toFigureId(figure.id);
  const optionId = option ?? evaluated.optionIds[0]!;
  if (!evaluated.optionIds.includes(optionId))
    throw new InputError([
      {
        file: 'command line',
        column: '--option',
        value: optionId,
        expected: `one of ${evaluated.optionIds.join(', ')}`,
      },
    ]);
  const at: Position = {
    option: optionId,
    item: 0,
    row: 0,
    rowSet: figure.scope.startsWith('rows:') ? figure.scope.slice(5) : undefined,
  } as Position;
  const { evaluation } = evaluated;
  // A figure per tier or per workload: every item, by name; any other figure: the one position.
  const list = figure.scope === 'tier' || figure.scope === 'workload' ? figure.scope : undefined;
  const items = list
    ? (list === 'tier' ? evaluated.resolved.tiers : evaluated.resolved.workloads).map((values, item) => ({
        name: show(values.get(list)!),
        at: { ...at, item },
      }))
    : [];
  /** A value for every item (`Staff: 150, Executives: 300`) where the figure is per item, else the one value. */
  const eachItem = (valueAt: (at: Position) => string, perItem = list !== undefined) =>
    perItem ? items.map((i) => `${i.name}: ${valueAt(i.at)}`).join(', ') : valueAt(at);
  const feeds = new Map<string, FeedingValue>();
  for (const leaf of allNodes(figure.expr)) {
    if (leaf.kind === 'input') {
      const definition = reference.scenarioParameters.find((d) => d.name === leaf.name);
      feeds.set(`input:${leaf.name}`, {
        name: leaf.name,
        kind: 'input',
        value: show(evaluation.input(leaf.name)),
        source: `templates/scenario.csv${definition?.source ? ` ${definition.source}` : ''}`,
      });
    } else if (leaf.kind === 'constant') {
      const constant = reference.constants.get(leaf.name)!;
      feeds.set(`constant:${leaf.name}`, {
        name: leaf.name,
        kind: 'constant',
        value: constant.value.toFixed(),
        source: `data/${constant.table}.csv ${constant.source}${constant.assumption ? ' (assumption)' : ''}`,
      });
    } else if (leaf.kind === 'figure') {
      const other = figureOf(toFigureId(leaf.id));
      feeds.set(`figure:${leaf.id}`, {
        name: leaf.id,
        kind: 'figure',
        value: eachItem(
          (p) => String(figureValue(other, evaluation.figure(toFigureId(leaf.id), p))),
          list !== undefined && other.scope === list,
        ),
        source: `${other.label} (${other.unit})`,
      });
    } else if (leaf.kind === 'lookup') {
      feeds.set(`table:${leaf.table}.${leaf.valueColumn}`, {
        name: `${leaf.table}[${leaf.valueColumn}]`,
        kind: 'table',
        value: '(table)',
        source: leaf.table === 'prices' ? 'templates/prices.csv' : `data/${leaf.table}.csv`,
      });
    } else if (leaf.kind === 'itemInput') {
      feeds.set(`${leaf.list}:${leaf.name}`, {
        name: `${leaf.list}.${leaf.name}`,
        kind: leaf.list,
        value: eachItem((p) => show(evaluation.itemInput(leaf.list, leaf.name, p)), leaf.list === list),
        source:
          leaf.list === 'tier'
            ? `templates/mailbox-tiers.csv (${leaf.list === list ? 'each' : 'first'} tier)`
            : `templates/workloads.csv (${leaf.list === list ? 'each' : 'first'} workload)`,
      });
    } else if (leaf.kind === 'optionInput') {
      feeds.set(`option:${leaf.name}`, {
        name: `option.${leaf.name}`,
        kind: 'option',
        value: show(evaluation.optionInput(leaf.name, at)),
        source: 'data/options.csv',
      });
    } else if (leaf.kind === 'aggregate' || leaf.kind === 'pick') {
      for (const id of (leaf.kind === 'aggregate' ? [leaf.figure] : [leaf.figure, leaf.where]).map(toFigureId)) {
        const other = figureOf(id);
        const rows = evaluation.figureColumn(id, at).map((v) => String(figureValue(other, v)));
        feeds.set(`column:${id}`, {
          name: `${id}[each row]`,
          kind: 'figure',
          value: rows.join(', '),
          source: `${other.label} (${other.unit}), one value per ${other.scope === 'tier' ? 'tier' : other.scope === 'workload' ? 'workload' : 'candidate row'}`,
        });
      }
    }
  }
  return {
    id,
    label: figure.label,
    unit: figure.unit,
    scope: figure.scope,
    ...(figure.scope === 'option' || figure.scope.startsWith('rows:') ? { option: optionId } : {}),
    formula: renderFormula(figure.expr, readableAddresses, at),
    value: String(figureValue(figure, evaluation.figure(id, at))),
    ...(list
      ? { items: items.map((i) => ({ name: i.name, value: String(figureValue(figure, evaluation.figure(id, i.at))) })) }
      : {}),
    source: figure.source,
    feeds: [...feeds.values()],
  };
}
