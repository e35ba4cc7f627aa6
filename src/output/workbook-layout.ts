import { type Figure, LIST_NAMES, type ListName, type RowSet } from '../expr/figure.js';
import type { Model } from '../expr/model.js';
import { excelText, type FormulaAddresses } from '../expr/render-formula.js';
import { rowSetCount } from '../expr/row-set-count.js';
import type { Position } from '../expr/value.js';
import type { ParameterDefinition, ReferenceData } from '../model/reference-data.js';
import { resolveParameter } from '../model/resolve-parameter.js';
import { INPUT_LIST_TITLES, INPUT_LISTS, type InputList, SHEETS } from '../model/workbook-names.js';
import { absolute, absoluteRange, columnLetter, sheetPrefix } from './sheet-model.js';

// Written here, read back by src/io: the names live in src/model so that io/ imports nothing from output/.
export { INPUT_LIST_TITLES, INPUT_LISTS, type InputList, SHEETS };
export const LIST_SHEETS: Readonly<Record<ListName, string>> = { tier: SHEETS.tiers, workload: SHEETS.workloads };

/** A block of rows with a header: where its first data row is and how many rows it spans. */
export interface Block {
  readonly titleRow: number;
  readonly headerRow: number;
  readonly firstRow: number;
  /** Data rows (at least one is reserved, so ranges over an empty list stay valid). */
  readonly rows: number;
  readonly columns: readonly string[];
}

const blockAfter = (previousEnd: number, rows: number, columns: readonly string[]): Block => ({
  titleRow: previousEnd + 2,
  headerRow: previousEnd + 3,
  firstRow: previousEnd + 4,
  rows: Math.max(1, rows),
  columns,
});
const blockEnd = (block: Block) => block.firstRow + block.rows - 1;

/** The default of an input as a formula literal, unless a blank cell already reads as it (0, FALSE) or it has none. */
function blankDefault(definition: ParameterDefinition, reference: ReferenceData): string | undefined {
  if (definition.defaultText === '') return undefined;
  const resolved = resolveParameter(definition, '', { file: 'data', column: definition.name }, reference);
  if (!('value' in resolved)) return undefined;
  const value = resolved.value;
  if (typeof value === 'boolean') return value ? 'TRUE()' : undefined;
  if (typeof value === 'string') return value === '' ? undefined : excelText(value);
  return value.isZero() ? undefined : value.toFixed();
}

/** Defined name of a scenario input: `in_dag_copies`. */
export const inputName = (name: string) => `in_${name}`;
/** Defined name of a reference constant: `k_kb_per_mb`. */
export const constantName = (name: string) => `k_${name}`;

export interface LayoutCounts {
  readonly tier: number;
  readonly workload: number;
  readonly price: number;
}

/**
 * Empty rows after the scenario's own tiers and workloads, from data/constants.csv (issue 12: room to grow): an
 * analyst adds a tier or a workload in Excel by filling one. Price items are looked up by id and get none.
 */
export function spareListRows(reference: ReferenceData, list: InputList): number {
  if (list === 'price') return 0;
  return reference.constants.get('workbook_spare_list_rows')?.value.toNumber() ?? 0;
}

/**
 * Where everything sits in the workbook, decided before any cell is written so that formulas can
 * refer forward: inputs, reference tables, and each figure at each position.
 */
export class WorkbookLayout implements FormulaAddresses {
  readonly parameterRows = new Map<string, number>();
  readonly inputBlocks = new Map<InputList, Block>();
  readonly constantRows = new Map<string, number>();
  readonly referenceBlocks = new Map<string, Block>();
  readonly scenarioRows = new Map<string, number>();
  readonly optionRows = new Map<string, number>();
  readonly optionSections: { section: string; row: number }[] = [];
  readonly rowSetBlocks = new Map<string, Block>();
  readonly listColumns = new Map<string, number>();
  /** The defaults of inputs that differ from what a blank cell reads as, as formula literals, by `scenario.name` or `tier.name`. */
  private readonly blankDefaults: ReadonlyMap<string, string>;

