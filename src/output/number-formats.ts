import type { Figure } from '../expr/figure.js';

/**
 * Decimals a quantity shows by its unit, the same wherever the unit appears (issue 12): gigabytes whole, terabytes
 * and ratios (`:1`, `x`) and minutes to two places. A quantity of another unit (MB per mailbox, IOPS,
 * megacycles), per mailbox as well as in total, shows two to four places.
 */
const QUANTITY_FORMATS: ReadonlyMap<string, string> = new Map([
  ['GB', '#,##0'],
  ['TB', '#,##0.00'],
  [':1', '#,##0.00'],
  ['x', '#,##0.00'],
  // Recovery and data-loss times: half a minute is worth showing, and 417.6159 beside 5.00 reads as noise.
  ['minutes', '#,##0.00'],
]);

/**
 * The Excel number format of a figure's cells, by its kind and, for a quantity, its unit.
 *
 * @example
 * numberFormat({ kind: 'quantity', unit: 'TB' }); // '#,##0.00'
 */
export function numberFormat(figure: Pick<Figure, 'kind' | 'unit'>): string | undefined {
  switch (figure.kind) {
    case 'count':
      return '#,##0';
    case 'money':
      return '#,##0.00';
    case 'share':
      return '0.0%';
    case 'quantity':
      return QUANTITY_FORMATS.get(figure.unit) ?? '#,##0.00##';
    case 'flag':
      // A flag's cell holds 1 or 0 (a logical value would show TRUE or FALSE in Excel whatever the format): yes or no.
      return '"yes";"yes";"no"';
    default:
      return undefined;
  }
}

/** Digits grouped in threes: 1234567 → 1,234,567. */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * The text Excel shows for a number in one of these formats, near enough to size its column: a column narrower
 * than this shows ### instead of the number.
 *
 * @example
 * formattedNumber(2395854.1, '#,##0.00'); // '2,395,854.10'
 */
export function formattedNumber(value: number, numFmt: string | undefined): string {
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  switch (numFmt) {
    case '#,##0':
      return sign + grouped(magnitude.toFixed(0));
    case '#,##0.00': {
      const [w, d] = magnitude.toFixed(2).split('.');
      return `${sign}${grouped(w!)}.${d}`;
    }
    case '#,##0.00##': {
      const [w, d = ''] = magnitude.toFixed(4).split('.');
      return `${sign}${grouped(w!)}.${d.replace(/0{1,2}$/, '').padEnd(2, '0')}`;
    }
    case '0.0%':
      return `${sign}${(magnitude * 100).toFixed(1)}%`;
    default:
      return String(value);
  }
}

/**
 * The length of formattedNumber's text, worked out without writing it where the format groups digits: asked for
 * every number cell of the workbook, for its column's width (issue 16).
 *
 * @example
 * formattedLength(2395854.1, '#,##0.00'); // 12, the length of '2,395,854.10'
 */
export function formattedLength(value: number, numFmt: string | undefined): number {
  const sign = value < 0 ? 1 : 0;
  const magnitude = Math.abs(value);
  // Beyond 1e21 toFixed writes an exponent, which formattedNumber groups as it finds it.
  if (!(magnitude < 1e21)) return formattedNumber(value, numFmt).length;
  const whole = (digits: number) => digits + Math.floor((digits - 1) / 3);
  switch (numFmt) {
    case '#,##0':
      return sign + whole(magnitude.toFixed(0).length);
    case '#,##0.00':
      return sign + whole(magnitude.toFixed(2).length - 3) + 3;
    case '#,##0.00##': {
      const text = magnitude.toFixed(4);
      // Up to two trailing zeros of the four decimals go: '#,##0.00##' shows two to four.
      const dropped = text.endsWith('00') ? 2 : text.endsWith('0') ? 1 : 0;
      return sign + whole(text.length - 5) + 5 - dropped;
    }
    case '0.0%':
      return formattedNumber(value, numFmt).length;
    default: {
      // A whole number as String writes it: its digits counted, no text made (the Layout sheet has millions).
      if (!Number.isInteger(value) || magnitude >= 1e15) return formattedNumber(value, numFmt).length;
      let digits = 1;
      for (let rest = magnitude; rest >= 10; rest = Math.floor(rest / 10)) digits++;
      return sign + digits;
    }
  }
}
