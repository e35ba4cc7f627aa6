import { figureOf, figureValueIn } from '../options/options-model.js';
import { SUMMARY_ROWS } from '../options/summary-rows.js';
import type { SweepPlan } from '../sweep/sweep-plan.js';
import type { SweepRow } from '../sweep/sweep-rows.js';
import { type CsvFormat, EXCEL_CSV } from './csv-format.js';
import { csvStart, csvText, valueCell } from './csv-text.js';
import { figureCell } from './figure-cell.js';

const SUMMARY_FIGURES = SUMMARY_ROWS.map((r) => figureOf(r.figure));

/** The start of sweep.csv: its BOM, then the header: scenario number, the varied inputs, the mailboxes in all, the option, the summary figures by id, warning codes, any error. */
export function sweepCsvHeader(plan: SweepPlan, format: CsvFormat = EXCEL_CSV): string {
  return (
    csvStart(format) +
    csvText(
      [
        [
          'scenario',
          ...plan.variations.map((v) =>
            v.target.kind === 'tier' && v.target.tier ? `${v.target.tier}.${v.target.name}` : v.target.name,
          ),
          'total_mailboxes',
          'option_id',
          ...SUMMARY_ROWS.map((r) => r.figure),
          'warnings',
          'error',
        ],
      ],
      format,
    )
  );
}

/** One line of sweep.csv: varied values that are numbers written as numbers; the summary columns hold numbers only, as in summary.csv. */
export function sweepCsvLine(row: SweepRow, format: CsvFormat = EXCEL_CSV): string {
  return csvText(
    [
      [
        row.scenario + 1,
        ...row.values.map(valueCell),
        row.totalMailboxes ?? '',
        row.option,
        ...SUMMARY_FIGURES.map((f) => figureCell(f, figureValueIn(row.figures, f), true)),
        row.warnings.join(' '),
        row.error ?? '',
      ],
    ],
    format,
  );
}
