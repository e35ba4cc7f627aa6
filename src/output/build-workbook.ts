import { Decimal } from 'decimal.js';
import type { Expr } from '../expr/expression.js';
import type { Figure } from '../expr/figure.js';
import { renderFormula } from '../expr/render-formula.js';
import type { Position, Value } from '../expr/value.js';
import type { ParameterDefinition, ReferenceData } from '../model/reference-data.js';
import type { RawValue } from '../model/resolve-parameter.js';
import type { EvaluatedComparison } from '../options/compare-options.js';
import { OPTION_SECTIONS, optionsModel } from '../options/options-model.js';
import { SUMMARY_ROWS } from '../options/summary-rows.js';
import { INPUT_RULES } from '../sizing/design-checks.js';
import { LICENCE_LINES } from '../sizing/licences.js';
import { currencyLabel } from './currency-label.js';
import { numberFormat } from './number-formats.js';
import { periodLabel } from './period-label.js';
import {
  absolute,
  type CellModel,
  type CellValue,
  columnLetter,
  SheetBuilder,
  type WorkbookModel,
} from './sheet-model.js';
import {
  SUMMARY_FIRST_COLUMN,
  SUMMARY_HEADER_ROW,
  SUMMARY_ID_ROW,
  SUMMARY_PRINT,
  summaryRowOf,
} from './summary-charts.js';
import {
  type Block,
  constantName,
  INPUT_LIST_TITLES,
  type InputList,
  inputName,
  SHEETS,
  WorkbookLayout,
} from './workbook-layout.js';

function cellValue(value: Value | undefined): CellValue {
  if (value === undefined) return null;
  return value instanceof Decimal ? value.toNumber() : value;
}

const text = (value: CellValue, style: CellModel['style'] = 'label'): CellModel => ({ value, style });

function header(sheet: SheetBuilder, row: number, titles: readonly string[]): void {
  titles.forEach((title, i) => sheet.set(row, i + 1, text(title, 'header')));
}

