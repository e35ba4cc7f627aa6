import type { Figure } from '../expr/figure.js';
import { type FigureValue, figureValue } from '../expr/figure-values.js';
import { toFigureId } from '../model/figure-ids.js';
import { type DesignContext, designWarnings } from '../options/design-checks.js';
import { type FigureValues, type OptionsEvaluation, optionsModel } from '../options/options-model.js';

// The figures by the ids the check reads.
const INDEX: ReadonlyMap<string, number> = optionsModel.index;
const FIGURES: ReadonlyMap<string, Figure> = optionsModel.figures;
const PARAMETER = 'parameter:';

/** The last check of an option: what it read, in order (figure ids, scenario parameters as `parameter:name`), the values, the host and the codes. */
interface LastCheck {
  readonly keys: readonly string[];
  readonly values: readonly unknown[];
  readonly hostVcpu: number;
  readonly hostRamGB: number;
  readonly codes: readonly string[];
}

/** Values the check reads alike: the same primitive, or decimals (scenario parameters) with the same text. */
const same = (a: unknown, b: unknown): boolean =>
  Object.is(a, b) ||
  (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && String(a) === String(b));

/**
 * An option's design check (its warnings as `size` gives them, placement included) across the scenarios of one
 * sweep, as codes. The check runs with only whether each site's VMs place whole (designWarnings): no VM object, name
 * or plan per scenario. A scenario whose values along the path the option's last check read are the same as then
 * (a step that changes only costs) reuses its codes: the check reads in order, each branch decided by what it read
 * before, so equal values along the path mean the same result. One memo serves one sweep: the workloads, the limits
 * and the options' attributes must not change under it.
 */
export class DesignCheckMemo {
  private readonly last = new Map<string, LastCheck>();
  /** Per option, each figure the check read last as the evaluation held it, and its value: a cell a step left alone is not serialised again. */
  private readonly served = new Map<string, Map<string, { raw: unknown; value: FigureValue }>>();

  warningCodes(
    evaluation: OptionsEvaluation,
    option: string,
    attributes: Readonly<Record<string, unknown>>,
    context: DesignContext,
  ): readonly string[] {
    const slot = evaluation.slot({ option });
    const known = new Map<string, FigureValue>();
    let served = this.served.get(option);
    if (!served) this.served.set(option, (served = new Map()));
    const byId = served;
    // A figure as the check reads it (figuresOnDemand's value), each read once; the same cell object, the same value.
    const figure = (id: string): FigureValue => {
      let value = known.get(id);
      if (value === undefined) {
        const index = INDEX.get(toFigureId(id))!;
        const raw = evaluation.value(index, slot);
        const before = byId.get(id);
        if (before && Object.is(before.raw, raw)) value = before.value;
        else {
          value = figureValue(FIGURES.get(id)!, evaluation.valueAt(index, slot) as never);
          byId.set(id, { raw, value });
        }
        known.set(id, value);
      }
      return value;
    };
    const read = (key: string): unknown =>
      key.startsWith(PARAMETER) ? context.parameters.get(key.slice(PARAMETER.length)) : figure(key);

    const last = this.last.get(option);
    if (
      last &&
      last.hostVcpu === context.hostVcpu &&
      last.hostRamGB === context.hostRamGB &&
      last.keys.every((key, i) => same(read(key), last.values[i]))
    )
      return last.codes;

    const keys: string[] = [];
    const values: unknown[] = [];
    const seen = new Set<string>();
    const recorded = new Proxy({} as Record<string, FigureValue>, {
      get: (_, id) => {
        if (typeof id !== 'string') return undefined;
        const value = figure(id);
        if (!seen.has(id)) {
          seen.add(id);
          keys.push(id);
          values.push(value);
        }
        return value;
      },
    }) as FigureValues;
    const parameters = {
      get: (name: string) => {
        const value = context.parameters.get(name);
        keys.push(`${PARAMETER}${name}`);
        values.push(value);
        return value;
      },
    };
    const warnings = designWarnings(recorded, attributes, {
      hostVcpu: context.hostVcpu,
      hostRamGB: context.hostRamGB,
      workloads: context.workloads,
      limits: context.limits,
      parameters,
    });
    // Each kind once (a placement warning may come from both sites); frozen, as every row with this result shares it.
    const codes = Object.freeze([...new Set(warnings.map((w) => w.code))]);
    this.last.set(option, { keys, values, hostVcpu: context.hostVcpu, hostRamGB: context.hostRamGB, codes });
    return codes;
  }
}
