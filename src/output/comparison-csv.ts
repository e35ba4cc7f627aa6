import type { Comparison } from '../options/compare-options.js';
import { OPTION_SECTIONS } from '../options/options-model.js';
import { csvText } from './csv-text.js';
import { SUMMARY_ROWS } from '../options/summary-rows.js';

/** summary.csv: one row per option, the summary figures as columns, in a stable order. */
export function summaryCsv(comparison: Comparison): string {
  const header = ['scenario', 'option_id', 'option_name', 'brief_section', 'currency', ...SUMMARY_ROWS.map((r) => r.key), 'warnings'];
  const rows = comparison.options.map((o) => [comparison.scenario.name, o.id, o.name, o.briefSection, comparison.scenario.currency, ...SUMMARY_ROWS.map((r) => o.figures[r.figure] ?? ''), o.warnings.map((w) => w.message).join(' | ')]);
  return csvText([header, ...rows]);
}

/** details.csv: every figure of every option in long format: option, section, item, value, unit, figure. */
export function detailsCsv(comparison: Comparison): string {
  const rows: (string | number | boolean)[][] = [['option', 'section', 'item', 'value', 'unit', 'figure']];
  for (const option of comparison.options) {
    for (const { section, figures } of OPTION_SECTIONS) {
      for (const figure of figures) {
        if (figure.scope !== 'option') continue;
        rows.push([option.id, section, figure.label, option.figures[figure.id] ?? '', figure.unit.replace('currency', comparison.scenario.currency), figure.id]);
      }
    }
  }
  return csvText(rows);
}

/** comparison.json: `{ schemaVersion, scenario, options }`, the library result as it is. */
export function comparisonJson(comparison: Comparison): string {
  return `${JSON.stringify(comparison, null, 2)}\n`;
}
