import { Dec } from '../decimal.js';
import { type BooleanWords, booleanWordKey } from './boolean-words.js';

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A plain decimal number as people type it: `12`, `0.5`, `-3`, and with a `;`-delimited file the
 * decimal comma `0,5`. No exponents, NaN, Infinity or thousands separators.
 */
export function parseDecimal(text: string, decimalComma: boolean): Dec | undefined {
  const normalised = decimalComma ? text.replace(',', '.') : text;
  return DECIMAL.test(normalised) ? new Dec(normalised) : undefined;
}

/** yes or no, in any of the words of data/boolean-words.csv (yes/no, true/false, 1/0, on/off, WAHR/FALSCH, VRAI/FAUX...). */
export function parseBoolean(text: string, words: BooleanWords): boolean | undefined {
  return words.get(booleanWordKey(text));
}
