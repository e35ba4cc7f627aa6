import { Decimal } from 'decimal.js';
import type { Dec } from '../decimal.js';
import { type Calculator, decimalCalculator } from './calculator.js';
import { type Value as CompiledValue, IN_PROGRESS, type Runtime, type Slot } from './compile.js';
import { asDecimal, exactCalculator } from './exact-calculator.js';
import { LIST_NAMES, type ListName, type RowSet, type Scope } from './figure.js';
import type { Model } from './model.js';
import { rowSetCount } from './row-set-count.js';
import type { Position, Value } from './value.js';

/** A table of input values looked up like a reference table (the price list). */
export interface InputTable {
  readonly rows: readonly Readonly<Record<string, Value>>[];
}

/**
 * The reference figures a model reads: named constants and look-up tables. The expression layer owns this shape;
 * the domain's ReferenceData (src/model/reference-data.ts) is one, so `expr/` imports nothing from the domain.
 */
export interface ReferenceLookups {
  readonly constants: ReadonlyMap<string, { readonly value: Dec }>;
  readonly tables: ReadonlyMap<string, InputTable>;
}

/** The values a model is evaluated for: scenario inputs, list items, and the attributes of each option. */
export interface ModelBindings {
  readonly inputs: ReadonlyMap<string, Value>;
  readonly lists: Readonly<Record<ListName, readonly ReadonlyMap<string, Value>[]>>;
  /** Input tables for look-ups beside the reference tables, e.g. `prices`. */
  readonly inputTables?: ReadonlyMap<string, InputTable>;
  readonly options: ReadonlyMap<string, ReadonlyMap<string, Value>>;
  readonly reference: ReferenceLookups;
}

const isListScope = (scope: Scope): scope is ListName => (LIST_NAMES as readonly string[]).includes(scope);
type Cell = CompiledValue<unknown> | typeof IN_PROGRESS | undefined;
interface Layout {
  readonly rowCounts: ReadonlyMap<string, number>;
  readonly kinds: readonly number[];
  readonly rowsOf: readonly number[];
}
const layouts = new WeakMap<Model, WeakMap<ReferenceLookups, Layout>>();
const figureIndices = new WeakMap<Model, WeakMap<readonly { readonly id: string }[], readonly number[]>>();
/** Which options share which figures depends only on the model and the options' attributes: worked out once. */
const sharingByOptions = new WeakMap<Model, WeakMap<object, readonly (readonly number[])[]>>();
/** Constants in a calculator's arithmetic, per model (its numbering) and reference data: read once a sweep. */
const constantValues = new WeakMap<Model, WeakMap<ReferenceLookups, WeakMap<Calculator<unknown>, unknown[]>>>();
/** Option attributes in a calculator's arithmetic, per model and options map, by attribute then option. */
const optionValues = new WeakMap<Model, WeakMap<object, WeakMap<Calculator<unknown>, unknown[][]>>>();
/** Row keys of numbered row sets (1, 2, 3 ...) in a calculator's arithmetic. */
const rangeKeysByCalc = new WeakMap<Calculator<unknown>, unknown[]>();
/** Per model and input token: the figures and the memo slots whose values depend on it. */
const dependents = new WeakMap<Model, Map<string, { readonly figures: number[]; readonly memo: number[] }>>();

function cached<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

function missing(what: string): never {
  throw new Error(`the model refers to ${what}, which the bindings do not define`);
}

/**
 * Evaluates the compiled figures of a model on demand, each once per position, with the calculator
 * given (decimal.js unless a benchmark asks for plain numbers). The same expressions render to the
 * workbook, so a value here is the cached value of its cell.
 *
 * @example
 * evaluateComparison(inputs, reference).evaluation.figure('tco', { option: 'dag' }); // a Dec, as the dag sheet caches it
 */
