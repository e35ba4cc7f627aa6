import { Dec } from '../decimal.js';
import type { FigureId } from '../model/figure-ids.js';
import type { Comparison } from '../options/compare-options.js';
import type { OptionResult } from '../options/option-result.js';
import { figureOf } from '../options/options-model.js';
import { SUMMARY_ROWS } from '../options/summary-rows.js';
import { numberFormat } from '../output/number-formats.js';
import { labelWithPeriod } from '../output/period-label.js';

const SHOWN: readonly FigureId[] = [
  'totalHosts',
  'primaryVms',
  'mailboxServers',
  'totalStorageTB',
  'capex',
  'tco',
  'costPerMailboxPerMonth',
  'consolidationRatio',
  'hostFailureRedundancyMinutes',
  'siteLossProtected',
];
/** Beside each cost of an option whose design is not valid. */
const NOT_VALID = '!';
const GAP = '  ';
/** Narrowest figure column: headers wrap to it, so they take a few lines, not one per word. */
const MIN_COLUMN = 10;
/** The workbook's format of two decimal places. */
const TWO_PLACES = '#,##0.00';

/** Thousands separators in the integer part of a plain decimal string: 1335229.43 → 1,335,229.43. */
function groupThousands(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * A figure for the terminal, exactly (no float, no ICU start-up): to two places where the workbook shows two (money,
 * terabytes, ratios, minutes: the decimals of its unit), other numbers to at most two.
 */
function format(value: string | number | boolean | undefined, twoPlaces: boolean): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  let number: Dec;
  try {
    number = new Dec(value);
  } catch {
    return String(value);
  }
  if (!number.isFinite()) return String(value);
  return groupThousands(
    twoPlaces ? number.toFixed(2, Dec.ROUND_HALF_UP) : number.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(),
  );
}

/** The words of `text` in lines of at most `width` characters (a longer word gets a line of its own). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface Column {
  readonly header: string;
  readonly cells: readonly string[];
}

/** A column's width: its widest cell or header word, at least MIN_COLUMN for a figure. */
function columnWidth(column: Column, figure = true): number {
  return Math.max(
    figure ? MIN_COLUMN : 0,
    ...column.cells.map((cell) => cell.length),
    ...column.header.split(' ').map((word) => word.length),
  );
}

/** Columns side by side under wrapped headers, the first (the option ids) left-aligned, the figures right-aligned. */
function block(columns: readonly Column[], width: number): string[] {
  const widths = columns.map((c, i) => columnWidth(c, i > 0));
  // Room left on the line goes to the figure columns, so their headers wrap to fewer lines.
  const spare = width - widths.reduce((sum, w) => sum + w, 0) - GAP.length * (columns.length - 1);
  for (let i = 1; i < widths.length && spare > 0; i++) widths[i]! += Math.floor(spare / (widths.length - 1));
  const headers = columns.map((c, i) => wrap(c.header, widths[i]!));
  const headerLines = Math.max(...headers.map((h) => h.length));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join(GAP)
      .trimEnd();
  const header = Array.from({ length: headerLines }, (_, l) =>
    line(headers.map((h) => h[l - (headerLines - h.length)] ?? '')),
  );
  return [...header, ...columns[0]!.cells.map((_, r) => line(columns.map((c) => c.cells[r]!)))];
}

/**
 * A short table of the options for the terminal, one row per option, in blocks of figures that fit
 * `width` columns (80, a terminal's default). The costs of an option whose design is not valid are
 * marked `!`, with a note naming those options; their warnings go to stderr (`warningLines`).
 */
export function summaryTable(comparison: Comparison, width = 80): string {
  const options = comparison.options;
  const ids: Column = { header: 'option', cells: options.map((o) => o.id) };
  // The TCO's header names its period, as the workbook's label does: "Total cost of ownership, 3 years".
  const tcoYears = Number(comparison.scenario.parameters.tco_years);
  const figures: Column[] = SUMMARY_ROWS.filter((r) => SHOWN.includes(r.key)).flatMap((r) => {
    const figure = figureOf(r.figure);
    const money = figure.kind === 'money';
    const unit = figure.unit.replace('currency', comparison.scenario.currency);
    const column = {
      header: `${labelWithPeriod(r.figure, r.label, tcoYears)}${unit && unit !== 'yes/no' ? ` (${unit})` : ''}`,
      cells: options.map(
        (o) =>
          `${format(o.figures[r.figure], numberFormat(figure) === TWO_PLACES)}${money ? (o.valid ? '  ' : ` ${NOT_VALID}`) : ''}`,
      ),
    };
    // Whether the design is valid sits beside the costs: after the last cost column.
    return r.key === 'costPerMailboxPerMonth'
      ? [column, { header: 'Design valid', cells: options.map((o) => (o.valid ? 'yes' : 'NO')) }]
      : [column];
  });
  // As many figures in a block as fit beside the option ids; the next block repeats the ids.
  const room = width - columnWidth(ids, false);
  const blocks: Column[][] = [];
  let used = 0;
  for (const column of figures) {
    const needed = GAP.length + columnWidth(column);
    if (blocks.length > 0 && used + needed <= room) {
      blocks.at(-1)!.push(column);
      used += needed;
    } else {
      blocks.push([column]);
      used = needed;
    }
  }
  const notValid = options.filter((o) => !o.valid);
  return [
    ...wrap(`${comparison.scenario.name}: ${mailboxesLine(comparison, tcoYears)}`, width),
    ...blocks.flatMap((columns) => ['', ...block([ids, ...columns], width)]),
    ...(notValid.length > 0
      ? [
          '',
          ...wrap(
            `${NOT_VALID} design not valid as costed (the warnings are on stderr): ${notValid.map((o) => o.id).join(', ')}`,
            width,
          ),
        ]
      : []),
  ].join('\n');
}

/** One line per warning of each option, for stderr: `warning: <option>: <message>`. */
export function warningLines(options: readonly OptionResult[]): string[] {
  return options.flatMap((o) =>
    o.warnings.map((w) => `warning: ${o.id}${w.severity === 'unbuildable' ? ' (design not valid)' : ''}: ${w.message}`),
  );
}

/** The mailboxes sized for; where the tiers grow (issue 13), those of year 1 first. */
function mailboxesLine(comparison: Comparison, tcoYears: number): string {
  const end = groupThousands(String(comparison.scenario.totalMailboxes));
  const yearOne = groupThousands(String(comparison.scenario.platform.totalMailboxesYearOne));
  return yearOne === end
    ? `${end} mailboxes`
    : `${yearOne} mailboxes in year 1, sized for ${end} after ${tcoYears} years`;
}
