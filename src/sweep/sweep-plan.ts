import { rowSetCount } from '../expr/row-set-count.js';
import type { Value } from '../expr/value.js';
import { InputError, type InputIssue } from '../model/input-error.js';
import type { ReferenceData } from '../model/reference-data.js';
import { resolveParameter } from '../model/resolve-parameter.js';
import { type ResolvedInputs, resolveInputs } from '../model/scenario-inputs.js';
import type { ScenarioInputs } from '../model/scenario-inputs-types.js';
import { optionsModel } from '../options/options-model.js';
import { loopOrder } from './loop-order.js';
import { parseVariations, type Variation } from './variation.js';

/** A sweep, checked and ready: the base inputs and, per variation, its values and the tiers it changes. */
export interface SweepPlan {
  readonly base: ResolvedInputs;
  readonly variations: readonly Variation[];
  /** Per variation: its values, typed. */
  readonly values: readonly (readonly Value[])[];
  /** Per variation: the input token a sweep step changes (see Model.inputTokens). */
  readonly tokens: readonly string[];
  /** Per variation: the tiers it applies to (indices), for a tier column. */
  readonly tiers: readonly (readonly number[])[];
  /** The variations as nested loops, outermost first: the order that recomputes least (see loopOrder). */
  readonly loops: readonly number[];
  /**
   * The order a run of consecutive scenarios is evaluated in, outermost first: the variation whose step recomputes
   * fewest cells changes fastest. The rows still come in `loops` order; only the evaluation within a run reorders.
   */
  readonly evaluationLoops: readonly number[];
  readonly scenarios: number;
}

/** Checks the base inputs and every value of every variation; throws one InputError with every problem. */
export function planSweep(
  inputs: ScenarioInputs,
  reference: ReferenceData,
  variationTexts: readonly string[],
): SweepPlan {
  const base = resolveInputs(inputs, reference);
  const tierNames = base.tiers.map((t) => String(t.get('tier')));
  const variations = parseVariations(variationTexts, reference, tierNames);
  const issues: InputIssue[] = [];
  const tiers = variations.map((v) => {
    if (v.target.kind !== 'tier') return [];
    const only = v.target.tier;
    if (only === undefined) return base.tiers.map((_, i) => i);
    const byName = tierNames.indexOf(only);
    const index = byName >= 0 ? byName : Number(only.replace(/^tier/, '')) - 1;
    if (!(index >= 0 && index < base.tiers.length))
      issues.push({
        file: 'command line',
        column: '--vary',
        value: v.text,
        expected: `a tier of mailbox-tiers.csv (${tierNames.join(', ')}) or tier1..tier${base.tiers.length}`,
      });
    return [index];
  });
  const values = variations.map((v) => {
    const definitions = v.target.kind === 'scenario' ? reference.scenarioParameters : reference.tierParameters;
    const definition = definitions.find((d) => d.name === v.target.name)!;
    return v.values.map((text) => {
      const result = resolveParameter(
        definition,
        text,
        { file: 'command line', column: `--vary ${v.target.name}` },
        reference,
      );
      if ('issue' in result) issues.push(result.issue);
      return 'value' in result ? result.value : text;
    });
  });
  if (issues.length > 0) throw new InputError(issues);
  const tokens = variations.map((v) => `${v.target.kind}.${v.target.name}`);
  const reached = tokens.map(
    (token) => optionsModel.inputTokens.filter((figureTokens) => figureTokens.has(token)).length,
  );
  const loops = loopOrder(
    values.map((list) => list.length),
    reached,
  );
  return {
    base,
    variations,
    values,
    tokens,
    tiers,
    loops,
    evaluationLoops: evaluationOrder(
      loops,
      values.map((list) => list.length),
      tokens,
      reference,
    ),
    scenarios: values.reduce((n, list) => n * list.length, 1),
  };
}

