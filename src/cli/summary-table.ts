import { Dec } from '../decimal.js';
import type { Comparison } from '../options/compare-options.js';
import { optionsModel } from '../options/options-model.js';
import { SUMMARY_ROWS } from '../options/summary-rows.js';

const SHOWN = ['totalHosts', 'primaryVms', 'mailboxServers', 'totalStorageTB', 'capex', 'tco', 'costPerMailboxPerMonth', 'consolidationRatio', 'hostFailureRedundancyMinutes', 'siteLossProtected'];

/** Thousands separators in the integer part of a plain decimal string: 1335229.43 → 1,335,229.43. */
function groupThousands(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A figure for the terminal: money to the cent, other numbers to at most two decimals, exactly (no float, no ICU start-up). */
function format(value: string | number | boolean | undefined, money: boolean): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  let number: Dec;
  try {
    number = new Dec(value);
  } catch {
    return String(value);
  }
  if (!number.isFinite()) return String(value);
  return groupThousands(money ? number.toFixed(2, Dec.ROUND_HALF_UP) : number.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed());
}

/** A short side-by-side table of the options for the terminal. */
export function summaryTable(comparison: Comparison): string {
  const rows = SUMMARY_ROWS.filter((r) => SHOWN.includes(r.figure));
  const header = ['', ...comparison.options.map((o) => o.id)];
  const body = rows.map((r) => {
    const figure = optionsModel.figures.get(r.figure)!;
    const unit = figure.unit.replace('currency', comparison.scenario.currency);
    return [`${r.label}${unit && unit !== 'yes/no' ? ` (${unit})` : ''}`, ...comparison.options.map((o) => format(o.figures[r.figure], figure.kind === 'money'))];
  });
  const widths = header.map((_, c) => Math.max(...[header, ...body].map((row) => row[c]!.length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const warnings = comparison.options.flatMap((o) => o.warnings.map((w) => `  ${o.id}: ${w.message}`));
  return [`${comparison.scenario.name}: ${groupThousands(String(comparison.scenario.totalMailboxes))} mailboxes`, line(header), ...body.map(line), ...(warnings.length ? ['warnings:', ...warnings] : [])].join('\n');
}
