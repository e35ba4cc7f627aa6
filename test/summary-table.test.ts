import { describe, expect, it } from 'vitest';
import { summaryTable, warningLines } from '../src/cli/summary-table.js';
import { compareOptions } from '../src/options/compare-options.js';
import { reference } from './reference.js';
import { shipped, withInputs } from './shipped.js';

describe('the terminal summary', () => {
  const comparison = compareOptions(shipped, reference);

  it('fits an 80-column terminal: options as rows, the figures in blocks that repeat the option ids', () => {
    const table = summaryTable(comparison);
    for (const line of table.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    const blocks = table.split('\n\n').slice(1);
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks)
      for (const option of comparison.options) expect(block).toMatch(new RegExp(`^${option.id} `, 'm'));
    expect(table).toMatch(/^dag-srm +2,094,465\.00 {2}/m); // capital cost of dag-srm, to the cent (backup target, disks: issue 13)
    expect(table).not.toContain('!');
  });

  it("the TCO header names its period, as the workbook's label does (issue 12)", () => {
    // A terminal wide enough for the label on one line of the header; the currency wraps under it.
    expect(summaryTable(comparison, 400)).toContain('Total cost of ownership, 3 years ');
    const five = summaryTable(compareOptions(withInputs({ tco_years: 5 }), reference, { options: ['dag'] }), 400);
    expect(five).toContain('Total cost of ownership, 5 years ');
    expect(five).not.toContain('3 years');
    // At 80 columns the header wraps, the period in it.
    expect(summaryTable(comparison)).toMatch(/ownership, 3 +\S.*\n.* years \(/);
  });

  it('a wider terminal gets fewer blocks', () => {
    expect(summaryTable(comparison, 200).split('\n\n').length).toBeLessThan(
      summaryTable(comparison).split('\n\n').length,
    );
  });

  it('marks the costs of an option whose design is not valid, and names it, JBOD with two copies as the example [S7]', () => {
    const jbod = compareOptions(withInputs({ raid_level: 'JBOD', dag_copies: 2 }), reference);
    const notValid = jbod.options.filter((o) => !o.valid).map((o) => o.id);
    expect(notValid.length).toBeGreaterThan(0);
    const table = summaryTable(jbod);
    for (const option of jbod.options) {
      const costs = table
        .split('\n')
        .find(
          (line) =>
            line.startsWith(`${option.id} `) && line.includes(option.cost.tco.replace(/\B(?=(\d{3})+\.)/g, ',')),
        )!;
      expect(costs, option.id).toBeDefined();
      expect(costs.includes(' !'), option.id).toBe(!option.valid);
      expect(costs.trimEnd().endsWith(option.valid ? 'yes' : 'NO'), option.id).toBe(true);
    }
    expect(table).toContain(
      `! design not valid as costed (the warnings are on stderr): ${notValid.join(', ')}`.slice(0, 60),
    );
    expect(warningLines(jbod.options)).toContain(
      `warning: ${notValid[0]} (design not valid): ${jbod.options.find((o) => o.id === notValid[0])!.warnings.find((w) => w.severity === 'unbuildable')!.message}`,
    );
  });
});
