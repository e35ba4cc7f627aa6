import type { Figure, FigureKind, Scope } from '../expr/figure.js';
import { closestName } from '../model/closest-name.js';
import { isFigureId } from '../model/figure-ids.js';
import { InputError } from '../model/input-error.js';
import { OPTION_SECTIONS, optionsModel } from './options-model.js';
import { SUMMARY_ROWS } from './summary-rows.js';

/** One figure as `exchange-sizer figures` lists it: the id it has everywhere, what it is, its unit and its source. */
export interface FigureEntry {
  /** The one id of the figure: summary.csv column, details.csv `figure`, comparison.json key, workbook Id column, `explain` argument. */
  readonly id: string;
  readonly label: string;
  /** Its unit; `currency` stands for the scenario's currency. */
  readonly unit: string;
  readonly kind: FigureKind;
  /** Computed once per scenario, tier, workload, option, or candidate row of an option. */
  readonly scope: Scope;
  /** The section of details.csv and the option sheets it belongs to. */
  readonly section: string;
  /** Its source tags (`[S3]`, brief sections), or '' for figures that only combine others. */
  readonly source: string;
  /** Its row label on the Summary sheet, if it is one of the summary figures. */
  readonly summaryLabel?: string;
}

const SECTION_OF = new Map(
  OPTION_SECTIONS.flatMap(({ section, figures }) => figures.map((f) => [f.id, section] as const)),
);
const SUMMARY_LABEL_OF = new Map<string, string>(SUMMARY_ROWS.map((r) => [r.figure, r.label]));

/**
 * Every figure of the model, in the order it is defined, with the id that names it in every output.
 *
 * @example
 * figureCatalogue().find((f) => f.id === 'whitespaceMB');
 * // { id: 'whitespaceMB', label: 'Whitespace per mailbox', unit: 'MB', kind: 'quantity', scope: 'tier', section: 'Mailbox role', source: '[S3]' }
 */
export function figureCatalogue(): FigureEntry[] {
  return [...optionsModel.figures.values()].map((f) => {
    const summaryLabel = SUMMARY_LABEL_OF.get(f.id);
    return {
      id: f.id,
      label: f.label,
      unit: f.unit,
      kind: f.kind,
      scope: f.scope,
      section: SECTION_OF.get(f.id) ?? '',
      source: f.source,
      ...(summaryLabel ? { summaryLabel } : {}),
    };
  });
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The figures a label names, with or without its unit in brackets ("Mailbox size on disk (GB)"): a row label of the
 * Summary first (the one figure it shows: "Storage" is storageCost there), else the figures' own labels.
 */
function figuresLabelled(name: string): Figure[] {
  const all = [...optionsModel.figures.values()];
  const withUnit = /^(.*)\(([^()]*)\)$/.exec(normalise(name));
  const attempts: [string, (f: Figure) => boolean][] = [[normalise(name), () => true]];
  if (withUnit)
    attempts.push([
      normalise(withUnit[1]!),
      (f) => normalise(f.unit) === normalise(withUnit[2]!) || f.unit === 'currency',
    ]);
  for (const [label, unitFits] of attempts) {
    for (const labelOf of [(f: Figure) => SUMMARY_LABEL_OF.get(f.id), (f: Figure) => f.label]) {
      const found = all.filter((f) => normalise(labelOf(f) ?? '') === label && unitFits(f));
      if (found.length > 0) return found;
    }
  }
  return [];
}

/**
 * The figure an id or a label names, as `explain` takes it: `megacyclesPerCore`, `MegacyclesPerCore`,
 * `Whitespace per mailbox`, `Hosts, total` (a Summary row) or `Mailbox size on disk (GB)`. Throws an
 * InputError for an unknown name, with the id it most likely meant, or for a label several figures share,
 * with their ids.
 *
 * @example
 * findFigure('Hosts, total').id; // 'totalHosts'
 * findFigure('totalHost');      // InputError: ... expected a figure id or label (did you mean totalHosts?)
 */
export function findFigure(name: string): Figure {
  const figures = optionsModel.figures;
  const byId =
    (isFigureId(name) ? figures.get(name) : undefined) ??
    [...figures.values()].find((f) => f.id.toLowerCase() === name.trim().toLowerCase());
  if (byId) return byId;
  const labelled = figuresLabelled(name);
  if (labelled.length === 1) return labelled[0]!;
  if (labelled.length > 1) {
    throw new InputError([
      {
        file: 'command line',
        column: 'figure',
        value: name,
        expected: `one figure: the label names ${labelled.map((f) => `${f.id} (${f.unit || f.kind})`).join(', ')}; give its id`,
      },
    ]);
  }
  const suggestion = closestName(name, figures.keys()) ?? closestLabel(name);
  const containing = [...figures.keys()]
    .filter((id) => id.toLowerCase().includes(name.trim().toLowerCase()))
    .slice(0, 8);
  const hint = suggestion
    ? ` (did you mean ${suggestion}?)`
    : containing.length > 0
      ? ` such as ${containing.join(', ')}`
      : '; `exchange-sizer figures` lists them';
  throw new InputError([
    { file: 'command line', column: 'figure', value: name, expected: `a figure id or label${hint}` },
  ]);
}

/** The id of the figure whose label (or Summary label) a typo most likely meant. */
function closestLabel(name: string): string | undefined {
  const byLabel = new Map<string, string>();
  for (const f of optionsModel.figures.values()) {
    for (const label of [f.label, SUMMARY_LABEL_OF.get(f.id)])
      if (label && !byLabel.has(label)) byLabel.set(label, f.id);
  }
  const label = closestName(name, byLabel.keys());
  return label === undefined ? undefined : `${byLabel.get(label)} ("${label}")`;
}
