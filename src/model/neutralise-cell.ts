const NUMBER = /^[+-]?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe for spreadsheets (OWASP CSV injection rule): text that Excel would read as a
 * formula gets a leading apostrophe. Plain numbers, negative ones included, pass through.
 * Reading a template takes the apostrophe off again (resolve-parameter.ts).
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}
