import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { temporaryName } from '../../io/output-journal.js';
import { readInputs } from '../../io/read-inputs.js';
import { readReferenceData } from '../../io/read-reference-data.js';
import { OutputExistsError, placeTemporaries } from '../../io/write-files-atomically.js';
import { InputError } from '../../model/input-error.js';
import { csvFormat } from '../../output/csv-format.js';
import { sweepCsvInWorkers } from '../../output/sweep-in-workers.js';
import { openSweepSheet, type SweepSheet } from '../../output/sweep-sheet.js';
import { planSweep } from '../../sweep/sweep-plan.js';
import { progressReporter } from '../progress.js';

/** `exchange-sizer sweep`: the cartesian product of the varied inputs, one CSV row per scenario and option. */
export async function sweep(options: {
  templates?: string;
  vary: string[];
  out: string;
  force?: boolean;
  xlsx?: boolean;
  workers?: string;
  csvLocale?: string;
  delimiter?: string;
  decimalComma?: boolean;
  bom?: boolean;
}): Promise<void> {
  const csv = csvFormat({
    locale: options.csvLocale,
    delimiter: options.delimiter,
    decimalComma: options.decimalComma,
    bom: options.bom,
  });
  const workers = options.workers === undefined ? undefined : Number(options.workers);
  // More workers than cores only share the same cores, each with its own copy of the model: at most one a core.
  const cores = availableParallelism();
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= cores)) {
    throw new InputError([
      {
        file: 'command line',
        column: '--workers',
        value: String(options.workers),
        expected: `a whole number of worker threads from 1 to ${cores} (the cores of this machine)`,
      },
    ]);
  }
  const reference = readReferenceData();
  const inputs = await readInputs(reference, options.templates);
  // Every --vary is checked before anything is created: a bad one leaves no folder and no temporary file.
  planSweep(inputs, reference, options.vary);
  const targets = [options.out, ...(options.xlsx ? [`${options.out.replace(/\.csv$/i, '')}.xlsx`] : [])];
  const existing = targets.filter((t) => existsSync(t));
  if (existing.length > 0 && !options.force) throw new OutputExistsError(existing);
  const directory = dirname(options.out) || '.';
  mkdirSync(directory, { recursive: true });
  const temporary = join(directory, temporaryName(basename(options.out), 'tmp', false));
  const sheetTemporary = join(directory, temporaryName(basename(targets[1] ?? options.out), 'tmp.xlsx', false));
  const progress = progressReporter();
  const file = createWriteStream(temporary);
  let sheet: SweepSheet | undefined;
  let rows = 0;
  try {
    if (options.xlsx) sheet = await openSweepSheet(sheetTemporary, csv);
    for await (const text of sweepCsvInWorkers(inputs, reference, options.vary, {
      ...(workers ? { workers } : {}),
      onProgress: progress.update,
      csv,
    })) {
      if (!file.write(text)) await once(file, 'drain');
      if (sheet) await sheet.add(text);
      rows += text.split('\r\n').length - 1;
    }
    file.end();
    await once(file, 'finish');
    // The same sweep gives the same workbook bytes, as size's does (fixed dates, no clock).
    if (sheet) await sheet.close();
    progress.stop();
    // The CSV and the workbook land together, or neither does.
    placeTemporaries(
      directory,
      [{ temporary, target: options.out }, ...(sheet ? [{ temporary: sheetTemporary, target: targets[1]! }] : [])],
      options.force === true,
    );
  } catch (error) {
    progress.stop();
    file.destroy();
    sheet?.abort();
    rmSync(temporary, { force: true });
    rmSync(sheetTemporary, { force: true });
    throw error;
  }
  process.stdout.write(`wrote ${targets.join(', ')}: ${rows - 1} rows\n`);
}