/** Builds the neutral model of comparison.xlsx: live formulas with the engine's values cached. */
export function buildWorkbook(evaluated: EvaluatedComparison, reference: ReferenceData): WorkbookModel {
  const { evaluation, resolved, optionIds, comparison } = evaluated;
  const layout = new WorkbookLayout(
    optionsModel,
    reference,
    optionIds,
    { tier: resolved.tiers.length, workload: resolved.workloads.length, price: resolved.prices.length },
    OPTION_SECTIONS,
  );
  const currency = comparison.scenario.currency;
  const tcoYears = Number(String(resolved.scenario.get('tco_years')));
  // Labels naming the currency follow the currency input (issue 12).
  const label = (value: string, style: CellModel['style']) =>
    currencyLabel(value, currency, inputName('currency'), style);
  const unitCell = (figure: Figure) => label(figure.unit, 'unit');
  const formulaCell = (figure: Figure, at: Position): CellModel => {
    const numFmt = numberFormat(figure);
    return {
      value: cellValue(evaluation.figure(figure.id, at)),
      formula: renderFormula(figure.expr, layout, at),
      style: 'computed',
      ...(numFmt ? { numFmt } : {}),
    };
  };
  const definedNames = new Map<string, string>();
  const inputCells = new Map<string, string>();
  const notesOf: Partial<Record<InputList, readonly (RawValue | undefined)[]>> = {
    tier: evaluated.inputs.tiers.map((t) => t.notes),
    workload: (evaluated.inputs.workloads ?? []).map((w) => w.notes),
    price: evaluated.inputs.prices.map((p) => p.notes),
  };

  // Inputs: every scenario parameter, then the tiers, workloads and prices, all editable.
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
    inputs.set(
      row,
      4,
      text(
        `${definition.description}${definition.source ? ` [${definition.source}]` : ''}${definition.assumption ? ' (assumption)' : ''}`,
        'note',
      ),
    );
    definedNames.set(inputName(definition.name), absolute(SHEETS.inputs, row, 2));
    inputs.validations.push(
      ...validationOf(definition, `B${row}`, reference, (expr) => renderFormula(expr, layout, {})),
    );
    inputCells.set(`scenario.${definition.name}`, `B${row}`);
  }
  const lists: Record<
    InputList,
    { title: string; rows: readonly ReadonlyMap<string, Value>[]; definitions: readonly ParameterDefinition[] }
  > = {
    tier: { title: INPUT_LIST_TITLES.tier, rows: resolved.tiers, definitions: reference.tierParameters },
    workload: {
      title: INPUT_LIST_TITLES.workload,
      rows: resolved.workloads,
      definitions: reference.workloadParameters,
    },
    price: { title: INPUT_LIST_TITLES.price, rows: resolved.prices, definitions: reference.priceParameters },
  };
  for (const [list, { title, rows, definitions }] of Object.entries(lists) as [
    InputList,
    (typeof lists)[InputList],
  ][]) {
    const block = layout.inputBlocks.get(list)!;
    inputs.set(block.titleRow, 1, text(title, 'subtitle'));
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
      const notes = notesOf[list]?.[i];
      const notesAddress = `${columnLetter(definitions.length + 1)}${block.firstRow + i}`;
      inputs.set(block.firstRow + i, definitions.length + 1, {
        value: typeof notes === 'string' ? notes : null,
        style: 'input',
      });
      inputCells.set(`${list}.${i + 1}.notes`, notesAddress);
    });
  }

  // Assumptions: every reference figure, its source, and whether it is an assumption.
  const assumptions = new SheetBuilder(SHEETS.assumptions, { rows: 3, columns: 1 });
  assumptions.set(1, 1, text('Assumptions and sources: the reference figures of data/, each with its source', 'title'));
  header(assumptions, 3, ['Constant', 'Value', 'Unit', 'Source', 'Assumption', 'Notes']);
  for (const constant of reference.constants.values()) {
    const row = layout.constantRows.get(constant.name)!;
    [
      constant.name,
      constant.value.toNumber(),
      constant.unit,
      constant.source,
      constant.assumption ? 'yes' : 'no',
      constant.notes,
    ].forEach((v, c) => assumptions.set(row, c + 1, text(v, c === 1 ? 'reference' : 'label')));
    definedNames.set(constantName(constant.name), absolute(SHEETS.assumptions, row, 2));
  }
  for (const table of reference.tables.values()) {
    const block = layout.referenceBlocks.get(table.name)!;
    assumptions.set(block.titleRow, 1, text(`data/${table.name}.csv`, 'subtitle'));
    header(assumptions, block.headerRow, block.columns);
    table.rows.forEach((row, i) => {
      table.columns.forEach((column, c) =>
        assumptions.set(block.firstRow + i, c + 1, text(cellValue(row[column]), 'reference')),
      );
      assumptions.set(block.firstRow + i, table.columns.length + 1, text(table.sources[i] ?? '', 'note'));
      assumptions.set(block.firstRow + i, table.columns.length + 2, text(table.assumptions[i] ? 'yes' : 'no', 'note'));
    });
  }

  // Sizing: the figures shared by every option.
  const sizing = new SheetBuilder(SHEETS.sizing, { rows: 3, columns: 1 });
  sizing.set(
    1,
    1,
    text('Per-scenario figures: the host platform and the mailbox-weighted averages of the tiers', 'title'),
  );
  header(sizing, 3, ['Figure', 'Value', 'Unit', 'Source', 'Id']);
  for (const figure of optionsModel.figures.values()) {
    if (figure.scope !== 'scenario') continue;
    const row = layout.scenarioRows.get(figure.id)!;
    sizing.set(row, 1, text(figure.label));
    sizing.set(row, 2, formulaCell(figure, {}));
    sizing.set(row, 3, unitCell(figure));
    sizing.set(row, 4, text(figure.source, 'note'));
    sizing.set(row, 5, text(figure.id, 'note'));
  }

  // Tiers and Workloads: one row per item, one column per figure.
  const listSheets = (['tier', 'workload'] as const).map((list) => {
    const sheet = new SheetBuilder(list === 'tier' ? SHEETS.tiers : SHEETS.workloads, { rows: 3, columns: 1 });
    sheet.set(1, 1, text(list === 'tier' ? 'Per mailbox tier' : 'Per workload', 'title'));
    const figures = [...optionsModel.figures.values()].filter((f) => f.scope === list);
    header(sheet, 3, [list === 'tier' ? 'Tier' : 'Workload']);
    figures.forEach((f, i) => sheet.set(3, 2 + i, label(`${f.label} (${f.unit})`, 'header')));
    const items = list === 'tier' ? resolved.tiers : resolved.workloads;
    const nameColumn = layout.inputBlocks.get(list)!;
    items.forEach((_, item) => {
      sheet.set(4 + item, 1, {
        value: cellValue(items[item]!.get(list === 'tier' ? 'tier' : 'workload')),
        formula: absolute(SHEETS.inputs, nameColumn.firstRow + item, 1),
        style: 'computed',
      });
      figures.forEach((figure) =>
        sheet.set(4 + item, layout.listColumns.get(figure.id)!, formulaCell(figure, { item })),
      );
    });
    return sheet;
  });

  // One sheet per option: its figures by section, then the candidate rows it picks from.
  const optionSheets = optionIds.map((option) => {
    const result = comparison.options.find((o) => o.id === option)!;
    const sheet = new SheetBuilder(option, { rows: 4, columns: 1 });
    sheet.set(1, 1, text(result.name, 'title'));
    sheet.set(2, 1, text(`VMware brief section ${result.briefSection}`, 'note'));
    header(sheet, 4, ['Figure', 'Value', 'Unit', 'Source', 'Id']);
    for (const { section, row } of layout.optionSections) sheet.set(row, 1, text(section, 'subtitle'));
    for (const figure of optionsModel.figures.values()) {
      if (figure.scope !== 'option') continue;
      const row = layout.optionRows.get(figure.id)!;
      sheet.set(row, 1, periodLabel(figure.id, figure.label, tcoYears, inputName('tco_years')));
      sheet.set(row, 2, formulaCell(figure, { option }));
      sheet.set(row, 3, unitCell(figure));
      sheet.set(row, 4, text(figure.source, 'note'));
      sheet.set(row, 5, text(figure.id, 'note'));
    }
    for (const set of optionsModel.rowSets.values()) {
      const block: Block = layout.rowSetBlocks.get(set.id)!;
      const figures = [...optionsModel.figures.values()].filter((f) => f.scope === `rows:${set.id}`);
      sheet.set(
        block.titleRow,
        1,
        text(`${set.label}: one row per candidate; the formulas above pick one`, 'subtitle'),
      );
      header(sheet, block.headerRow, [set.kind === 'range' ? 'Candidate' : 'Row', ...figures.map((f) => f.label)]);
      for (let row = 0; row < block.rows; row++) {
        const at = { option, row, rowSet: set.id };
        sheet.set(block.firstRow + row, 1, text(cellValue(evaluation.rowKey(set.id, at) as Value), 'label'));
        figures.forEach((figure) =>
          sheet.set(block.firstRow + row, layout.listColumns.get(figure.id)!, formulaCell(figure, at)),
        );
      }
    }
    return sheet;
  });

  // Summary: the options side by side, each cell a reference to the option's own sheet.
  const summary = new SheetBuilder(
    SHEETS.summary,
    { rows: SUMMARY_HEADER_ROW, columns: 2 },
    SUMMARY_PRINT,
    SUMMARY_FIRST_COLUMN,
  );
  summary.set(1, 1, text('Exchange 2010 on vSphere: availability and recovery options compared', 'title'));
  summary.set(2, 1, { value: comparison.scenario.name, formula: inputName('name'), style: 'computed' });
  header(summary, SUMMARY_ID_ROW, ['Option', '', ...comparison.options.map((o) => o.id)]);
  header(summary, SUMMARY_HEADER_ROW, ['Figure', 'Unit', ...comparison.options.map((o) => o.name)]);
  SUMMARY_ROWS.forEach((row) => {
    const figure = optionsModel.figures.get(row.figure)!;
    summary.set(summaryRowOf(row.key), 1, periodLabel(row.figure, row.label, tcoYears, inputName('tco_years')));
    summary.set(summaryRowOf(row.key), 2, unitCell(figure));
    optionIds.forEach((option, c) => {
      const numFmt = numberFormat(figure);
      summary.set(summaryRowOf(row.key), SUMMARY_FIRST_COLUMN + c, {
        value: cellValue(evaluation.figure(row.figure, { option })),
        formula: layout.figure(row.figure, { option }),
        style: 'computed',
        ...(numFmt ? { numFmt } : {}),
      });
    });
  });
  // The cheapest valid design: its total cost of ownership highlighted, valid and no valid option costing less.
  const first = columnLetter(SUMMARY_FIRST_COLUMN);
  const last = columnLetter(SUMMARY_FIRST_COLUMN + optionIds.length - 1);
  const validRow = summaryRowOf('designValid');
  const tcoRow = summaryRowOf('tco');
  summary.highlights.push({
    range: `${first}${tcoRow}:${last}${tcoRow}`,
    formula: `AND(${first}$${validRow},COUNTIFS($${first}$${validRow}:$${last}$${validRow},TRUE(),$${first}$${tcoRow}:$${last}$${tcoRow},"<"&${first}${tcoRow})=0)`,
  });

  // Licences: every line of every option.
  const licences = new SheetBuilder(SHEETS.licences, { rows: 3, columns: 2 });
  licences.set(1, 1, text('Licences per option', 'title'));
  const parts = ['Edition', 'Quantity', 'UnitPrice', 'Cost', 'YearlySupport'];
  header(licences, 3, ['Option', 'Item', 'Edition', 'Quantity']);
  ['Unit price (currency)', 'Cost (currency)', 'Yearly support (currency)'].forEach((title, i) =>
    licences.set(3, 5 + i, label(title, 'header')),
  );
  let row = 4;
  for (const option of optionIds) {
    for (const line of LICENCE_LINES) {
      licences.set(row, 1, text(option));
      licences.set(row, 2, text(line.item));
      parts.forEach((part, c) => {
        const figure = optionsModel.figures.get(`${line.id}${part}`)!;
        const numFmt = numberFormat(figure);
        licences.set(row, 3 + c, {
          value: cellValue(evaluation.figure(figure.id, { option })),
          formula: layout.figure(figure.id, { option }),
          style: 'computed',
          ...(numFmt ? { numFmt } : {}),
        });
      });
      row++;
    }
  }

  return {
    sheets: [summary, inputs, sizing, ...listSheets, ...optionSheets, licences, assumptions].map((s) => s.build()),
    definedNames,
    inputCells,
    optionCount: optionIds.length,
  };
}

