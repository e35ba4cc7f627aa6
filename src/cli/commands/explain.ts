import { readInputs } from '../../io/read-inputs.js';
import { readReferenceData } from '../../io/read-reference-data.js';
import { evaluateComparison } from '../../options/compare-options.js';
import { explainFigure } from '../../options/explain-figure.js';

/** `exchange-sizer explain <figure>`: the formula of one figure and what feeds it. */
export async function explain(figure: string, options: { option?: string; templates?: string }): Promise<void> {
  const reference = readReferenceData();
  const evaluated = evaluateComparison(await readInputs(reference, options.templates), reference);
  const e = explainFigure(figure, evaluated, reference, options.option);
  const unit = e.unit.replace('currency', String(evaluated.comparison.scenario.currency));
  // A figure per tier or per workload: one line per item, the first after `value:`, the others under it.
  const values = e.items ? e.items.map((i) => `${i.name}: ${i.value} ${unit}`) : [`${e.value} ${unit}`];
  const lines = [
    `${e.id}: ${e.label}${e.option ? ` (option ${e.option})` : ''}`,
    ...values.map((v, i) => `${i === 0 ? '  value:   ' : '           '}${v}`),
    `  formula: ${e.formula}`,
    ...(e.source ? [`  source:  ${e.source}`] : []),
    '  fed by:',
    ...e.feeds.map((f) => `    ${f.name} = ${f.value}  (${f.kind}; ${f.source})`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