export class ModelEvaluation<N = Dec, Id extends string = string> implements Runtime<unknown> {
  readonly cells: Cell[][];
  readonly memo: CompiledValue<unknown>[][];
  readonly shared: readonly (readonly number[])[];
  readonly rows: readonly number[];
  readonly inputs: (CompiledValue<unknown> | undefined)[] = [];
  readonly constants: (CompiledValue<unknown> | undefined)[];
  readonly optionInputs: (CompiledValue<unknown> | undefined)[][];
  private readonly columnCache: (readonly CompiledValue<unknown>[])[][];
  private readonly columns = new Map<string, readonly CompiledValue<unknown>[]>();
  private readonly converted = new Map<unknown, CompiledValue<unknown>>();
  /**
   * The arithmetic the compiled figures run on. For decimal.js it is the exact calculator (the same values,
   * small ones held in doubles), and every value leaves through the public methods as a decimal.js Decimal.
   */
  readonly calc: Calculator<unknown>;
  /** A cell's value as the caller's arithmetic gives it. */
  private readonly output: (value: CompiledValue<unknown>) => CompiledValue<N>;
  private readonly optionIds: readonly string[];
  private readonly optionIndex: ReadonlyMap<string, number>;
  private readonly rowCounts: ReadonlyMap<string, number>;
  /** Per figure: 0 scenario, 1 list, 2 option, 3 row set. */
  private readonly kinds: readonly number[];

  /**
   * With `previous`, an evaluation of the same model differing only in the `changed` input tokens
   * (`scenario.x`, `tier.x`, `workload.x`, `prices`), this evaluation reuses every value that does not
   * depend on them: a sweep recomputes only what its step changes.
   */
  constructor(
    readonly model: Model<Id>,
    readonly bindings: ModelBindings,
    calc: Calculator<N> = decimalCalculator as unknown as Calculator<N>,
    previous?: { readonly evaluation: ModelEvaluation<N, Id>; readonly changed: ReadonlySet<string> },
  ) {
    const exact = (calc as Calculator<unknown>) === decimalCalculator;
    this.calc = (exact ? exactCalculator : calc) as Calculator<unknown>;
    this.output = (exact ? asDecimal : (value: unknown) => value) as (value: unknown) => CompiledValue<N>;
    this.rangeKeys = cached(rangeKeysByCalc, this.calc, () => []);
    this.optionIds = [...bindings.options.keys()];
    this.optionIndex = new Map(this.optionIds.map((id, i) => [id, i]));
    ({ rowCounts: this.rowCounts, kinds: this.kinds, rowsOf: this.rows } = this.layout());
    this.shared = cached(
      cached(sharingByOptions, model, () => new WeakMap()),
      bindings.options,
      () => this.sharing(),
    );
    // Constants and option attributes are the same in every evaluation on these bindings: converted once.
    this.constants = cached(
      cached(
        cached(constantValues, model, () => new WeakMap()),
        bindings.reference,
        () => new WeakMap(),
      ),
      this.calc,
      () => [],
    );
    this.optionInputs = cached(
      cached(
        cached(optionValues, model, () => new WeakMap()),
        bindings.options,
        () => new WeakMap(),
      ),
      this.calc,
      () => model.reads.optionInputs.map(() => []),
    );
    if (previous) {
      // Every cell and memo value is the previous evaluation's, except those that depend on a changed input.
      this.cells = previous.evaluation.cells.slice();
      this.columnCache = previous.evaluation.columnCache.slice();
      this.memo = previous.evaluation.memo.slice();
      for (const token of previous.changed) {
        const { figures, memo } = this.dependentsOf(token);
        for (const index of figures) {
          this.cells[index] = this.emptyCells(index);
          this.columnCache[index] = [];
        }
        for (const slot of memo) this.memo[slot] = [];
      }
    } else {
      this.cells = model.order.map((_, index) => this.emptyCells(index));
      this.columnCache = model.order.map(() => []);
      this.memo = model.memoInputTokens.map(() => []);
    }
  }

  /**
   * A figure's empty cells, as many as its slots: an array written far beyond its end turns into a dictionary,
   * slow to read, where a later option's rows come first.
   */
  private emptyCells(index: number): Cell[] {
    const kind = this.kinds[index]!;
    const slots =
      kind === 0
        ? 1
        : kind === 1
          ? this.bindings.lists[this.model.order[index]!.scope as ListName].length
          : this.optionIds.length * (kind === 2 ? 1 : this.rows[index]!);
    return new Array<Cell>(slots);
  }

