import { parentPort, workerData } from 'node:worker_threads';
import { readReferenceData } from '../io/read-reference-data.js';
import type { ScenarioInputs } from '../model/scenario-inputs-types.js';
import { DesignCheckMemo } from '../sweep/design-check-memo.js';
import { planSweep } from '../sweep/sweep-plan.js';
import { type SweepCarry, sweepRows } from '../sweep/sweep-rows.js';
import type { CsvFormat } from './csv-format.js';
import { sweepCsvLine } from './sweep-csv.js';

/** A sweep worker: plans the same sweep, then turns each chunk of scenarios it is sent into CSV lines. */
const { inputs, variations, dataDirectory, csv } = workerData as {
  inputs: ScenarioInputs;
  variations: string[];
  dataDirectory?: string;
  csv: CsvFormat;
};
const reference = readReferenceData(dataDirectory);
const plan = planSweep(inputs, reference, variations);
const checks = new DesignCheckMemo();
// The last evaluation of one chunk seeds the next: the chunks of a worker need not be adjacent (see sweepRows).
const carry: SweepCarry = {};
parentPort!.on('message', (chunk: { id: number; from: number; to: number; piece: number }) => {
  // The text in pieces of `piece` scenarios: a reader of the text (the workbook) takes a piece at a time.
  const pieces: string[] = [];
  let lines = '';
  let rows = 0;
  let end = chunk.from + chunk.piece;
  for (const row of sweepRows(plan, reference, chunk.from, chunk.to, checks, carry)) {
    if (row.scenario >= end) {
      pieces.push(lines);
      lines = '';
      while (row.scenario >= end) end += chunk.piece;
    }
    lines += sweepCsvLine(row, csv);
    rows++;
  }
  pieces.push(lines);
  parentPort!.postMessage({ id: chunk.id, pieces, rows, scenarios: chunk.to - chunk.from });
});
