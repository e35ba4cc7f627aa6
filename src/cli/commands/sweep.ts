import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { once } from 'node:events';
import { readInputs } from '../../io/read-inputs.js';
import { readReferenceData } from '../../io/read-reference-data.js';
import { OutputExistsError } from '../../io/write-files-atomically.js';
import { sweepCsvInWorkers } from '../../sweep/sweep-in-workers.js';
import { progressReporter } from '../progress.js';

/** `exchange-sizer sweep`: the cartesian product of the varied inputs, one CSV row per scenario and option. */
export async function sweep(options: { templates?: string; vary: string[]; out: string; force?: boolean; xlsx?: boolean; workers?: string }): Promise<void> {
  const reference = readReferenceData();
  const inputs = await readInputs(reference, options.templates);
  const targets = [options.out, ...(options.xlsx ? [options.out.replace(/\.csv$/i, '') + '.xlsx'] : [])];
  const existing = targets.filter((t) => existsSync(t));
  if (existing.length > 0 && !options.force) throw new OutputExistsError(existing);
  mkdirSync(dirname(options.out) || '.', { recursive: true });
  const temporary = join(dirname(options.out), `.${basename(options.out)}.${process.pid}.tmp`);
  const file = createWriteStream(temporary);
  const progress = progressReporter();
  const sheet = options.xlsx ? await (await import('../../output/sweep-sheet.js')).openSweepSheet(`${targets[1]}.${process.pid}.tmp`) : undefined;
  let rows = 0;
  try {
    for await (const text of sweepCsvInWorkers(inputs, reference, options.vary, { ...(options.workers ? { workers: Number(options.workers) } : {}), onProgress: progress.update })) {
      if (!file.write(text)) await once(file, 'drain');
      if (sheet) sheet.add(text);
      rows += text.split('\r\n').length - 1;
    }
    file.end();
    await once(file, 'finish');
    if (sheet) await sheet.close();
    progress.stop();
    renameSync(temporary, options.out);
    if (sheet) renameSync(`${targets[1]}.${process.pid}.tmp`, targets[1]!);
  } catch (error) {
    progress.stop();
    file.destroy();
    rmSync(temporary, { force: true });
    if (sheet) rmSync(`${targets[1]}.${process.pid}.tmp`, { force: true });
    throw error;
  }
  process.stdout.write(`wrote ${targets.join(', ')}: ${rows - 1} rows\n`);
}
