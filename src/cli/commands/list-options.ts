import { readReferenceData } from '../../io/read-reference-data.js';

/** `exchange-sizer options`: the options of data/options.csv. */
export async function listOptions(): Promise<void> {
  const rows = readReferenceData().tables.get('options')?.rows ?? [];
  const width = Math.max(...rows.map((r) => String(r.id).length));
  process.stdout.write(`${'id'.padEnd(width)}  ${'brief'.padEnd(10)}  name\n`);
  for (const row of rows)
    process.stdout.write(
      `${String(row.id).padEnd(width)}  ${String(row.brief_section).padEnd(10)}  ${String(row.name)}\n`,
    );
}