  /** The figures and memo slots that depend on an input token (as `reuse` compared them one by one). */
  private dependentsOf(token: string): { readonly figures: number[]; readonly memo: number[] } {
    const byToken = cached(dependents, this.model, () => new Map());
    let found = byToken.get(token);
    if (!found) {
      const figures: number[] = [];
      const memo: number[] = [];
      this.model.inputTokens.forEach((tokens, index) => {
        if (tokens.has(token)) figures.push(index);
      });
      this.model.memoInputTokens.forEach((tokens, slot) => {
        if (tokens.has(token)) memo.push(slot);
      });
      byToken.set(token, (found = { figures, memo }));
    }
    return found;
  }

  /** A bound value in this evaluation's arithmetic. */
  private convert(value: Value): CompiledValue<unknown> {
    if (!(value instanceof Decimal)) return value;
    let converted = this.converted.get(value);
    if (converted === undefined) this.converted.set(value, (converted = this.calc.from(value as Dec)));
    return converted;
  }

  /** Row counts and the kind of every figure: the same for every evaluation of a model on one reference data set, so worked out once. */
  private layout(): Layout {
    const byReference = cached(layouts, this.model, () => new WeakMap<ReferenceLookups, Layout>());
    return cached(byReference, this.bindings.reference, () => {
      const rowCounts = new Map(
        [...this.model.rowSets.values()].map((set) => [set.id, rowSetCount(set, this.bindings.reference)]),
      );
      return {
        rowCounts,
        kinds: this.model.order.map((f) =>
          f.scope === 'scenario' ? 0 : isListScope(f.scope) ? 1 : f.scope === 'option' ? 2 : 3,
        ),
        rowsOf: this.model.order.map((f) =>
          f.scope.startsWith('rows:') ? rowCounts.get(f.scope.slice('rows:'.length))! : 0,
        ),
      };
    });
  }

  /** For every figure, each option's first option with the same values of the attributes the figure depends on. */
  private sharing(): readonly (readonly number[])[] {
    const byAttributes = new Map<string, readonly number[]>();
    return this.model.optionAttributes.map((attributes) => {
      const key = attributes.join(',');
      let shared = byAttributes.get(key);
      if (!shared) {
        const signature = (id: string) =>
          attributes.map((a) => String(this.bindings.options.get(id)?.get(a))).join('\u0000');
        const first = new Map<string, number>();
        shared = this.optionIds.map((id, i) => {
          const s = signature(id);
          if (!first.has(s)) first.set(s, i);
          return first.get(s)!;
        });
        byAttributes.set(key, shared);
      }
      return shared;
    });
  }

  /** The cache slot of a figure at a position; an option shares the slot of the first option that agrees with it. */
  private slotOf(index: number, at: Slot): number {
    const kind = this.kinds[index]!;
    if (kind === 0) return 0;
    if (kind === 1) return at.item >= 0 ? at.item : this.missingPosition(index, 'list');
    if (at.option < 0) this.missingPosition(index, 'an option');
    const option = this.shared[index]![at.option]!;
    if (kind === 2) return option;
    if (at.row < 0) this.missingPosition(index, 'a row');
    return option * this.rows[index]! + at.row;
  }

  /** The error of a figure read without the position it needs (message built only then). */
  private missingPosition(index: number, what: 'list' | 'an option' | 'a row'): never {
    const figure = this.model.order[index]!;
    return missing(`${what === 'list' ? `a ${figure.scope}` : what} for ${figure.id}`);
  }

  /** A cell's value in the evaluation's own arithmetic (for compiled expressions; `valueAt` for callers). */
  value(index: number, at: Slot): CompiledValue<unknown> {
    const slot = this.slotOf(index, at);
    const cached = this.cells[index]![slot];
    return cached !== undefined && cached !== IN_PROGRESS ? cached : this.compute(index, at, slot);
  }

