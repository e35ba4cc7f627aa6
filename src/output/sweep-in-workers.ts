import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReferenceData } from '../model/reference-data.js';
import type { ScenarioInputs } from '../model/scenario-inputs-types.js';
import { planSweep } from '../sweep/sweep-plan.js';
import { type CsvFormat, EXCEL_CSV } from './csv-format.js';
import { sweepCsvHeader } from './sweep-csv.js';

/**
 * A worker keeps about 8 MB live (the model and one scenario's values); left alone, V8 lets each
 * worker's heap grow to several times that before collecting. These limits keep a 100,000-scenario
 * sweep near 160 MB resident instead of 220-260 MB, at the same speed (measured on the benchmark's sweep).
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 };

export interface SweepProgress {
  readonly scenarios: number;
  readonly done: number;
}

/**
 * The sweep as CSV text chunks, in scenario order, computed by worker threads across the machine's
 * cores. At most two chunks per worker are held or in flight, so memory stays constant however long the sweep.
 *
 * @example
 * for await (const text of sweepCsvInWorkers(inputs, reference, ['mailboxes=1000..5000/1000'])) process.stdout.write(text);
 */
export async function* sweepCsvInWorkers(
  inputs: ScenarioInputs,
  reference: ReferenceData,
  variations: readonly string[],
  settings: {
    workers?: number;
    chunk?: number;
    onProgress?: (progress: SweepProgress) => void;
    /** The data/ folder the workers read their reference data from: the one `reference` came from. */
    dataDirectory?: string;
    /** How the CSV is written (default: `,`, decimal points, a BOM before the header). */
    csv?: CsvFormat;
  } = {},
): AsyncGenerator<string> {
  const plan = planSweep(inputs, reference, variations);
  const csv = settings.csv ?? EXCEL_CSV;
  yield sweepCsvHeader(plan, csv);
  // A chunk spans whole turns of the inner loops, which a worker evaluates in its cheapest order (SweepPlan.evaluationLoops).
  // A sweep shorter than a chunk per worker is split evenly, so that every worker has work.
  const requested = Math.max(1, settings.workers ?? availableParallelism());
  const chunk = settings.chunk ?? Math.max(1, Math.min(1000, Math.ceil(plan.scenarios / requested)));
  const chunks = Math.ceil(plan.scenarios / chunk);
  const workerCount = Math.min(requested, chunks);
  const url = new URL('./sweep-worker.js', import.meta.url);
  const workers = Array.from(
    { length: workerCount },
    () =>
      new Worker(url, {
        resourceLimits: WORKER_HEAP,
        workerData: { inputs, variations: [...variations], dataDirectory: settings.dataDirectory, csv },
      }),
  );
  // What the caller gets at a time: the text of this many scenarios (a chunk's text comes in such pieces).
  const piece = Math.min(chunk, 250);
  const results = new Map<number, readonly string[]>();
  const waiting = new Map<number, () => void>();
  const idle: Worker[] = [];
  const window = 2 * workerCount;
  let failure: unknown;
  let sent = 0;
  let next = 0;
  let done = 0;
  /** Sends the next chunk unless the chunks held or in flight would exceed the window. */
  const dispatch = (worker: Worker) => {
    if (sent >= chunks || sent - next >= window) return idle.push(worker);
    const id = sent++;
    worker.postMessage({ id, from: id * chunk, to: Math.min(plan.scenarios, (id + 1) * chunk), piece });
  };
  for (const worker of workers) {
    worker.on('message', (message: { id: number; pieces: readonly string[]; scenarios: number }) => {
      results.set(message.id, message.pieces);
      done += message.scenarios;
      settings.onProgress?.({ scenarios: plan.scenarios, done });
      waiting.get(message.id)?.();
      dispatch(worker);
    });
    const fail = (error: unknown) => {
      failure ??= error;
      for (const resolve of waiting.values()) resolve();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0 && next < chunks) fail(new Error(`a sweep worker stopped with code ${code}`));
    });
    dispatch(worker);
  }
  try {
    for (; next < chunks; next++) {
      if (failure) throw failure;
      if (!results.has(next)) await new Promise<void>((resolve) => waiting.set(next, resolve));
      waiting.delete(next);
      if (failure) throw failure;
      const pieces = results.get(next)!;
      results.delete(next);
      yield* pieces;
      for (const worker of idle.splice(0)) dispatch(worker);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
