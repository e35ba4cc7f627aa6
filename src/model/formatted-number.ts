/** A number as a spreadsheet shows it, read back as the plain number it stands for. */
export interface FormattedNumber {
  /** The plain number in the file's own decimal mark: `2995.50` (or `2995,50` where the decimal mark is a comma). */
  readonly plain: string;
  readonly currencySymbol: boolean;
  readonly thousandsSeparator: boolean;
  /** The decimal mark it was written with, where that is not the file's. */
  readonly otherDecimalMark?: '.' | ',';
}

// A currency symbol ($ € £ ¥ ...: Unicode's Sc category) or an ISO 4217 code, before or after the digits.
const CURRENCY = String.raw`(?:\p{Sc}|[A-Z]{3})`;
const FORMATTED = new RegExp(String.raw`^([+-]?)\s*(${CURRENCY}?)\s*([+-]?)(\d[\d.,'\s]*?)\s*(${CURRENCY}?)$`, 'u');
// Spaces (no-break and narrow no-break among them) and the Swiss apostrophe only ever group digits.
const GROUPING_ONLY = /['\s]/;

/**
 * What a formatted number stands for: `$3,495.00` is 3495.00, `2.995,50` and `€3.495,00` are 2995.50 and
 * 3495.00 written with a decimal comma, `3 495,50` is 3495.50. Where both marks appear the last is the decimal
 * mark; a lone mark followed by three digits groups thousands unless it is the file's decimal mark. Undefined
 * for text that is not such a number, or that is a plain number already.
 */
export function readFormattedNumber(text: string, decimalComma: boolean): FormattedNumber | undefined {
  const match = FORMATTED.exec(text.trim());
  if (!match) return undefined;
  const [, signBefore = '', currencyBefore = '', signAfter = '', body = '', currencyAfter = ''] = match;
  if ((signBefore && signAfter) || (currencyBefore && currencyAfter)) return undefined;
  const spaced = GROUPING_ONLY.test(body);
  const digits = body.replace(new RegExp(GROUPING_ONLY, 'g'), '');
  const fileMark = decimalComma ? ',' : '.';
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let decimalMark: '.' | ',' | undefined;
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? '.' : ',';
  else {
    const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
    const once = mark !== undefined && digits.indexOf(mark) === digits.lastIndexOf(mark);
    if (mark && once && (mark === fileMark || !/^\d{3}$/.test(digits.slice(digits.indexOf(mark) + 1))))
      decimalMark = mark;
  }
  const [whole = '', fraction, ...rest] = decimalMark ? digits.split(decimalMark) : [digits];
  if (rest.length > 0 || (fraction !== undefined && !/^\d*$/.test(fraction))) return undefined;
  const groups = whole.split(/[.,]/);
  // Thousands groups are of three digits after the first: 1,2,3 is no number.
  if (groups.length > 1 && (!/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))))
    return undefined;
  const thousandsSeparator = spaced || groups.length > 1;
  const currencySymbol = currencyBefore !== '' || currencyAfter !== '';
  const otherDecimalMark = decimalMark !== undefined && decimalMark !== fileMark ? decimalMark : undefined;
  if (!thousandsSeparator && !currencySymbol) return undefined;
  const plain = `${signBefore}${signAfter}${groups.join('')}${fraction === undefined ? '' : `${fileMark}${fraction}`}`;
  return { plain, currencySymbol, thousandsSeparator, ...(otherDecimalMark ? { otherDecimalMark } : {}) };
}

/** How to write it plainly, for a message: `written without a currency symbol or thousands separator (3495.00?)`. */
export function plainNumberHint(formatted: FormattedNumber): string {
  const without = [
    formatted.currencySymbol ? 'a currency symbol' : '',
    formatted.thousandsSeparator ? 'a thousands separator' : '',
  ]
    .filter((part) => part !== '')
    .join(' or ');
  const mark = formatted.otherDecimalMark
    ? `, with a decimal ${formatted.otherDecimalMark === ',' ? 'point' : 'comma'}`
    : '';
  return `written without ${without}${mark} (${formatted.plain}?)`;
}
