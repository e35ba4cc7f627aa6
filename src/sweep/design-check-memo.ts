import type { Figure } from '../expr/figure.js';
import { figureValue } from '../expr/figure-values.js';
import type { Value } from '../expr/value.js';
import { checkDesign, type DesignContext, figuresOnDemand } from '../options/design-checks.js';
import { type OptionsEvaluation, optionsModel } from '../options/options-model.js';

const PARAMETER = 'parameter:';
/** Results kept per read path, and read paths per option, before the memo starts afresh: memory stays flat. */
const MAX_KEPT = 1024;
const MAX_PATHS = 8;

/** One way through the check: what it read, in order (figure ids, scenario parameters as `parameter:name`). */
interface ReadPath {
  readonly keys: readonly string[];
  /** Warning codes by the values read along the path. */
  readonly results: Map<string, readonly string[]>;
}

interface OptionChecks {
  /** Read paths, the one used last first. */
  paths: ReadPath[];
  /** The last call's host, values (the evaluation's own objects) and codes: a step that left them alone costs no signature. */
  last?: {
    readonly path: ReadPath;
    readonly host: string;
    readonly values: readonly unknown[];
    readonly codes: readonly string[];
  };
}

/**
 * An option's design check (placement and warnings, as `size` runs it) across the scenarios of one
 * sweep, run again only for values of what it reads that it has not seen: many scenarios of a sweep lay
 * out the same VMs on the same hosts, and those reuse the result. The check reads in order, each branch
 * decided by what it read before, so equal values along a path mean the same result. One memo serves
 * one sweep: the workloads, the limits and the options' attributes must not change under it.
 */
// The figures by the ids the check recorded reading (a path's keys, read at run time).
const INDEX: ReadonlyMap<string, number> = optionsModel.index;
const FIGURES: ReadonlyMap<string, Figure> = optionsModel.figures;

export class DesignCheckMemo {
  private readonly options = new Map<string, OptionChecks>();

  warningCodes(
    evaluation: OptionsEvaluation,
    option: string,
    attributes: Readonly<Record<string, unknown>>,
    context: DesignContext,
  ): readonly string[] {
    const at = evaluation.slot({ option });
    const figure = (id: string) => evaluation.valueAt(INDEX.get(id)!, at) as Value;
    // What the check read, as the evaluation holds it: a reused cell is the same object, an equal count the same double.
    const raw = (key: string): unknown =>
      key.startsWith(PARAMETER)
        ? context.parameters.get(key.slice(PARAMETER.length))
        : evaluation.value(INDEX.get(key)!, at);
    const host = `${context.hostVcpu}/${context.hostRamGB}`;
    let checks = this.options.get(option);
    if (!checks) this.options.set(option, (checks = { paths: [] }));
    const last = checks.last;
    if (last && last.host === host && last.path.keys.every((key, i) => Object.is(raw(key), last.values[i])))
      return last.codes;

    const remember = (path: ReadPath, codes: readonly string[]) => {
      checks.last = { path, host, values: path.keys.map(raw), codes };
      checks.paths = [path, ...checks.paths.filter((p) => p !== path)];
      return codes;
    };
    const signature = (keys: readonly string[]) => {
      const textOf = (key: string) =>
        key.startsWith(PARAMETER) ? String(raw(key)) : String(figureValue(FIGURES.get(key)!, figure(key)));
      try {
        return `${host}\u0000${keys.map(textOf).join('\u0000')}`;
      } catch {
        return undefined; // a figure off this scenario's path that cannot be evaluated here: not this path
      }
    };
    for (const path of checks.paths) {
      const key = signature(path.keys);
      const known = key === undefined ? undefined : path.results.get(key);
      if (known) return remember(path, known);
    }

    const keys: string[] = [];
    const parameters = {
      get: (name: string) => {
        keys.push(`${PARAMETER}${name}`);
        return context.parameters.get(name);
      },
    };
    const { warnings } = checkDesign(figuresOnDemand(evaluation, option, keys), attributes, { ...context, parameters });
    // Each kind once (a placement warning may come from both sites); frozen, as every row with this result shares it.
    const codes = Object.freeze([...new Set(warnings.map((w) => w.code))]);
    let path = checks.paths.find((p) => p.keys.join() === keys.join());
    if (!path || path.results.size >= MAX_KEPT) {
      if (path) checks.paths = checks.paths.filter((p) => p !== path);
      if (checks.paths.length >= MAX_PATHS) checks.paths = [];
      path = { keys, results: new Map() };
    }
    path.results.set(signature(keys)!, codes);
    return remember(path, codes);
  }
}
