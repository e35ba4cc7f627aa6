import { Decimal } from 'decimal.js';
import { renderFormula } from '../../expr/render-formula.js';
import type { Value } from '../../expr/value.js';
import type { ParameterDefinition } from '../../model/reference-data.js';
import type { RawValue } from '../../model/resolve-parameter.js';
import { absolute, columnLetter, SheetBuilder } from '../sheet-model.js';
import { INPUT_LIST_TITLES, type InputList, inputName, SHEETS, spareListRows } from '../workbook-layout.js';
import { validationOf } from './input-validation.js';
import { cellValue, header, type SheetContext, text } from './sheet-context.js';

/** The Inputs sheet: every scenario parameter, then the tiers, workloads and prices, all editable. */
export function inputsSheet(context: SheetContext): {
  sheet: SheetBuilder;
  definedNames: Map<string, string>;
  inputCells: Map<string, string>;
} {
  const { evaluated, reference, layout } = context;
  const { resolved } = evaluated;
  const definedNames = new Map<string, string>();
  const inputCells = new Map<string, string>();
  const inputs = new SheetBuilder(SHEETS.inputs, { rows: 3, columns: 1 });
  inputs.set(1, 1, text('Inputs: edit the yellow cells; everything else recomputes', 'title'));
  header(inputs, 3, ['Parameter', 'Value', 'Unit', 'Notes']);
  for (const definition of reference.scenarioParameters) {
    const row = layout.parameterRows.get(definition.name)!;
    const value = resolved.scenario.get(definition.name);
    const empty = definition.defaultText === 'auto' && value instanceof Decimal && value.isZero();
    inputs.set(row, 1, text(definition.name));
    inputs.set(row, 2, { value: empty ? null : cellValue(value), style: 'input' });
    inputs.set(row, 3, text(definition.unit, 'unit'));
    inputs.set(row, 4, text(parameterNote(definition), 'note'));
    definedNames.set(inputName(definition.name), absolute(SHEETS.inputs, row, 2));
    inputs.validations.push(
      ...validationOf(definition, `B${row}`, reference, (expr) => renderFormula(expr, layout, {})),
    );
    inputCells.set(`scenario.${definition.name}`, `B${row}`);
  }
  const notesOf: Record<InputList, readonly (RawValue | undefined)[]> = {
    tier: evaluated.inputs.tiers.map((t) => t.notes),
    workload: (evaluated.inputs.workloads ?? []).map((w) => w.notes),
    price: evaluated.inputs.prices.map((p) => p.notes),
  };
  const lists: Record<
    InputList,
    { rows: readonly ReadonlyMap<string, Value>[]; definitions: readonly ParameterDefinition[] }
  > = {
    tier: { rows: resolved.tiers, definitions: reference.tierParameters },
    workload: { rows: resolved.workloads, definitions: reference.workloadParameters },
    price: { rows: resolved.prices, definitions: reference.priceParameters },
  };
  for (const list of Object.keys(lists) as InputList[]) {
    const { rows, definitions } = lists[list];
    const block = layout.inputBlocks.get(list)!;
    inputs.set(block.titleRow, 1, text(INPUT_LIST_TITLES[list], 'subtitle'));
    header(inputs, block.headerRow, block.columns);
    rows.forEach((item, i) => {
      definitions.forEach((definition, c) => {
        const address = `${columnLetter(c + 1)}${block.firstRow + i}`;
        // A price item's id is the key every licence formula looks up: locked, not an input (issue 12).
        const key = list === 'price' && c === 0;
        inputs.set(block.firstRow + i, c + 1, {
          value: cellValue(item.get(definition.name)),
          style: key ? 'label' : 'input',
        });
        if (!key) inputs.validations.push(...validationOf(definition, address, reference));
        inputCells.set(`${list}.${i + 1}.${definition.name}`, address);
      });
      const notes = notesOf[list][i];
      const notesAddress = `${columnLetter(definitions.length + 1)}${block.firstRow + i}`;
      inputs.set(block.firstRow + i, definitions.length + 1, {
        value: typeof notes === 'string' ? notes : null,
        style: 'input',
      });
      inputCells.set(`${list}.${i + 1}.notes`, notesAddress);
    });
    // Room to grow (issue 12): empty rows, editable and validated like the rows above; empty, they count zero.
    const spare = spareListRows(reference, list);
    for (let i = rows.length; i < rows.length + spare; i++) {
      definitions.forEach((definition, c) => {
        const address = `${columnLetter(c + 1)}${block.firstRow + i}`;
        inputs.set(block.firstRow + i, c + 1, { value: null, style: 'input' });
        inputs.validations.push(...validationOf(definition, address, reference));
        inputCells.set(`${list}.${i + 1}.${definition.name}`, address);
      });
      inputs.set(block.firstRow + i, definitions.length + 1, { value: null, style: 'input' });
      inputCells.set(`${list}.${i + 1}.notes`, `${columnLetter(definitions.length + 1)}${block.firstRow + i}`);
    }
  }
  return { sheet: inputs, definedNames, inputCells };
}

function parameterNote(definition: ParameterDefinition): string {
  const source = definition.source ? ` [${definition.source}]` : '';
  return `${definition.description}${source}${definition.assumption ? ' (assumption)' : ''}`;
}
