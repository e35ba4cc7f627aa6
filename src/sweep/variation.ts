import { Dec } from '../decimal.js';
import { InputError, type InputIssue } from '../model/input-error.js';
import { parseDecimal } from '../model/parse-value.js';
import type { ReferenceData } from '../model/reference-data.js';

/** What a variation changes: a scenario parameter, or a tier column of every tier or of one. */
export type VariationTarget =
  | { readonly kind: 'scenario'; readonly name: string }
  | { readonly kind: 'tier'; readonly name: string; readonly tier?: string };

/** One `--vary name=from..to/step`: the input it changes and the values it takes, as text. */
export interface Variation {
  readonly text: string;
  readonly target: VariationTarget;
  readonly values: readonly string[];
}

/** The most scenarios one sweep enumerates. */
export const MAX_SWEEP_SCENARIOS = 10_000_000;

const SYNTAX = /^([A-Za-z0-9 _-]+\.)?([a-z_0-9]+)=(.+)$/;

/** Parses `mailboxes=1000..100000/1000`, `tier1.mailboxes=...`, `raid_level=RAID5,RAID10` or one value. */
export function parseVariation(
  text: string,
  reference: ReferenceData,
  tierNames: readonly string[],
): Variation | InputIssue {
  const issue = (expected: string): InputIssue => ({ file: 'command line', column: '--vary', value: text, expected });
  const match = SYNTAX.exec(text.trim());
  if (!match) return issue('name=from..to/step, name=a,b,c or tier.name=...');
  const [, prefix, name, spec] = match as unknown as [string, string | undefined, string, string];
  const tier = prefix?.slice(0, -1);
  const isScenario = reference.scenarioParameters.some((p) => p.name === name);
  const isTier = reference.tierParameters.some((p) => p.name === name) && name !== 'tier';
  if (tier !== undefined && !isTier)
    return issue(`a tier column (${reference.tierParameters.map((p) => p.name).join(', ')}) after "${tier}."`);
  if (tier !== undefined && !tierNames.includes(tier) && !/^tier\d+$/.test(tier))
    return issue(`a tier named in mailbox-tiers.csv (${tierNames.join(', ')}) or tierN`);
  if (!isScenario && !isTier) return issue('a scenario parameter or a tier column');
  const target: VariationTarget =
    isScenario && tier === undefined
      ? { kind: 'scenario', name }
      : { kind: 'tier', name, ...(tier === undefined ? {} : { tier }) };
  const range = /^(.+)\.\.(.+)\/(.+)$/.exec(spec);
  // A range written without its step, or with a dash for the dots, is not a list of one value.
  if (!range && (spec.includes('..') || spec.includes('/'))) {
    const [from, to, step] = spec.split(/\.\.|-|\//).filter(Boolean);
    return issue(
      `from..to/step, the step after a slash, e.g. ${name}=${from ?? 'from'}..${to ?? 'to'}/${step ?? 'step'}`,
    );
  }
  if (!range) return { text, target, values: spec.split(',').map((v) => v.trim()) };
  const [from, to, step] = range.slice(1).map((v) => parseDecimal(v.trim(), false));
  if (!from || !to || !step || step.lte(0) || to.lt(from))
    return issue('from..to/step with from <= to and a step above 0');
  const count = to.minus(from).div(step).floor().plus(1);
  if (count.gt(MAX_SWEEP_SCENARIOS)) return issue(`at most ${MAX_SWEEP_SCENARIOS} values`);
  const values: string[] = [];
  for (let v = from, i = 0; i < count.toNumber(); i++, v = v.plus(step)) values.push(new Dec(v).toFixed());
  return { text, target, values };
}

/** Parses every `--vary`, reporting every problem at once. */
export function parseVariations(
  texts: readonly string[],
  reference: ReferenceData,
  tierNames: readonly string[],
): Variation[] {
  const results = texts.map((t) => parseVariation(t, reference, tierNames));
  const issues = results.filter((r): r is InputIssue => !('values' in r));
  if (texts.length === 0)
    issues.push({
      file: 'command line',
      column: '--vary',
      value: '',
      expected: 'at least one --vary name=from..to/step',
    });
  const total = results.reduce((n, r) => n * ('values' in r ? r.values.length : 1), 1);
  if (total > MAX_SWEEP_SCENARIOS)
    issues.push({
      file: 'command line',
      column: '--vary',
      value: `${total} scenarios`,
      expected: `at most ${MAX_SWEEP_SCENARIOS} scenarios`,
    });
  if (issues.length > 0) throw new InputError(issues);
  return results as Variation[];
}
