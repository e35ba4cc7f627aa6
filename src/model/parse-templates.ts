import { Decimal } from 'decimal.js';
import type { Value } from '../expr/value.js';
import { expectedName } from './closest-name.js';
import { type CsvDocument, headerIssues, parseCsvDocument } from './csv-document.js';
import { InputError, type InputIssue } from './input-error.js';
import { inputRuleIssues } from './input-rule-issues.js';
import { listLengthIssue, listRowsMax, totalMailboxesIssue } from './list-limits.js';
import { withParsedValues } from './parsed-inputs.js';
import type { ParameterDefinition, ReferenceData } from './reference-data.js';
import { type RawValue, resolveParameter } from './resolve-parameter.js';
import type { RawRecord, ScenarioInputs } from './scenario-inputs-types.js';

/** A template file's name (as shown in messages) and its text, or its rows already read (from a workbook). */
export type TemplateText =
  | { readonly file: string; readonly text: string }
  | { readonly file: string; readonly document: CsvDocument };

function documentOf(template: TemplateText, required: readonly string[], optional: readonly string[]): CsvDocument {
  if (!('document' in template)) return parseCsvDocument(template.text, template.file, required, optional);
  // The rows of an edited workbook get the header checks a CSV template gets.
  const { document } = template;
  const issues = headerIssues(document.header, document.file, document.headerLine ?? 1, required, optional);
  if (issues.length > 0) throw new InputError(issues);
  return document;
}

export interface TemplateTexts {
  readonly scenario: TemplateText;
  readonly tiers: TemplateText;
  readonly workloads: TemplateText;
  readonly prices: TemplateText;
}

/** A resolved value written back as plain text the library accepts (decimal commas become points); empty cells are left out so defaults apply. */
function plain(value: Value): RawValue {
  return value instanceof Decimal ? value.toFixed() : value;
}

function collect(issues: InputIssue[], parse: () => CsvDocument): CsvDocument | undefined {
  try {
    return parse();
  } catch (error) {
    if (error instanceof InputError) {
      issues.push(...error.issues);
      return undefined;
    }
    throw error;
  }
}

function parseScenario(
  template: TemplateText,
  reference: ReferenceData,
  issues: InputIssue[],
): { parameters: RawRecord; typed: Map<string, Value>; lines: Map<string, number> } {
  const parameters: Record<string, RawValue> = {};
  const typed = new Map<string, Value>();
  const lines = new Map<string, number>();
  const document = collect(issues, () => documentOf(template, ['parameter', 'value'], ['unit', 'notes']));
  if (!document) return { parameters, typed, lines };
  const definitions = new Map(reference.scenarioParameters.map((d) => [d.name, d]));
  for (const record of document.records) {
    const name = record.fields.parameter ?? '';
    const definition = definitions.get(name);
    const at = { file: template.file, line: record.line };
    if (!definition) {
      issues.push({
        ...at,
        column: 'parameter',
        value: name,
        expected: expectedName('parameter', name, definitions.keys(), 'data/scenario-parameters.csv'),
      });
      continue;
    }
    if (lines.has(name)) {
      issues.push({
        ...at,
        column: 'parameter',
        value: name,
        expected: `each parameter once (it is also on line ${lines.get(name)})`,
      });
      continue;
    }
    lines.set(name, record.line);
    const result = resolveParameter(
      definition,
      record.fields.value,
      { ...at, column: `value of ${name}`, decimalComma: document.delimiter === ';' },
      reference,
    );
    if ('issue' in result) issues.push(result.issue);
    else if ((record.fields.value ?? '') !== '') {
      parameters[name] = plain(result.value);
      typed.set(name, result.value);
    }
  }
  return { parameters, typed, lines };
}

function parseList(
  template: TemplateText,
  definitions: readonly ParameterDefinition[],
  reference: ReferenceData,
  issues: InputIssue[],
  lines: number[] = [],
  typed: Map<string, Value>[] = [],
): RawRecord[] {
  const required = definitions.filter((d) => d.defaultText === '').map((d) => d.name);
  const optional = [...definitions.filter((d) => d.defaultText !== '').map((d) => d.name), 'notes'];
  const document = collect(issues, () => documentOf(template, required, optional));
  if (!document) return [];
  const most = listRowsMax(reference);
  const firstTooMany = document.records[most]?.line;
  const tooMany = listLengthIssue(document.records.length, reference, {
    file: template.file,
    ...(firstTooMany === undefined ? {} : { line: firstTooMany }),
    column: '(rows)',
  });
  if (tooMany) issues.push(tooMany);
  return document.records.slice(0, most).map((record) => {
    lines.push(record.line);
    const values: Record<string, RawValue> = {};
    const typedValues = new Map<string, Value>();
    typed.push(typedValues);
    for (const definition of definitions) {
      const result = resolveParameter(
        definition,
        record.fields[definition.name],
        { file: template.file, line: record.line, column: definition.name, decimalComma: document.delimiter === ';' },
        reference,
      );
      if ('issue' in result) issues.push(result.issue);
      else {
        typedValues.set(definition.name, result.value);
        if ((record.fields[definition.name] ?? '') !== '') values[definition.name] = plain(result.value);
      }
    }
    const notes = record.fields.notes ?? '';
    const longest = reference.constants.get('text_characters_max')?.value.toNumber() ?? Infinity;
    if (notes.length > longest)
      issues.push({
        file: template.file,
        line: record.line,
        column: 'notes',
        value: `${notes.slice(0, 40)}...`,
        expected: `text of at most ${longest} characters (an Excel cell's limit)`,
      });
    else if (notes !== '') values.notes = notes;
    return values;
  });
}

