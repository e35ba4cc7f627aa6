import { csvField } from './csv-field.js';
import type { ParameterDefinition, ReferenceData } from './reference-data.js';
import type { RawValue } from './resolve-parameter.js';
import type { RawRecord, ScenarioInputs } from './scenario-inputs-types.js';

/** The four template files' texts, as `exchange-sizer init` writes them. */
export interface RenderedTemplates {
  readonly 'scenario.csv': string;
  readonly 'mailbox-tiers.csv': string;
  readonly 'workloads.csv': string;
  readonly 'prices.csv': string;
}

function field(value: RawValue): string {
  const text =
    value === true ? 'yes' : value === false ? 'no' : value === null || value === undefined ? '' : String(value);
  return csvField(text);
}

const line = (values: readonly RawValue[]) => values.map(field).join(',');

/** The notes column of a scenario parameter: what it is, its choices, whether its default is an assumption, its source. */
export function parameterNote(definition: ParameterDefinition): string {
  return [
    `${definition.description}${definition.choices.length ? ` (one of ${definition.choices.join(', ')})` : ''}`,
    ...(definition.assumption ? ['default is an assumption'] : []),
    ...(definition.source ? [`source: ${definition.source}`] : []),
  ].join('; ');
}

function valueOrDefault(definition: ParameterDefinition, record: RawRecord): RawValue {
  const value = record[definition.name];
  if (value !== undefined && value !== null && value !== '') return value;
  return definition.defaultText === 'auto' ? '' : definition.defaultText;
}

function listTemplate(definitions: readonly ParameterDefinition[], records: readonly RawRecord[]): string {
  const units = definitions.map((d) => d.unit || d.type);
  return `${[
    line([...definitions.map((d) => d.name), 'notes']),
    `# units: ${[...units, 'text'].join(', ')}`,
    ...records.map((r) => line([...definitions.map((d) => valueOrDefault(d, r)), r.notes])),
  ].join('\n')}\n`;
}

/** Writes inputs back as the four CSV templates, in the shipped layout: headers, units and notes. */
export function renderTemplates(inputs: ScenarioInputs, reference: ReferenceData): RenderedTemplates {
  const parameters = inputs.parameters ?? {};
  const scenario = `${[
    line(['parameter', 'value', 'unit', 'notes']),
    ...reference.scenarioParameters.map((d) => line([d.name, valueOrDefault(d, parameters), d.unit, parameterNote(d)])),
  ].join('\n')}\n`;
  return {
    'scenario.csv': scenario,
    'mailbox-tiers.csv': listTemplate(reference.tierParameters, inputs.tiers),
    'workloads.csv': listTemplate(reference.workloadParameters, inputs.workloads ?? []),
    'prices.csv': listTemplate(reference.priceParameters, inputs.prices),
  };
}
