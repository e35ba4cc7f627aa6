import { figureCatalogue } from '../../options/figure-catalogue.js';

/** `exchange-sizer figures`: every figure id with its label, unit, scope and source, one a line. */
export async function figures(): Promise<void> {
  const entries = figureCatalogue();
  const rows = [
    ['id', 'label', 'unit', 'scope', 'source'],
    ...entries.map((f) => [f.id, f.label, f.unit, f.scope, f.source]),
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  process.stdout.write(
    `${rows
      .map((r) =>
        r
          .map((cell, c) => (c < 4 ? cell.padEnd(widths[c]!) : cell))
          .join('  ')
          .trimEnd(),
      )
      .join('\n')}\n`,
  );
}
