import type { Value } from '../expr/value.js';
import { closestName } from '../model/closest-name.js';
import { InputError } from '../model/input-error.js';
import type { ReferenceData, ReferenceTable } from '../model/reference-data.js';
import type { RawValue } from '../model/resolve-parameter.js';
import { resolveInputs } from '../model/scenario-inputs.js';
import type { ScenarioInputs } from '../model/scenario-inputs-types.js';

/** One row of a host catalogue (data/host-catalog.csv): a model with its sockets, cores, SPECint_rate2006, RAM and price. */
export type HostModel = Readonly<Record<string, Value>>;

/**
 * The row of the catalogue whose model is `model`, or an InputError naming the closest model.
 *
 * @example
 * hostModel(reference.tables.get('host-catalog')!, 'Dell PowerEdge M710 (2 x Xeon X5550 2.67 GHz)').ram_gb; // 96
 */
export function hostModel(catalog: ReferenceTable, model: string, file = 'data/host-catalog.csv'): HostModel {
  const row = catalog.rows.find((r) => String(r.model) === model);
  if (row) return row;
  const models = catalog.rows.map((r) => String(r.model));
  const suggestion = closestName(model, models);
  throw new InputError([
    {
      file,
      column: 'model',
      value: model,
      expected: suggestion
        ? `a known host model (did you mean ${suggestion}?)`
        : `one of the models of ${file}: ${models.join('; ')}`,
    },
  ]);
}

/**
 * The inputs of one design: the scenario on a host model of the catalogue and, for the DAG options,
 * with `dagCopies` copies of each database. The failures a DAG survives stay below the copies
 * (a database survives only while one copy is left). `recommend` searches these designs, and
 * `size --host --dag-copies` sizes one of them, from this one definition.
 *
 * @example
 * const m710 = hostModel(reference.tables.get('host-catalog')!, 'Dell PowerEdge M710 (2 x Xeon X5550 2.67 GHz)');
 * compareOptions(designInputs(inputs, reference, m710, 2), reference);
 */
export function designInputs(
  inputs: ScenarioInputs,
  reference: ReferenceData,
  host: HostModel | undefined,
  dagCopies?: number,
): ScenarioInputs {
  const parameters: Record<string, RawValue> = { ...inputs.parameters };
  if (host) {
    Object.assign(parameters, {
      host_sockets: String(host.sockets),
      host_cores_per_socket: String(host.cores_per_socket),
      host_specint_rate2006: String(host.specint_rate2006),
      host_ram_gb: String(host.ram_gb),
      host_price: String(host.price),
    });
  }
  if (dagCopies !== undefined) {
    const failures = Number(String(resolveInputs(inputs, reference).scenario.get('mailbox_server_failures')));
    Object.assign(parameters, { dag_copies: dagCopies, mailbox_server_failures: Math.min(failures, dagCopies - 1) });
  }
  return { ...inputs, parameters };
}