  constructor(
    readonly model: Model,
    readonly reference: ReferenceData,
    readonly optionIds: readonly string[],
    counts: LayoutCounts,
    sections: readonly { section: string; figures: readonly Figure[] }[],
  ) {
    const parameters = reference.scenarioParameters;
    parameters.forEach((p, i) => this.parameterRows.set(p.name, 4 + i));
    let end = 3 + parameters.length;
    const listDefinitions: Record<InputList, readonly ParameterDefinition[]> = {
      tier: reference.tierParameters,
      workload: reference.workloadParameters,
      price: reference.priceParameters,
    };
    const defaulted: [string, readonly ParameterDefinition[]][] = [
      ['scenario', parameters],
      ...LIST_NAMES.map((list) => [list, listDefinitions[list]] as [string, readonly ParameterDefinition[]]),
    ];
    this.blankDefaults = new Map(
      defaulted.flatMap(([scope, definitions]) =>
        definitions.flatMap((definition) => {
          const literal = blankDefault(definition, reference);
          return literal === undefined ? [] : [[`${scope}.${definition.name}`, literal] as const];
        }),
      ),
    );
    for (const list of INPUT_LISTS) {
      const rows = counts[list] + spareListRows(reference, list);
      const block = blockAfter(end, rows, [...listDefinitions[list].map((d) => d.name), 'notes']);
      this.inputBlocks.set(list, block);
      end = blockEnd(block);
    }

    [...reference.constants.keys()].forEach((name, i) => this.constantRows.set(name, 4 + i));
    end = 3 + reference.constants.size;
    for (const table of reference.tables.values()) {
      const block = blockAfter(end, table.rows.length, [...table.columns, 'source', 'assumption']);
      this.referenceBlocks.set(table.name, block);
      end = blockEnd(block);
    }

    const figures = [...model.figures.values()];
    figures.filter((f) => f.scope === 'scenario').forEach((f, i) => this.scenarioRows.set(f.id, 4 + i));
    for (const list of ['tier', 'workload'] as const)
      figures.filter((f) => f.scope === list).forEach((f, i) => this.listColumns.set(f.id, 2 + i));

    let row = 4;
    for (const { section, figures: sectionFigures } of sections) {
      const own = sectionFigures.filter((f) => f.scope === 'option');
      if (own.length === 0) continue;
      row += 1;
      this.optionSections.push({ section, row });
      for (const figure of own) this.optionRows.set(figure.id, ++row);
    }
    end = row;
    for (const set of model.rowSets.values()) {
      const members = figures.filter((f) => f.scope === `rows:${set.id}`);
      members.forEach((f, i) => this.listColumns.set(f.id, 2 + i));
      const block = blockAfter(end, this.rowCount(set), ['key', ...members.map((f) => f.id)]);
      this.rowSetBlocks.set(set.id, block);
      end = blockEnd(block);
    }
  }

  rowCount(set: RowSet): number {
    return rowSetCount(set, this.reference);
  }

  private figureOf(id: string): Figure {
    const figure = this.model.figures.get(id);
    if (!figure) throw new Error(`no figure ${id}`);
    return figure;
  }

  private option(at: Position): string {
    if (at.option === undefined) throw new Error('an option figure needs an option');
    return at.option;
  }

  /** A scenario input's defined name; where its default differs from what a blank reads as, that default when blank. */
  input(name: string): string {
    const fallback = this.blankDefaults.get(`scenario.${name}`);
    if (fallback === undefined) return inputName(name);
    // The test reads the cell itself: a defined name of an empty cell reads 0 in HyperFormula, not "".
    const cell = absolute(SHEETS.inputs, this.parameterRows.get(name)!, 2);
    return `IF(${cell}="",${fallback},${inputName(name)})`;
  }

  /**
   * A tier's or workload's input cell; where the parameter has a default a blank cell does not read as, the cell
   * with that default when blank, as reading the workbook back fills it in (a spare row filled in part, a cleared cell).
   */
  itemInput(list: ListName, name: string, at: Position): string {
    const block = this.inputBlocks.get(list)!;
    const cell = absolute(SHEETS.inputs, block.firstRow + (at.item ?? 0), block.columns.indexOf(name) + 1);
    const fallback = this.blankDefaults.get(`${list}.${name}`);
    return fallback === undefined ? cell : `IF(${cell}="",${fallback},${cell})`;
  }

