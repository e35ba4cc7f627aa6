import type { Value } from '../expr/value.js';
import { expectedName } from './closest-name.js';
import type { InputIssue } from './input-error.js';
import { throwIfIssues } from './input-error.js';
import { inputRuleIssues } from './input-rule-issues.js';
import { listLengthIssue, listRowsMax, totalMailboxesIssue } from './list-limits.js';
import { parsedValues } from './parsed-inputs.js';
import type { ParameterDefinition, ReferenceData } from './reference-data.js';
import { type RawValue, resolveParameter } from './resolve-parameter.js';
import type { RawRecord, ScenarioInputs } from './scenario-inputs-types.js';

export type { ScenarioParameters } from './scenario-inputs-types.js';

/** One mailbox tier by its template column names (templates/mailbox-tiers.csv). */
export type TierParameters = RawRecord;

/** Typed, validated inputs of the model: every parameter has a value. */
export interface ResolvedInputs {
  readonly scenario: ReadonlyMap<string, Value>;
  readonly tiers: readonly ReadonlyMap<string, Value>[];
  readonly workloads: readonly ReadonlyMap<string, Value>[];
  readonly prices: readonly ReadonlyMap<string, Value>[];
}

function resolveRecord(
  definitions: readonly ParameterDefinition[],
  raw: Readonly<Record<string, RawValue>>,
  where: string,
  reference: ReferenceData,
  issues: InputIssue[],
): Map<string, Value> {
  const known = new Set(definitions.map((d) => d.name));
  for (const name of Object.keys(raw)) {
    if (!known.has(name))
      issues.push({
        file: 'inputs',
        column: `${where}${name}`,
        value: String(raw[name]),
        expected: expectedName('parameter', name, known, 'the parameter definitions in data/'),
      });
  }
  const values = new Map<string, Value>();
  for (const definition of definitions) {
    const result = resolveParameter(
      definition,
      raw[definition.name],
      { file: 'inputs', column: `${where}${definition.name}` },
      reference,
    );
    if ('issue' in result) issues.push(result.issue);
    else values.set(definition.name, result.value);
  }
  return values;
}

/**
 * Validates library inputs against the parameter definitions in data/ and fills in defaults.
 * Throws one InputError naming every bad input and why.
 *
 * @example
 * resolveInputs(readTemplates(reference), reference).scenario.get('dag_copies'); // Decimal 3
 */
export function resolveInputs(inputs: ScenarioInputs, reference: ReferenceData): ResolvedInputs {
  const parsed = parsedValues(inputs, reference);
  if (parsed) return parsed; // read from templates: every value was checked there
  const issues: InputIssue[] = [];
  const scenario = resolveRecord(reference.scenarioParameters, inputs.parameters ?? {}, '', reference, issues);
  if (inputs.tiers.length === 0)
    issues.push({ file: 'inputs', column: 'tiers', value: '[]', expected: 'at least one mailbox tier' });
  const list = (
    records: readonly RawRecord[] | undefined,
    definitions: readonly ParameterDefinition[],
    name: string,
  ) => {
    const tooMany = listLengthIssue((records ?? []).length, reference, { file: 'inputs', column: name });
    if (tooMany) issues.push(tooMany);
    return (records ?? [])
      .slice(0, listRowsMax(reference))
      .map((record, i) => resolveRecord(definitions, omitNotes(record), `${name}[${i}].`, reference, issues));
  };
  const tiers = list(inputs.tiers, reference.tierParameters, 'tiers');
  const workloads = list(inputs.workloads, reference.workloadParameters, 'workloads');
  const prices = list(inputs.prices, reference.priceParameters, 'prices');
  const total = totalMailboxesIssue(
    tiers.map((t) => t.get('mailboxes')),
    reference,
    { file: 'inputs', column: 'tiers[].mailboxes' },
  );
  if (total) issues.push(total);
  issues.push(...inputRuleIssues(scenario, reference, 'inputs'));
  throwIfIssues(issues);
  return { scenario, tiers, workloads, prices };
}

/** A `notes` column is for people; it is accepted and ignored. */
function omitNotes(record: RawRecord): RawRecord {
  const { notes: _notes, ...rest } = record;
  return rest;
}
