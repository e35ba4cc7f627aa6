import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SIZING = join(import.meta.dirname, '..', 'src', 'sizing');
/** Structural numbers only: zero, one, percent, and the unbuildable-candidate sentinel. */
const ALLOWED = new Set(['0', '1', '100', '1000000000']);

describe('no figure is repeated in code', () => {
  it('the sizing steps hold no numeric literal but structural ones; figures live in data/', () => {
    for (const file of readdirSync(SIZING)) {
      const code = readFileSync(join(SIZING, file), 'utf8')
        .replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
        .replace(/'[^']*'|`[^`]*`/g, "''");
      const numbers = code.match(/(?<![\w.])\d+(\.\d+)?(?![\w.])/g) ?? [];
      expect(
        numbers.filter((n) => !ALLOWED.has(n)),
        file,
      ).toEqual([]);
    }
  });
});
