import type { Value } from '../expr/value.js';
import { expectedName } from './closest-name.js';
import type { InputIssue } from './input-error.js';
import { throwIfIssues } from './input-error.js';
import { listLengthIssue, listRowsMax, totalMailboxesIssue } from './list-limits.js';
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

/** Rules between parameters that no single range expresses. */
export function crossParameterIssues(
  scenario: ReadonlyMap<string, Value>,
  reference: ReferenceData,
  file: string,
  lineOf: (name: string) => number | undefined = () => undefined,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const number = (name: string) => {
    const value = scenario.get(name);
    return typeof value === 'object' ? value : undefined;
  };
  const at = (name: string) => {
    const line = lineOf(name);
    return line === undefined ? { file } : { file, line };
  };
  const copies = number('dag_copies');
  const failures = number('mailbox_server_failures');
  const members = number('dag_member_servers');
  if (copies && failures?.gte(copies)) {
    issues.push({
      ...at('mailbox_server_failures'),
      column: 'mailbox_server_failures',
      value: failures.toFixed(),
      expected: `fewer failures than dag_copies (${copies.toFixed()}): a database survives only while one copy is left`,
    });
  }
  if (members && !members.isZero() && copies && members.lt(copies)) {
    issues.push({
      ...at('dag_member_servers'),
      column: 'dag_member_servers',
      value: members.toFixed(),
      expected: `at least dag_copies (${copies.toFixed()}) servers, one per copy, or empty for automatic`,
    });
  }
  if (members && !members.isZero() && failures && members.lte(failures)) {
    issues.push({
      ...at('dag_member_servers'),
      column: 'dag_member_servers',
      value: members.toFixed(),
      expected: `more servers than mailbox_server_failures (${failures.toFixed()})`,
    });
  }
  const maxCopies = reference.constants.get('copies_per_database_max')?.value;
  const allCopies = ['dag_copies', 'dr_copies', 'lagged_copies'].map(number);
  if (maxCopies && allCopies.every((c) => c !== undefined)) {
    const total = allCopies.reduce((a, b) => a!.plus(b!))!;
    if (total.gt(maxCopies)) {
      issues.push({
        ...at('lagged_copies'),
        column: 'dag_copies + dr_copies + lagged_copies',
        value: total.toFixed(),
        expected: `at most ${maxCopies.toFixed()} copies of a database (copies_per_database_max)`,
      });
    }
  }
  const hostRam = number('host_ram_gb');
  const reserve = number('hypervisor_ram_reserve_gb');
  const smallestRow = reference.tables.get('server-ram-database-cache')?.rows[0]?.server_ram_gb;
  if (hostRam && reserve && typeof smallestRow === 'object' && hostRam.minus(reserve).lt(smallestRow)) {
    issues.push({
      ...at('host_ram_gb'),
      column: 'host_ram_gb',
      value: hostRam.toFixed(),
      expected: `at least hypervisor_ram_reserve_gb + ${smallestRow.toFixed()} GB, the smallest server in data/server-ram-database-cache.csv`,
    });
  }
  return issues;
}

/**
 * Validates library inputs against the parameter definitions in data/ and fills in defaults.
 * Throws one InputError naming every bad input and why.
 *
 * @example
 * resolveInputs(readTemplates(reference), reference).scenario.get('dag_copies'); // Decimal 3
 */
export function resolveInputs(inputs: ScenarioInputs, reference: ReferenceData): ResolvedInputs {
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
  issues.push(...crossParameterIssues(scenario, reference, 'inputs'));
  throwIfIssues(issues);
  return { scenario, tiers, workloads, prices };
}

/** A `notes` column is for people; it is accepted and ignored. */
function omitNotes(record: RawRecord): RawRecord {
  const { notes: _notes, ...rest } = record;
  return rest;
}