  compute(index: number, at: Slot, slot: number): CompiledValue<unknown> {
    const cells = this.cells[index]!;
    if (!this.model.cyclic[index]) return (cells[slot] = this.model.compiled[index]!(this, at));
    if (cells[slot] === IN_PROGRESS) throw new Error(`figure ${this.model.order[index]!.id} depends on itself`);
    cells[slot] = IN_PROGRESS;
    try {
      const value = this.model.compiled[index]!(this, at);
      cells[slot] = value;
      return value;
    } catch (error) {
      cells[slot] = undefined;
      throw error;
    }
  }

  /** A cell's value by figure index and slot, as the caller's arithmetic gives it. */
  valueAt(index: number, at: Slot): CompiledValue<N> {
    return this.output(this.value(index, at));
  }

  column(index: number, at: Slot): readonly CompiledValue<unknown>[] {
    const list = this.kinds[index] === 1;
    const byOption = this.columnCache[index]!;
    const key = list ? 0 : this.shared[index]![at.option]! + 1;
    const known = byOption[key];
    if (known) return known;
    // One position object walks the rows: nothing keeps it, and nested evaluations finish before it moves.
    const position = { item: list ? 0 : at.item, option: at.option, row: list ? -1 : 0 };
    if (!list && at.option < 0) this.missingPosition(index, 'an option');
    const count = list ? this.bindings.lists[this.model.order[index]!.scope as ListName].length : this.rows[index]!;
    const first = list ? 0 : this.shared[index]![at.option]! * count;
    const cells = this.cells[index]!;
    const column = new Array<CompiledValue<unknown>>(count);
    for (let i = 0; i < count; i++) {
      if (list) position.item = i;
      else position.row = i;
      const value = cells[first + i];
      column[i] = value !== undefined && value !== IN_PROGRESS ? value : this.compute(index, position, first + i);
    }
    byOption[key] = column;
    return column;
  }

  /** A figure's value at a position, options named by id: the API for results and the workbook. */
  figure(id: Id, at: Position = {}): CompiledValue<N> {
    return this.valueAt(this.model.index.get(id) ?? missing(`figure ${id}`), this.slot(at));
  }

  /** Several figures at one position, in the order given: one position lookup for all of them. */
  figuresAt(figures: readonly { readonly id: string }[], at: Position = {}): CompiledValue<N>[] {
    const slot = this.slot(at);
    const indices = this.indicesOf(figures);
    const values = new Array<CompiledValue<N>>(indices.length);
    for (let i = 0; i < indices.length; i++) values[i] = this.valueAt(indices[i]!, slot);
    return values;
  }

  /** The model's indices of a list of figures, looked up once per list (a sweep asks for the same list every step). */
  private indicesOf(figures: readonly { readonly id: string }[]): readonly number[] {
    let byList = figureIndices.get(this.model);
    if (!byList) figureIndices.set(this.model, (byList = new WeakMap()));
    let indices = byList.get(figures);
    if (indices?.length !== figures.length) {
      const index: ReadonlyMap<string, number> = this.model.index;
      indices = figures.map((f) => index.get(f.id) ?? missing(`figure ${f.id}`));
      byList.set(figures, indices);
    }
    return indices;
  }

  /** Every row of a list or row-set figure at a position. */
  figureColumn(id: Id, at: Position = {}): readonly CompiledValue<N>[] {
    return this.column(this.model.index.get(id) ?? missing(`figure ${id}`), this.slot(at)).map(this.output);
  }

  slot(at: Position): Slot {
    return {
      item: at.item ?? -1,
      option: at.option === undefined ? -1 : (this.optionIndex.get(at.option) ?? missing(`option ${at.option}`)),
      row: at.row ?? -1,
    };
  }

  rowCount(set: RowSet): number {
    return this.rowCounts.get(set.id)!;
  }

  inputAt(k: number): CompiledValue<unknown> {
    return (this.inputs[k] = this.readInput(this.model.reads.inputs[k]!));
  }

  constantAt(k: number): CompiledValue<unknown> {
    return (this.constants[k] = this.readConstant(this.model.reads.constants[k]!));
  }