/** The bounds of a numeric parameter: its minimum and maximum, or the keys of its look-up table. */
function boundsOf(definition: ParameterDefinition, reference: ReferenceData): { minimum?: number; maximum?: number } {
  if (definition.rangeTable) {
    const keys =
      reference.tables
        .get(definition.rangeTable.table)
        ?.rows.map((r) => Number(String(r[definition.rangeTable!.column]))) ?? [];
    if (keys.length > 0) return { minimum: Math.min(...keys), maximum: Math.max(...keys) };
  }
  return {
    ...(definition.minimum ? { minimum: definition.minimum.value.toNumber() } : {}),
    ...(definition.maximum ? { maximum: definition.maximum.value.toNumber() } : {}),
  };
}

function validationOf(
  definition: ParameterDefinition,
  address: string,
  reference: ReferenceData,
  render?: (expr: Expr) => string,
) {
  const prompt = `${definition.description}${definition.unit ? ` (${definition.unit})` : ''}`.slice(0, 250);
  const rules = render ? (INPUT_RULES.get(definition.name) ?? []) : [];
  if (rules.length > 0 && (definition.type === 'integer' || definition.type === 'decimal')) {
    // A rule between parameters (the design checks' own formula) on top of the cell's range, at entry.
    const { minimum, maximum } = boundsOf(definition, reference);
    const own = [
      `ISNUMBER(${address})`,
      ...(definition.type === 'integer' ? [`${address}=INT(${address})`] : []),
      ...(minimum === undefined ? [] : [`${address}>=${minimum}`]),
      ...(maximum === undefined ? [] : [`${address}<=${maximum}`]),
    ];
    return [
      {
        address,
        type: 'custom' as const,
        formula: `AND(${[...own, ...rules.map((r) => render!(r.holds))].join(',')})`,
        error: rules.map((r) => r.message).join('; '),
        prompt,
      },
    ];
  }
  switch (definition.type) {
    case 'boolean':
      return [{ address, type: 'list' as const, list: ['TRUE', 'FALSE'], prompt }];
    case 'choice':
      return [{ address, type: 'list' as const, list: definition.choices, prompt }];
    case 'integer':
    case 'decimal':
      return [
        {
          address,
          type: definition.type === 'integer' ? ('whole' as const) : ('decimal' as const),
          ...boundsOf(definition, reference),
          prompt,
        },
      ];
    default:
      return [];
  }
}
