import { Dec } from '../decimal.js';

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A plain decimal number as people type it: `12`, `0.5`, `-3`, and with a `;`-delimited file the
 * decimal comma `0,5`. No exponents, NaN, Infinity or thousands separators.
 */
export function parseDecimal(text: string, decimalComma: boolean): Dec | undefined {
  const normalised = decimalComma ? text.replace(',', '.') : text;
  return DECIMAL.test(normalised) ? new Dec(normalised) : undefined;
}

const YES = new Set(['yes', 'y', 'true', '1', 'on']);
const NO = new Set(['no', 'n', 'false', '0', 'off']);

/** yes/no, true/false, 1/0, on/off. */
export function parseBoolean(text: string): boolean | undefined {
  const lower = text.toLowerCase();
  if (YES.has(lower)) return true;
  if (NO.has(lower)) return false;
  return undefined;
}
