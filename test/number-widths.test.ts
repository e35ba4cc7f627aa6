import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formattedLength, formattedNumber } from '../src/output/number-formats.js';

describe('column widths from the length of a number (issue 16)', () => {
  it('formattedLength is the length of formattedNumber in every format, without writing it', () => {
    const formats = [undefined, '#,##0', '#,##0.00', '#,##0.00##', '0.0%', '"yes";"yes";"no"'];
    const numbers = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer(),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000),
      fc.constantFrom(0, -0, 1e15, 1e15 - 1, 999.995, 0.00005, 1e21, -1e21, 123456789.125, Number.POSITIVE_INFINITY),
    );
    fc.assert(
      fc.property(numbers, fc.constantFrom(...formats), (value, format) => {
        expect(formattedLength(value, format)).toBe(formattedNumber(value, format).length);
      }),
      { numRuns: 20_000 },
    );
  });
});
