import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTemplates } from '../src/model/parse-templates.js';
import { resolveInputs } from '../src/model/scenario-inputs.js';
import { inputIssuesOf } from './input-issues.js';
import { reference } from './reference.js';
import { shipped } from './shipped.js';

const template = (file: string) => ({
  file,
  text: readFileSync(new URL(`../templates/${file}`, import.meta.url), 'utf8'),
});

// Issue 14, "Parse once into typed inputs": a template value is parsed and checked as it is read; the comparison
// takes those typed values instead of turning them back into text and parsing them again.
describe('templates are parsed once', () => {
  it('inputs read from templates carry their typed values: the same as checking their records afresh', () => {
    const once = resolveInputs(shipped, reference);
    expect(resolveInputs(shipped, reference)).toBe(once); // no second parse
    const afresh = resolveInputs({ ...shipped }, reference); // a spread drops them: checked from the records
    expect(afresh).not.toBe(once);
    expect(afresh).toEqual(once);
  });

  it('a decimal-comma template gives the same typed values as its records checked afresh', () => {
    const parsed = parseTemplates(
      {
        scenario: { file: 'scenario.csv', text: 'parameter;value\nhost_ram_gb;"96,5"\ndag_copies;3\n' },
        tiers: { file: 'tiers.csv', text: 'tier;mailboxes;messages_per_day\nstaff;5000;150\n' },
        workloads: template('workloads.csv'),
        prices: template('prices.csv'),
      },
      reference,
    );
    expect(String(resolveInputs(parsed, reference).scenario.get('host_ram_gb'))).toBe('96.5');
    expect(resolveInputs({ ...parsed }, reference)).toEqual(resolveInputs(parsed, reference));
  });

  it('the typed values cannot go stale: parsed inputs are frozen, and derived inputs are checked again', () => {
    expect(() => {
      (shipped.tiers[0] as Record<string, unknown>).mailboxes = 1;
    }).toThrow(TypeError);
    expect(() => (shipped.tiers as unknown[]).push({})).toThrow(TypeError);
    const derived = { ...shipped, parameters: { ...shipped.parameters, dag_copies: 17 } };
    expect(inputIssuesOf(() => resolveInputs(derived, reference)).map((i) => i.column)).toContain('dag_copies');
  });
});