  optionInput(name: string, at: Position): string {
    const block = this.referenceBlocks.get('options')!;
    const row = this.reference.tables.get('options')!.rows.findIndex((r) => r.id === this.option(at));
    return absolute(SHEETS.assumptions, block.firstRow + row, block.columns.indexOf(name) + 1);
  }

  constant(name: string): string {
    return constantName(name);
  }

  tableColumn(table: string, column: string): string {
    if (table === 'prices') {
      const block = this.inputBlocks.get('price')!;
      return absoluteRange(SHEETS.inputs, block.firstRow, blockEnd(block), block.columns.indexOf(column) + 1);
    }
    const block = this.referenceBlocks.get(table)!;
    return absoluteRange(SHEETS.assumptions, block.firstRow, blockEnd(block), block.columns.indexOf(column) + 1);
  }

  /** The sheet and cell of a figure at a position. */
  figureCell(id: string, at: Position): { sheet: string; row: number; column: number } {
    const figure = this.figureOf(id);
    if (figure.scope === 'scenario') return { sheet: SHEETS.sizing, row: this.scenarioRows.get(id)!, column: 2 };
    if (figure.scope === 'tier' || figure.scope === 'workload')
      return { sheet: LIST_SHEETS[figure.scope], row: 4 + (at.item ?? 0), column: this.listColumns.get(id)! };
    if (figure.scope === 'option') return { sheet: this.option(at), row: this.optionRows.get(id)!, column: 2 };
    const block = this.rowSetBlocks.get(figure.scope.slice('rows:'.length))!;
    return { sheet: this.option(at), row: block.firstRow + (at.row ?? 0), column: this.listColumns.get(id)! };
  }

  figure(id: string, at: Position): string {
    let address = this.figureAddresses.get(id);
    if (address === undefined) this.figureAddresses.set(id, (address = this.figureAddress(id)));
    return address(at);
  }

  /**
   * A figure's address as a function of the position, what does not depend on it written once: every formula of
   * every option sheet and candidate row asks for a few of them (issue 16). The same text as absolute(figureCell).
   */
  private figureAddress(id: string): (at: Position) => string {
    const figure = this.figureOf(id);
    if (figure.scope === 'scenario') {
      const fixed = absolute(SHEETS.sizing, this.scenarioRows.get(id)!, 2);
      return () => fixed;
    }
    if (figure.scope === 'tier' || figure.scope === 'workload') {
      const sheet = sheetPrefix(LIST_SHEETS[figure.scope]);
      const column = `$${columnLetter(this.listColumns.get(id)!)}$`;
      return (position) => `${sheet}${column}${4 + (position.item ?? 0)}`;
    }
    if (figure.scope === 'option') {
      const cell = `$B$${this.optionRows.get(id)!}`;
      return (position) => sheetPrefix(this.option(position)) + cell;
    }
    const block = this.rowSetBlocks.get(figure.scope.slice('rows:'.length))!;
    const column = `$${columnLetter(this.listColumns.get(id)!)}$`;
    return (position) => `${sheetPrefix(this.option(position))}${column}${block.firstRow + (position.row ?? 0)}`;
  }
  private readonly figureAddresses = new Map<string, (at: Position) => string>();

  figureColumn(id: string, at: Position): string {
    const figure = this.figureOf(id);
    if (figure.scope === 'tier' || figure.scope === 'workload') {
      const rows = this.inputBlocks.get(figure.scope)!.rows;
      return absoluteRange(LIST_SHEETS[figure.scope], 4, 4 + rows - 1, this.listColumns.get(id)!);
    }
    const block = this.rowSetBlocks.get(figure.scope.slice('rows:'.length))!;
    return absoluteRange(this.option(at), block.firstRow, blockEnd(block), this.listColumns.get(id)!);
  }

  rowKey(at: Position): string {
    const block = this.rowSetBlocks.get(at.rowSet!)!;
    return absolute(this.option(at), block.firstRow + (at.row ?? 0), 1);
  }

  rowField(column: string, at: Position): string {
    const set = this.model.rowSets.get(at.rowSet!)!;
    if (set.kind !== 'table') throw new Error(`row set ${set.id} has no fields`);
    const block = this.referenceBlocks.get(set.table)!;
    return absolute(SHEETS.assumptions, block.firstRow + (at.row ?? 0), block.columns.indexOf(column) + 1);
  }
}
