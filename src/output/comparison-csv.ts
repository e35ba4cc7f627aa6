import type { Figure } from '../expr/figure.js';
import type { FigureValue } from '../expr/figure-values.js';
import type { Comparison } from '../options/compare-options.js';
import type { ListItemFigures } from '../options/list-item-figures.js';
import { LIST_FIGURES } from '../options/list-item-figures.js';
import { figureOf, figureValueIn, OPTION_SECTIONS, optionsModel } from '../options/options-model.js';
import { SUMMARY_ROWS } from '../options/summary-rows.js';
import { type CsvFormat, EXCEL_CSV } from './csv-format.js';
import { type CsvCell, csvFile } from './csv-text.js';
import { figureCell } from './figure-cell.js';

const SUMMARY_FIGURES = SUMMARY_ROWS.map((r) => figureOf(r.figure));
const SCENARIO_FIGURES = [...optionsModel.figures.values()].filter((f) => f.scope === 'scenario');

/**
 * summary.csv: one row per option, in a stable column order: the option, whether its design is `valid`, the
 * summary figures (each column named by the figure's id and holding numbers only), the codes of its
 * `warnings` and their messages.
 *
 * @example
 * summaryCsv(compareOptions(inputs, reference)); // '\uFEFFscenario,option_id,option_name,...'
 * summaryCsv(comparison, csvFormat({ locale: 'de-DE' })); // ';' between cells, decimal commas
 */
export function summaryCsv(comparison: Comparison, format: CsvFormat = EXCEL_CSV): string {
  const header = [
    'scenario',
    'option_id',
    'option_name',
    'brief_section',
    'currency',
    'valid',
    ...SUMMARY_ROWS.map((r) => r.figure),
    'warnings',
    'warning_messages',
  ];
  const rows = comparison.options.map((o): CsvCell[] => [
    comparison.scenario.name,
    o.id,
    o.name,
    o.briefSection,
    comparison.scenario.currency,
    o.valid,
    ...SUMMARY_FIGURES.map((f) => figureCell(f, figureValueIn(o.figures, f), true)),
    o.warnings.map((w) => w.code).join(' '),
    o.warnings.map((w) => w.message).join(' | '),
  ]);
  return csvFile([header, ...rows], format);
}

/**
 * details.csv: every figure in long format, `option,section,item,value,unit,figure,tier_or_workload`: first the
 * figures shared by every option (section Sizing, then one row per tier or workload and figure, named in the last
 * column), then every figure of every option.
 *
 * @example
 * detailsCsv(comparison); // '\uFEFFoption,section,item,value,unit,figure,tier_or_workload\r\n...'
 */
export function detailsCsv(comparison: Comparison, format: CsvFormat = EXCEL_CSV): string {
  const currency = comparison.scenario.currency;
  const line = (
    option: string,
    section: string,
    figure: Figure,
    value: FigureValue | undefined,
    item = '',
  ): CsvCell[] => [
    option,
    section,
    figure.label,
    figureCell(figure, value),
    figure.unit.replace('currency', currency),
    figure.id,
    item,
  ];
  const rows: CsvCell[][] = [['option', 'section', 'item', 'value', 'unit', 'figure', 'tier_or_workload']];
  for (const figure of SCENARIO_FIGURES)
    rows.push(line('', 'Sizing', figure, figureValueIn(comparison.scenario.platform, figure)));
  const perItem = (section: string, figures: readonly Figure[], items: readonly ListItemFigures[]) => {
    for (const item of items)
      for (const figure of figures)
        rows.push(line('', section, figure, figureValueIn(item.figures, figure), item.name));
  };
  perItem('Tiers', LIST_FIGURES.tier, comparison.scenario.tiers);
  perItem('Workloads', LIST_FIGURES.workload, comparison.scenario.workloads);
  for (const option of comparison.options) {
    for (const { section, figures } of OPTION_SECTIONS) {
      for (const figure of figures) {
        if (figure.scope === 'option')
          rows.push(line(option.id, section, figure, figureValueIn(option.figures, figure)));
      }
    }
  }
  return csvFile(rows, format);
}

/**
 * comparison.json: `{ schemaVersion, scenario, options }`, the library result as it is.
 *
 * @example
 * JSON.parse(comparisonJson(comparison)).schemaVersion; // 3
 */
export function comparisonJson(comparison: Comparison): string {
  return `${JSON.stringify(comparison, null, 2)}\n`;
}
