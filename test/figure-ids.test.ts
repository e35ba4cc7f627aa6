import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIGURE_IDS } from '../src/model/figure-ids.js';
import { ref, sumOf } from '../src/model/figure-ref.js';
import { figureCatalogue } from '../src/options/figure-catalogue.js';
import { figureOf, OPTION_SECTIONS, type OptionsEvaluation, optionsModel } from '../src/options/options-model.js';
import type { SummaryRow } from '../src/options/summary-rows.js';
import { mailboxRoleModel } from '../src/sizing/mailbox-role-model.js';
import type { Site } from '../src/sizing/role-vms.js';
import { kindFigureId } from '../src/sizing/vm-kinds.js';

const FILE = fileURLToPath(new URL('../src/model/figure-ids.ts', import.meta.url));

/** The text of src/model/figure-ids.ts: every figure id of the options model, in its order, by section. */
function figureIdsSource(): string {
  const lines = [
    '// Generated from the options model (src/options/options-model.ts) by `npm run figure-ids`: do not edit.',
    '// test/figure-ids.test.ts fails while this file is stale.',
    '',
    '/**',
    ' * Every figure id, in the order the model defines them, by section of details.csv and the option sheets; each',
    ' * with its label, unit and scope (`exchange-sizer figures` lists the same, with the sources).',
    ' */',
    'export const FIGURE_IDS = [',
  ];
  for (const { section, figures } of OPTION_SECTIONS) {
    lines.push(`  // ${section}`);
    for (const f of figures) lines.push(`  '${f.id}', // ${f.label}${f.unit ? ` (${f.unit})` : ''}, ${f.scope}`);
  }
  lines.push(
    '] as const;',
    '',
    '/** A figure id: `ref()`, the summary rows, the outputs and the look-ups take one, so a misspelt id fails to compile. */',
    'export type FigureId = (typeof FIGURE_IDS)[number];',
    '',
    'const KNOWN: ReadonlySet<string> = new Set(FIGURE_IDS);',
    '',
    '/**',
    ' * Whether a name read at run time (a command-line argument, an id inside an expression) is a figure id.',
    ' *',
    ' * @example',
    " * isFigureId('tco'); // true",
    ' */',
    'export const isFigureId = (name: string): name is FigureId => KNOWN.has(name);',
    '',
    '/** A name read at run time that must be a figure id (a figure of the model names itself): throws if it is none. */',
    'export function toFigureId(name: string): FigureId {',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template string of the generated file
    '  if (!isFigureId(name)) throw new Error(`no figure ${name}`);',
    '  return name;',
    '}',
    '',
  );
  return lines.join('\n');
}

describe('FigureId: the figure ids tsc checks are the ids of the model', () => {
  it('src/model/figure-ids.ts lists every figure of the options model, in its order (else run `npm run figure-ids`)', () => {
    const expected = figureIdsSource();
    if (process.env.UPDATE_FIGURE_IDS === '1') {
      writeFileSync(FILE, expected);
      return;
    }
    expect(readFileSync(FILE, 'utf8'), 'src/model/figure-ids.ts is stale: run `npm run figure-ids`').toBe(expected);
    expect([...FIGURE_IDS]).toEqual(optionsModel.order.map((f) => f.id));
  });

  it('covers the mailbox-role model, and is what `exchange-sizer figures` lists', () => {
    const known = new Set<string>(FIGURE_IDS);
    expect([...mailboxRoleModel.figures.keys()].filter((id) => !known.has(id))).toEqual([]);
    expect(figureCatalogue().map((f) => f.id)).toEqual([...FIGURE_IDS]);
  });
});

describe('a misspelt figure id fails to compile (checked by tsc -p test)', () => {
  it('in ref(), the aggregates, ids built from parts, the summary rows and every read', () => {
    const site = 'primary' as Site;
    const built = [
      ref('primaryHosts'),
      ref(`${site}Hosts`),
      // @ts-expect-error not a figure id
      ref('primaryHost'),
      // @ts-expect-error not a figure id at either site
      ref(`${site}Hostz`),
      // @ts-expect-error the DR site has no vSphere HA figures
      ref(`${site === 'primary' ? 'dr' : site}UsesHa`),
      sumOf('tierMailboxes'),
      // @ts-expect-error not a figure id
      sumOf('tierMailbox'),
      ref(kindFigureId(site, 'GlobalCatalog', 'Vms')),
      // @ts-expect-error not a kind of VM
      ref(kindFigureId(site, 'GlobalCatalogs', 'Vms')),
    ];
    const row: SummaryRow = { key: 'totalHosts', label: 'Hosts, total', figure: 'totalHosts' };
    // @ts-expect-error not a figure id
    const wrongRow: SummaryRow = { key: 'totalHost', label: 'Hosts, total', figure: 'totalHost' };
    const reads = (evaluation: OptionsEvaluation) => [
      evaluation.figure('tco', { option: 'dag' }),
      // @ts-expect-error not a figure id
      evaluation.figure('tc0', { option: 'dag' }),
      // @ts-expect-error not a figure id
      evaluation.figureColumn('candidateServer', { option: 'dag' }),
      figureOf('whitespaceMB'),
      // @ts-expect-error not a figure id
      figureOf('whitespaceMb'),
      // @ts-expect-error not a figure id
      optionsModel.figures.get('whitespaceMb'),
    ];
    expect([built.length, row, wrongRow, typeof reads]).toEqual([9, row, wrongRow, 'function']);
  });
});
