import { Dec } from '../decimal.js';
import type { ReferenceData } from '../model/reference-data.js';
import { asDecimal, evaluate, type EvaluationEnvironment, type Position, type Value } from './evaluate.js';
import { LIST_NAMES, type Figure, type ListName, type RowSet, type Scope } from './figure.js';

const isListScope = (scope: Scope): scope is ListName => (LIST_NAMES as readonly string[]).includes(scope);
import type { Model } from './model.js';

/** A table of input values looked up like a reference table (the price list). */
export interface InputTable {
  readonly rows: readonly Readonly<Record<string, Value>>[];
}

/** The values a model is evaluated for: scenario inputs, list items, and the attributes of each option. */
export interface ModelBindings {
  readonly inputs: ReadonlyMap<string, Value>;
  readonly lists: Readonly<Record<ListName, readonly ReadonlyMap<string, Value>[]>>;
  /** Input tables for look-ups beside the reference tables, e.g. `prices`. */
  readonly inputTables?: ReadonlyMap<string, InputTable>;
  readonly options: ReadonlyMap<string, ReadonlyMap<string, Value>>;
  readonly reference: ReferenceData;
}

function missing(what: string): never {
  throw new Error(`the model refers to ${what}, which the bindings do not define`);
}

/**
 * Evaluates the figures of a model on demand, each once per position (memoised), with decimal.js.
 * The same expressions render to the workbook, so a value here is the cached value of its cell.
 */
export class ModelEvaluation implements EvaluationEnvironment {
  private readonly cache = new Map<string, Value>();
  private readonly inProgress = new Set<string>();

  constructor(
    readonly model: Model,
    readonly bindings: ModelBindings,
  ) {}

  /** Where a figure's value lives: the parts of the position its scope keeps. */
  position(figure: Figure, at: Position): Position {
    const need = (part: 'item' | 'option' | 'row'): number | string => {
      const value = at[part];
      if (value === undefined) throw new Error(`${figure.id} (${figure.scope}) evaluated without a ${part}`);
      return value;
    };
    if (figure.scope === 'scenario') return {};
    if (isListScope(figure.scope)) return { item: need('item') as number };
    if (figure.scope === 'option') return { option: need('option') as string };
    return { option: need('option') as string, row: need('row') as number, rowSet: figure.scope.slice('rows:'.length) };
  }

  figure(id: string, at: Position): Value {
    const figure = this.model.figures.get(id) ?? missing(`figure ${id}`);
    const position = this.position(figure, at);
    const key = `${id}|${position.item ?? ''}|${position.option ?? ''}|${position.row ?? ''}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    if (this.inProgress.has(key)) throw new Error(`figure ${id} depends on itself`);
    this.inProgress.add(key);
    try {
      const value = evaluate(figure.expr, this, position);
      this.cache.set(key, value);
      return value;
    } finally {
      this.inProgress.delete(key);
    }
  }

  /** The number of rows of a row set. */
  rowCount(set: RowSet): number {
    if (set.kind === 'range') return asDecimal(this.constant(set.countConstant), set.countConstant).toNumber();
    return (this.bindings.reference.tables.get(set.table) ?? missing(`table ${set.table}`)).rows.length;
  }

  rowSetOf(figure: Figure): RowSet {
    return this.model.rowSets.get(figure.scope.slice('rows:'.length)) ?? missing(`row set of ${figure.id}`);
  }

  figureColumn(id: string, at: Position): readonly Value[] {
    const figure = this.model.figures.get(id) ?? missing(`figure ${id}`);
    if (isListScope(figure.scope)) return this.bindings.lists[figure.scope].map((_, item) => this.figure(id, { ...at, item }));
    const count = this.rowCount(this.rowSetOf(figure));
    return Array.from({ length: count }, (_, row) => this.figure(id, { ...at, row }));
  }

  input(name: string): Value {
    return this.bindings.inputs.get(name) ?? missing(`input ${name}`);
  }

  itemInput(list: ListName, name: string, at: Position): Value {
    return this.bindings.lists[list][at.item ?? missing(`a ${list}`)]?.get(name) ?? missing(`${list} input ${name}`);
  }

  optionInput(name: string, at: Position): Value {
    return this.bindings.options.get(at.option ?? missing('an option'))?.get(name) ?? missing(`option attribute ${name}`);
  }

  constant(name: string): Value {
    return (this.bindings.reference.constants.get(name) ?? missing(`constant ${name}`)).value;
  }

  tableColumn(table: string, column: string): readonly Value[] {
    const rows = (this.bindings.reference.tables.get(table) ?? this.bindings.inputTables?.get(table) ?? missing(`table ${table}`)).rows;
    return rows.map((row) => row[column] ?? missing(`column ${table}.${column}`));
  }

  private tableRow(at: Position): Readonly<Record<string, Value>> | undefined {
    const set = this.model.rowSets.get(at.rowSet ?? missing('a row set'));
    if (!set || set.kind !== 'table') return undefined;
    return this.bindings.reference.tables.get(set.table)?.rows[at.row ?? missing('a row')];
  }

  rowKey(at: Position): Value {
    const set = this.model.rowSets.get(at.rowSet ?? missing('a row set')) ?? missing(`row set ${at.rowSet}`);
    if (set.kind === 'range') return new Dec((at.row ?? missing('a row')) + 1);
    return this.tableRow(at)?.[set.keyColumn] ?? missing(`key of row ${at.row} of ${set.table}`);
  }

  rowField(column: string, at: Position): Value {
    return this.tableRow(at)?.[column] ?? missing(`row field ${column} of row set ${at.rowSet}`);
  }
}
