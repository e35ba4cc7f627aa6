import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageDataDirectory } from '../src/io/read-reference-data.js';
import { parseReferenceData } from '../src/model/reference-data.js';
import { inputIssuesOf } from './input-issues.js';
import { reference } from './reference.js';

const shippedTexts = (): Record<string, string> =>
  Object.fromEntries(
    readdirSync(packageDataDirectory)
      .filter((f) => f.endsWith('.csv'))
      .map((f) => [f.slice(0, -4), readFileSync(join(packageDataDirectory, f), 'utf8')]),
  );

const issuesOf = (texts: Record<string, string>) => inputIssuesOf(() => parseReferenceData(texts));

describe('reference data in data/', () => {
  it('loads every table, typed and frozen', () => {
    expect(reference.tables.get('mailbox-profiles')!.rows).toHaveLength(10);
    expect(reference.constants.get('baseline_megacycles_per_core')!.value.toFixed()).toBe('3333');
    expect(reference.constants.get('baseline_specint_rate2006_per_core')!.value.toFixed()).toBe('18.75');
    expect(reference.constants.get('databases_per_server_standard')!.value.toFixed()).toBe('5');
    expect(reference.constants.get('databases_per_server_enterprise')!.value.toFixed()).toBe('100');
    expect(reference.constants.get('replay_lag_days_max')!.value.toFixed()).toBe('14');
    expect(Object.isFrozen(reference.tables.get('mailbox-profiles')!.rows[0])).toBe(true);
  });
  it('gives every row a source, and flags the unconfirmed ones as assumptions', () => {
    for (const table of reference.tables.values()) {
      table.sources.forEach((source) => expect(source, table.name).not.toBe(''));
    }
    expect(reference.constants.get('active_megacycles_increase_per_extra_copy')!.assumption).toBe(true);
    expect(reference.tables.get('server-ram-database-cache')!.assumptions.every((a) => !a)).toBe(true);
  });
  it('rejects a malformed table naming the file, line, column and what was expected', () => {
    const texts = shippedTexts();
    texts['mailbox-profiles'] = texts['mailbox-profiles']!.replace('\n100,6,', '\n100,six,');
    expect(issuesOf(texts)).toEqual([
      {
        file: 'data/mailbox-profiles.csv',
        line: 3,
        column: 'database_cache_per_mailbox_mb',
        value: 'six',
        expected: 'a decimal number such as 12 or 0.5',
      },
    ]);
  });
  it('rejects an option id that cannot name its workbook sheet', () => {
    const texts = shippedTexts();
    texts.options = texts.options!.replace('\ndag-srm,', '\ndag-with-site-recovery-manager-and-replication,');
    expect(issuesOf(texts)).toEqual([
      expect.objectContaining({
        file: 'data/options.csv',
        column: 'id',
        value: 'dag-with-site-recovery-manager-and-replication',
        expected: expect.stringMatching(/^a name Excel takes for a sheet/),
      }),
    ]);
  });
  it('rejects a missing column, a ragged row, keys out of order and a missing file', () => {
    const texts = shippedTexts();
    texts['message-size-factors'] = 'average_message_kb,source,assumption\n75,x,no\n';
    texts['minimum-memory-by-database-copies'] = texts['minimum-memory-by-database-copies']!.replace(
      '\n20,4,',
      '\n5,4,',
    );
    texts['raid-levels'] += 'RAID50,4\n';
    delete texts.constants;
    const issues = issuesOf(texts);
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'data/message-size-factors.csv', line: 1, column: 'log_generation_factor' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: 'data/minimum-memory-by-database-copies.csv',
        line: 3,
        expected: 'keys in ascending order',
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ file: 'data/raid-levels.csv', line: 6, column: '(row)' }));
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'data/constants.csv', expected: 'the file to exist' }),
    );
  });
});
