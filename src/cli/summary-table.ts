import type { Comparison } from '../options/compare-options.js';
import { optionsModel } from '../options/options-model.js';
import { SUMMARY_ROWS } from '../options/summary-rows.js';

const SHOWN = ['hosts_primary', 'hosts_dr', 'vms_primary', 'mailbox_servers', 'storage_total_tb', 'capex', 'tco', 'cost_per_mailbox', 'consolidation_ratio', 'site_loss_protected'];

function format(value: string | number | boolean | undefined, money: boolean): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const number = Number(value);
  if (!Number.isFinite(number)) return String(value);
  return number.toLocaleString('en-US', money ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : { maximumFractionDigits: 2 });
}

/** A short side-by-side table of the options for the terminal. */
export function summaryTable(comparison: Comparison): string {
  const rows = SUMMARY_ROWS.filter((r) => SHOWN.includes(r.key));
  const header = ['', ...comparison.options.map((o) => o.id)];
  const body = rows.map((r) => {
    const figure = optionsModel.figures.get(r.figure)!;
    const unit = figure.unit.replace('currency', comparison.scenario.currency);
    return [`${r.label}${unit && unit !== 'yes/no' ? ` (${unit})` : ''}`, ...comparison.options.map((o) => format(o.figures[r.figure], figure.kind === 'money'))];
  });
  const widths = header.map((_, c) => Math.max(...[header, ...body].map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const warnings = comparison.options.flatMap((o) => o.warnings.map((w) => `  ${o.id}: ${w.message}`));
  return [`${comparison.scenario.name}: ${comparison.scenario.totalMailboxes.toLocaleString('en-US')} mailboxes`, line(header), ...body.map(line), ...(warnings.length ? ['warnings:', ...warnings] : [])].join('\n');
}