/**
 * The order, outermost first, that evaluates a run of scenarios with the fewest cells recomputed by estimate. A step
 * recomputes the figures any changed variation reaches, and the figures a sizing variation reaches overlap almost
 * wholly (issue 16): with mailboxes, messages and quota varied, a step of the quota alone recomputes the fewest. Each
 * order of the varied loops is costed by the cells of the union its steps change, a figure of an option counting once
 * per option and one of a row set once per row; the plan's own order wins ties, and it stands beyond 7 loops.
 */
function evaluationOrder(
  loops: readonly number[],
  sizes: readonly number[],
  tokens: readonly string[],
  reference: ReferenceData,
): number[] {
  const varied = loops.filter((v) => sizes[v]! > 1);
  if (varied.length < 2 || varied.length > 7) return [...loops];
  const options = reference.tables.get('options')?.rows.length ?? 1;
  const rows = new Map([...optionsModel.rowSets.values()].map((set) => [set.id, rowSetCount(set, reference)]));
  // Cells by the set of varied tokens that reach them (bit v for varied[v]).
  const cellsBySet = new Map<number, number>();
  optionsModel.order.forEach((figure, i) => {
    const reach = optionsModel.inputTokens[i]!;
    let set = 0;
    varied.forEach((v, bit) => {
      if (reach.has(tokens[v]!)) set |= 1 << bit;
    });
    if (set === 0) return;
    const cells =
      figure.scope === 'scenario'
        ? 1
        : figure.scope.startsWith('rows:')
          ? options * (rows.get(figure.scope.slice('rows:'.length)) ?? 1)
          : options;
    cellsBySet.set(set, (cellsBySet.get(set) ?? 0) + cells);
  });
  const changed = (set: number) => {
    let cells = 0;
    for (const [reached, count] of cellsBySet) if ((reached & set) !== 0) cells += count;
    return cells;
  };
  // Bits, outermost first: a step whose outermost change is at level k changes levels k and inward.
  const cost = (order: readonly number[]) => {
    let total = 0;
    let outside = 1;
    let inward = 0;
    const unions = order.map(() => 0);
    for (let k = order.length - 1; k >= 0; k--) unions[k] = inward |= 1 << order[k]!;
    order.forEach((bit, k) => {
      const size = sizes[varied[bit]!]!;
      total += outside * (size - 1) * changed(unions[k]!);
      outside *= size;
    });
    return total;
  };
  const bits = varied.map((_, bit) => bit);
  let best = bits;
  let bestCost = cost(bits);
  const permute = (done: number[], rest: number[]) => {
    if (rest.length === 0) {
      const c = cost(done);
      if (c < bestCost) [best, bestCost] = [done, c];
      return;
    }
    rest.forEach((bit, i) => permute([...done, bit], [...rest.slice(0, i), ...rest.slice(i + 1)]));
  };
  permute([], bits);
  // The loops of one value stay outermost, as in `loops`.
  return [...loops.filter((v) => sizes[v]! <= 1), ...best.map((bit) => varied[bit]!)];
}

/** The value index of each variation in scenario `index`; the innermost loop changes fastest. */
export function assignment(plan: SweepPlan, index: number): number[] {
  const digits = new Array<number>(plan.values.length);
  let rest = index;
  for (let l = plan.loops.length - 1; l >= 0; l--) {
    const v = plan.loops[l]!;
    const size = plan.values[v]!.length;
    digits[v] = rest % size;
    rest = Math.floor(rest / size);
  }
  return digits;
}

/** The scenario inputs and tiers of one assignment: the base with the varied values put in. */
export function scenarioInputs(plan: SweepPlan, digits: readonly number[]): Pick<ResolvedInputs, 'scenario' | 'tiers'> {
  const scenario = new Map(plan.base.scenario);
  const tiers = plan.base.tiers.map((t) => t);
  plan.variations.forEach((variation, v) => {
    const value = plan.values[v]![digits[v]!]!;
    if (variation.target.kind === 'scenario') scenario.set(variation.target.name, value);
    else for (const t of plan.tiers[v]!) tiers[t] = new Map(tiers[t]!).set(variation.target.name, value);
  });
  return { scenario, tiers };
}
