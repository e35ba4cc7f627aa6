import { Dec } from '../decimal.js';
import type { Value } from '../expr/value.js';
import { plainNumberHint, readFormattedNumber } from './formatted-number.js';
import type { InputIssue } from './input-error.js';
import { restoreCell } from './neutralise-cell.js';
import { parameterRange } from './parameter-range.js';
import { parseBoolean, parseDecimal } from './parse-value.js';
import type { ParameterDefinition, ReferenceData } from './reference-data.js';

/** A value as a caller passes it: template text, or a number or boolean from code. */
export type RawValue = string | number | boolean | null | undefined;

/** Where a value came from, for the message if it is wrong. */
export interface ValueOrigin {
  readonly file: string;
  readonly line?: number;
  readonly column: string;
  /** A `;`-delimited file may write decimals with a comma. */
  readonly decimalComma?: boolean;
}

/** Written as the default of an optional count: empty or `auto` means "choose it for me" (0). */
const AUTOMATIC = 'auto';

/**
 * Turns one raw value into the typed value the model uses, applying the default when it is empty.
 * Returns the issue instead when the value is not what the parameter accepts.
 */
export function resolveParameter(
  definition: ParameterDefinition,
  raw: RawValue,
  origin: ValueOrigin,
  reference: ReferenceData,
): { value: Value } | { issue: InputIssue } {
  const given = raw === null || raw === undefined ? '' : typeof raw === 'string' ? raw.trim() : raw;
  const shown = String(given);
  const fail = (expected: string, value = shown) => ({
    issue: {
      file: origin.file,
      ...(origin.line === undefined ? {} : { line: origin.line }),
      column: origin.column,
      value,
      expected,
    },
  });
  const unit = definition.unit ? ` ${definition.unit}` : '';
  if (given === '') {
    if (definition.defaultText === '') return fail(`a value (${definition.description})`);
    if (definition.defaultText === AUTOMATIC) return { value: new Dec(0) };
    return resolveParameter(definition, definition.defaultText, { ...origin, decimalComma: false }, reference);
  }
  switch (definition.type) {
    case 'text': {
      // A workbook cell holds at most so many characters: longer text would not read back as written.
      const longest = reference.constants.get('text_characters_max')?.value.toNumber();
      if (longest !== undefined && shown.length > longest)
        return fail(
          `text of at most ${longest} characters (an Excel cell's limit), not ${shown.length}`,
          `${shown.slice(0, 40)}...`,
        );
      // A leading apostrophe is how our CSV outputs neutralise text that starts like a formula: take it off again.
      return { value: restoreCell(shown) };
    }
    case 'boolean': {
      const flag = typeof given === 'boolean' ? given : parseBoolean(shown, reference.booleanWords);
      return flag === undefined ? fail('yes or no') : { value: flag };
    }
    case 'choice': {
      const choice = definition.choices.find((c) => c.toLowerCase() === shown.toLowerCase());
      return choice === undefined ? fail(`one of ${definition.choices.join(', ')}`) : { value: choice };
    }
    case 'decimal':
    case 'integer': {
      if (definition.defaultText === AUTOMATIC && shown.toLowerCase() === AUTOMATIC) return { value: new Dec(0) };
      const number =
        typeof given === 'number'
          ? Number.isFinite(given)
            ? new Dec(given)
            : undefined
          : typeof given === 'string'
            ? parseDecimal(given, origin.decimalComma ?? false)
            : undefined;
      const range = parameterRange(definition, reference);
      const expected = `${definition.type === 'integer' ? 'a whole number' : 'a number'}${range ? ` ${range.text}` : ''}${unit}`;
      // 16,000 or 16.000 for a count is sixteen thousand with a thousands separator far more often than
      // sixteen, whichever the decimal mark: refused, with the likely number.
      if (typeof given === 'string' && definition.type === 'integer' && /^\d{1,3}([.,]\d{3})+$/.test(given.trim())) {
        return fail(`${expected}, written without a thousands separator (${given.trim().replace(/[.,]/g, '')}?)`);
      }
      // Where the decimal mark is a comma (a `;` file), a dot can only be a thousands separator: 9.000 is nine
      // thousand, never nine. Refused, with the likely number.
      if (
        typeof given === 'string' &&
        origin.decimalComma &&
        given.includes('.') &&
        /^[+-]?[\d.]+(,\d*)?$/.test(given.trim())
      ) {
        return fail(
          `${expected}, written with a decimal comma and no thousands separator (${given.trim().replace(/\./g, '')}?)`,
        );
      }
      // $3,495.00, 2.995,50 or 3 495,50 as a spreadsheet shows them: refused, with the plain number they stand for.
      const formatted =
        number === undefined && typeof given === 'string'
          ? readFormattedNumber(given, origin.decimalComma ?? false)
          : undefined;
      if (formatted) return fail(`${expected}, ${plainNumberHint(formatted)}`);
      if (number === undefined) return fail(expected);
      if (definition.type === 'integer' && !number.isInteger()) return fail(expected);
      if (range?.low && number.lt(range.low)) return fail(expected);
      if (range?.high && number.gt(range.high)) return fail(expected);
      // A number past what a spreadsheet keeps exact (a price of 1 and 400 zeros) is refused like any other bad value.
      const largest = reference.constants.get('input_number_max')?.value;
      if (largest && number.abs().gt(largest))
        return fail(`${expected}, at most ${largest.toFixed()} (data/constants.csv input_number_max)`);
      // A spreadsheet keeps 15 significant digits: a price with more would not read back from the workbook as typed.
      const digits = reference.constants.get('input_significant_digits_max')?.value.toNumber();
      if (digits !== undefined && number.sd(true) > digits)
        return fail(`${expected}, with at most ${digits} significant digits (what a spreadsheet keeps)`);
      return { value: number };
    }
  }
}
