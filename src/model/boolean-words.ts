import type { CsvDocument } from './csv-document.js';
import type { InputIssue } from './input-error.js';

/** The words a yes/no value may be written with, in upper case, and what each means. */
export type BooleanWords = ReadonlyMap<string, boolean>;

/** The meanings data/boolean-words.csv gives its words (and the words its own `assumption` column is read with). */
export const MEANINGS: BooleanWords = new Map([
  ['YES', true],
  ['NO', false],
]);

/** Upper case, so that a word matches whatever its case: `Wahr`, `wahr`, `WAHR` (and Turkish `yanlış` as `YANLIŞ`). */
export function booleanWordKey(word: string): string {
  return word.trim().toUpperCase();
}

/**
 * The words of data/boolean-words.csv (`WAHR` means yes, `FALSCH` no...): each word once whatever its case,
 * each meaning yes or no. Issues name the line of a word that breaks either rule.
 */
export function readBooleanWords(document: CsvDocument): { words: BooleanWords; issues: InputIssue[] } {
  const words = new Map<string, boolean>();
  const issues: InputIssue[] = [];
  for (const record of document.records) {
    const word = record.fields.word ?? '';
    const means = MEANINGS.get(booleanWordKey(record.fields.means ?? ''));
    if (means === undefined)
      issues.push({
        file: document.file,
        line: record.line,
        column: 'means',
        value: record.fields.means ?? '',
        expected: 'yes or no',
      });
    else if (words.has(booleanWordKey(word)))
      issues.push({
        file: document.file,
        line: record.line,
        column: 'word',
        value: word,
        expected: 'a word not listed before (in any case)',
      });
    else if (word !== '') words.set(booleanWordKey(word), means);
  }
  return { words, issues };
}
