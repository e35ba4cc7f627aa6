// The benchmarks' first row (bench/run.mjs, bench/sweep-profile.mjs): every option figure of every option of the
// shipped scenario, evaluated afresh with the calculator given.
import { fileURLToPath } from 'node:url';

const { readReferenceData, readTemplates, ModelEvaluation, optionsModel, resolveInputs } = await import(
  fileURLToPath(new URL('../dist/index.js', import.meta.url))
);

const reference = readReferenceData();
const inputs = readTemplates(reference);
const optionRows = reference.tables.get('options').rows;
const optionFigures = optionsModel.order.filter((f) => f.scope === 'option');
const optionAttributes = new Map(optionRows.map((r) => [String(r.id), new Map(Object.entries(r))]));

/** Sizes every option of the shipped scenario with `calc` (decimal, exact or plain numbers). */
export function sizeAllOptions(calc) {
  const resolved = resolveInputs(inputs, reference);
  const evaluation = new ModelEvaluation(
    optionsModel,
    {
      inputs: resolved.scenario,
      lists: { tier: resolved.tiers, workload: resolved.workloads },
      inputTables: new Map([['prices', { rows: resolved.prices.map((p) => Object.fromEntries(p)) }]]),
      options: optionAttributes,
      reference,
    },
    calc,
  );
  for (const row of optionRows) evaluation.figuresAt(optionFigures, { option: String(row.id) });
}
