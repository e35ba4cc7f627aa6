const NUMBER = /^[+-]?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe for spreadsheets (OWASP CSV injection rule): text that Excel would read as a
 * formula gets a leading apostrophe. Plain numbers, negative ones included, pass through.
 * Reading it back takes the apostrophe off again: restoreCell.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/**
 * The text a neutralised cell stands for: the apostrophe neutraliseCell adds taken off again, and only that one
 * (`'-5` stays as it is, since neutraliseCell leaves `-5` alone).
 */
export function restoreCell(value: string): string {
  return value.startsWith("'") && neutraliseCell(value.slice(1)) === value ? value.slice(1) : value;
}