function duplicateKeys(
  records: readonly RawRecord[],
  key: string,
  template: TemplateText,
  issues: InputIssue[],
  lines: readonly number[],
): void {
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const value = String(record[key] ?? '');
    const line = lines[i] ?? 0;
    // Staff and staff are one tier to a reader: names differing only in case are duplicates too.
    const first = seen.get(value.toLowerCase());
    if (first !== undefined)
      issues.push({
        file: template.file,
        line,
        column: key,
        value,
        expected: `each ${key} once (it is also on line ${first})`,
      });
    else seen.set(value.toLowerCase(), line);
  });
}

/**
 * Reads the four templates (scenario, mailbox tiers, workloads, prices) from their texts, checking every
 * value. Throws one InputError listing every problem with its file, line, column and what was expected.
 *
 * @example
 * const read = (file: string) => ({ file, text: readFileSync(file, 'utf8') });
 * parseTemplates({ scenario: read('scenario.csv'), tiers: read('mailbox-tiers.csv'), workloads: read('workloads.csv'), prices: read('prices.csv') }, reference);
 * // ScenarioInputs, or one InputError naming every problem by file, line and column
 */
export function parseTemplates(texts: TemplateTexts, reference: ReferenceData): ScenarioInputs {
  const issues: InputIssue[] = [];
  const scenario = parseScenario(texts.scenario, reference, issues);
  const lines = { tiers: [] as number[], workloads: [] as number[], prices: [] as number[] };
  const typed = {
    tiers: [] as Map<string, Value>[],
    workloads: [] as Map<string, Value>[],
    prices: [] as Map<string, Value>[],
  };
  const tiers = parseList(texts.tiers, reference.tierParameters, reference, issues, lines.tiers, typed.tiers);
  const workloads = parseList(
    texts.workloads,
    reference.workloadParameters,
    reference,
    issues,
    lines.workloads,
    typed.workloads,
  );
  const prices = parseList(texts.prices, reference.priceParameters, reference, issues, lines.prices, typed.prices);
  duplicateKeys(tiers, 'tier', texts.tiers, issues, lines.tiers);
  duplicateKeys(prices, 'item', texts.prices, issues, lines.prices);
  if (issues.length === 0 && tiers.length === 0)
    issues.push({
      file: texts.tiers.file,
      line: 2,
      column: 'tier',
      value: '',
      expected: 'at least one mailbox tier below the header',
    });
  const total =
    issues.length === 0
      ? totalMailboxesIssue(
          tiers.map((t) => t.mailboxes),
          reference,
          { file: texts.tiers.file, column: 'mailboxes' },
        )
      : undefined;
  if (total) issues.push(total);
  const resolved = new Map<string, Value>();
  if (issues.length === 0) {
    for (const definition of reference.scenarioParameters) {
      const value = scenario.typed.get(definition.name);
      // A value in the template was checked as it was read; an absent one takes its default, if it has one.
      const result =
        value === undefined
          ? resolveParameter(definition, undefined, { file: texts.scenario.file, column: definition.name }, reference)
          : { value };
      if ('value' in result) resolved.set(definition.name, result.value);
      else issues.push({ ...result.issue, expected: `${result.issue.expected} (a required parameter)` });
    }
    issues.push(...inputRuleIssues(resolved, reference, texts.scenario.file, (name) => scenario.lines.get(name)));
  }
  if (issues.length > 0) throw new InputError(issues);
  const origins = {
    tiers: { file: texts.tiers.file, lines: lines.tiers },
    workloads: { file: texts.workloads.file, lines: lines.workloads },
    prices: { file: texts.prices.file, lines: lines.prices },
  };
  return withParsedValues({ parameters: scenario.parameters, tiers, workloads, prices, origins }, reference, {
    scenario: resolved,
    tiers: typed.tiers,
    workloads: typed.workloads,
    prices: typed.prices,
  });
}
