import type { ModelEvaluation } from '../expr/evaluate-model.js';
import { figureValue } from '../expr/figure-values.js';
import type { Value } from '../expr/value.js';
import { checkDesign, figuresOnDemand, type DesignContext } from '../options/design-checks.js';
import { optionsModel } from '../options/options-model.js';

const PARAMETER = 'parameter:';
/** Results kept per option before the memo starts afresh: memory stays flat however long the sweep. */
const MAX_KEPT = 1024;

interface OptionChecks {
  /** What the check read last time: figure ids, and scenario parameters as `parameter:name`. */
  keys: readonly string[];
  /** Warning codes by the values of those reads. */
  readonly results: Map<string, readonly string[]>;
  /** The last call's host, values (the evaluation's own objects) and codes: a step that left them alone costs no signature. */
  last?: { readonly host: string; readonly values: readonly unknown[]; readonly codes: readonly string[] };
}

/**
 * An option's design check (placement and warnings, as `size` runs it) across the scenarios of a sweep,
 * run again only for values of what it reads that it has not seen: many scenarios of a sweep lay out
 * the same VMs on the same hosts, and those reuse the result.
 */
export class DesignCheckMemo {
  private readonly options = new Map<string, OptionChecks>();

  warningCodes(evaluation: ModelEvaluation, option: string, attributes: Readonly<Record<string, unknown>>, context: DesignContext): readonly string[] {
    const at = evaluation.slot({ option });
    const figure = (id: string) => evaluation.value(optionsModel.index.get(id)!, at) as Value;
    const raw = (key: string): unknown => (key.startsWith(PARAMETER) ? context.parameters.get(key.slice(PARAMETER.length)) : figure(key));
    const host = `${context.hostVcpu}/${context.hostRamGB}`;
    let checks = this.options.get(option);
    if (checks?.last && checks.last.host === host && checks.keys.every((key, i) => raw(key) === checks!.last!.values[i])) return checks.last.codes;
    const valueOf = (key: string) => (key.startsWith(PARAMETER) ? String(raw(key)) : String(figureValue(optionsModel.figures.get(key)!, figure(key))));
    const signature = (keys: readonly string[]) => `${host}\u0000${keys.map(valueOf).join('\u0000')}`;
    const remember = (codes: readonly string[]) => {
      checks!.last = { host, values: checks!.keys.map(raw), codes };
      return codes;
    };
    const known = checks?.results.get(signature(checks.keys));
    if (known) return remember(known);

    const reads: [string, unknown][] = [];
    const parameters = {
      get: (name: string) => {
        reads.push([`${PARAMETER}${name}`, undefined]);
        return context.parameters.get(name);
      },
    };
    const { warnings } = checkDesign(figuresOnDemand(evaluation, option, reads), attributes, { ...context, parameters });
    const codes = warnings.map((w) => w.code);
    const keys = reads.map(([key]) => key);
    if (!checks || checks.keys.join() !== keys.join() || checks.results.size >= MAX_KEPT) this.options.set(option, (checks = { keys, results: new Map() }));
    checks.results.set(signature(keys), codes);
    return remember(codes);
  }
}
