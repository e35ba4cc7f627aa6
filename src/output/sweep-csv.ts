import { csvText } from './csv-text.js';
import { SUMMARY_ROWS } from '../options/summary-rows.js';
import type { SweepPlan } from '../sweep/sweep-plan.js';
import type { SweepRow } from '../sweep/sweep-rows.js';

/** The header of sweep.csv: scenario number, the varied inputs, the mailboxes in all, the option, the summary figures, warning codes, any error. */
export function sweepCsvHeader(plan: SweepPlan): string {
  return csvText([['scenario', ...plan.variations.map((v) => (v.target.kind === 'tier' && v.target.tier ? `${v.target.tier}.${v.target.name}` : v.target.name)), 'total_mailboxes', 'option_id', ...SUMMARY_ROWS.map((r) => r.key), 'warnings', 'error']]);
}

/** One line of sweep.csv. */
export function sweepCsvLine(row: SweepRow): string {
  return csvText([[row.scenario + 1, ...row.values, row.totalMailboxes ?? '', row.option, ...SUMMARY_ROWS.map((r) => row.figures[r.key] ?? ''), row.warnings.join(' '), row.error ?? '']]);
}
