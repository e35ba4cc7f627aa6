import { Dec } from '../decimal.js';
import type { InputIssue } from './input-error.js';
import type { ReferenceData } from './reference-data.js';

const limit = (reference: ReferenceData, name: string) => reference.constants.get(name)!.value;

/** The most rows a template list may hold (tiers, workloads, price items, host catalogue rows), from data/constants.csv. */
export const listRowsMax = (reference: ReferenceData): number => limit(reference, 'list_rows_max').toNumber();

/** One issue where a list is longer than it may be, at its first row too many: the rows past it are not read. */
export function listLengthIssue(
  rows: number,
  reference: ReferenceData,
  at: { file: string; line?: number; column: string },
): InputIssue | undefined {
  const most = listRowsMax(reference);
  return rows > most
    ? { ...at, value: `${rows} rows`, expected: `at most ${most} rows (data/constants.csv list_rows_max)` }
    : undefined;
}

/** An issue where the tiers hold more mailboxes together than the sizing keeps exact. */
export function totalMailboxesIssue(
  mailboxes: readonly unknown[],
  reference: ReferenceData,
  at: { file: string; column: string },
): InputIssue | undefined {
  const most = limit(reference, 'mailboxes_total_max');
  const total = mailboxes.reduce<Dec>(
    (sum, m) =>
      m === undefined || m === null || m === '' || Number.isNaN(Number(m)) ? sum : sum.plus(new Dec(String(m))),
    new Dec(0),
  );
  return total.gt(most)
    ? {
        ...at,
        value: total.toFixed(),
        expected: `at most ${most.toFixed()} mailboxes in all tiers together (data/constants.csv mailboxes_total_max)`,
      }
    : undefined;
}