  optionInputAt(k: number, at: Slot): CompiledValue<unknown> {
    const value = this.readOptionInput(this.model.reads.optionInputs[k]!, at);
    if (at.option >= 0) this.optionInputs[k]![at.option] = value;
    return value;
  }

  readInput(name: string): CompiledValue<unknown> {
    return this.convert(this.bindings.inputs.get(name) ?? missing(`input ${name}`));
  }

  readItemInput(list: ListName, name: string, at: Slot | Position): CompiledValue<unknown> {
    return this.convert(this.bindings.lists[list][at.item ?? -1]?.get(name) ?? missing(`${list} input ${name}`));
  }

  readOptionInput(name: string, at: Slot | Position): CompiledValue<unknown> {
    const option = typeof at.option === 'number' ? this.optionIds[at.option] : at.option;
    return this.convert(
      this.bindings.options.get(option ?? missing('an option'))?.get(name) ?? missing(`option attribute ${name}`),
    );
  }

  readConstant(name: string): CompiledValue<unknown> {
    return this.convert((this.bindings.reference.constants.get(name) ?? missing(`constant ${name}`)).value);
  }

  tableColumn(key: string): readonly CompiledValue<unknown>[] {
    let column = this.columns.get(key);
    if (column === undefined) {
      const [table, name] = key.split('\u0000') as [string, string];
      const rows = (
        this.bindings.reference.tables.get(table) ??
        this.bindings.inputTables?.get(table) ??
        missing(`table ${table}`)
      ).rows;
      this.columns.set(
        key,
        (column = rows.map((row) => this.convert(row[name] ?? missing(`column ${table}.${name}`)))),
      );
    }
    return column;
  }

  /** A scenario input, a list item's input, an option attribute, a constant, a row's key or field, as figure() gives values. */
  input(name: string): CompiledValue<N> {
    return this.output(this.readInput(name));
  }

  itemInput(list: ListName, name: string, at: Slot | Position): CompiledValue<N> {
    return this.output(this.readItemInput(list, name, at));
  }

  optionInput(name: string, at: Slot | Position): CompiledValue<N> {
    return this.output(this.readOptionInput(name, at));
  }

  constant(name: string): CompiledValue<N> {
    return this.output(this.readConstant(name));
  }

  rowKey(rowSet: string, at: Slot | Position): CompiledValue<N> {
    return this.output(this.readRowKey(rowSet, at));
  }

  rowField(rowSet: string, column: string, at: Slot | Position): CompiledValue<N> {
    return this.output(this.readRowField(rowSet, column, at));
  }

  /** The keys of numbered rows (1, 2, 3 ...) in this evaluation's arithmetic: the same in every evaluation. */
  readonly rangeKeys: (CompiledValue<unknown> | undefined)[];
  private rangeKey(row: number): CompiledValue<unknown> {
    return (this.rangeKeys[row] ??= this.calc.from(String(row + 1)));
  }

  rangeKeyAt(row: number): CompiledValue<unknown> {
    return this.rangeKey(row);
  }

  private tableRow(rowSet: string, row: number): Readonly<Record<string, Value>> | undefined {
    const set = this.model.rowSets.get(rowSet);
    if (set?.kind !== 'table') return undefined;
    return this.bindings.reference.tables.get(set.table)?.rows[row];
  }

  readRowKey(rowSet: string, at: Slot | Position): CompiledValue<unknown> {
    const set = this.model.rowSets.get(rowSet) ?? missing(`row set ${rowSet}`);
    const row = at.row ?? missing('a row');
    if (set.kind === 'range') return this.rangeKey(row);
    return this.convert(this.tableRow(rowSet, row)?.[set.keyColumn] ?? missing(`key of row ${row} of ${set.table}`));
  }

  readRowField(rowSet: string, column: string, at: Slot | Position): CompiledValue<unknown> {
    return this.convert(
      this.tableRow(rowSet, at.row ?? missing('a row'))?.[column] ??
        missing(`row field ${column} of row set ${rowSet}`),
    );
  }
}
