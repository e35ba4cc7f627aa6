import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/model/input-error.js';
import { compareOptions } from '../src/options/compare-options.js';
import { OPTION_IDS } from '../src/options/option-ids.js';
import { SUMMARY_ROWS } from '../src/options/summary-rows.js';
import { sweep } from '../src/sweep/sweep.js';
import type { SweepRow } from '../src/sweep/sweep-rows.js';
import { runCli, temporaryDirectory } from './cli.js';
import { reference } from './reference.js';
import { shipped } from './shipped.js';
import { PROCESS_TIMEOUT } from './timeouts.js';

/** The options every scenario of a sweep sizes (data/options.csv). */
const OPTIONS = OPTION_IDS.length;

async function rows(variations: string[]): Promise<SweepRow[]> {
  const all: SweepRow[] = [];
  for await (const row of sweep(shipped, reference, variations)) all.push(row);
  return all;
}

describe('sweeps', () => {
  it("a sweep's rows equal single runs of the same scenarios", async () => {
    const variations = [
      'Staff.mailboxes=8000..16000/4000',
      'messages_per_day=100,250',
      'dag_copies=2..3/1',
      'tco_years=3..4/1',
    ];
    const swept = await rows(variations);
    expect(swept).toHaveLength(3 * 2 * 2 * 2 * OPTIONS);
    // Host counts come from the packing, so no design the sweep costs leaves a VM unplaced.
    expect(swept.some((r) => r.warnings.includes('placement'))).toBe(false);
    // The shipped nightly full does not fit each server's 1 Gbit/s LAN link in 8 hours at these sizes, an advice every
    // option carries (backup-lan-link); apart from it, some designs carry no warning at all.
    expect(swept.some((r) => r.warnings.every((code) => code === 'backup-lan-link') && !r.error)).toBe(true);
    for (let scenario = 0; scenario < 24; scenario++) {
      const [mailboxes, messages, copies, years] = swept[scenario * OPTIONS]!.values;
      const single = compareOptions(
        {
          ...shipped,
          parameters: { ...shipped.parameters, dag_copies: copies!, tco_years: years! },
          tiers: shipped.tiers.map((t) => ({
            ...t,
            messages_per_day: messages!,
            ...(t.tier === 'Staff' ? { mailboxes: mailboxes! } : {}),
          })),
        },
        reference,
      );
      single.options.forEach((option, i) => {
        const row = swept[scenario * OPTIONS + i]!;
        expect(row.option).toBe(option.id);
        for (const { key, figure } of SUMMARY_ROWS)
          expect(row.figures[key], `scenario ${scenario + 1} ${option.id} ${key}`).toEqual(option.figures[figure]);
        expect(row.warnings, `scenario ${scenario + 1} ${option.id} warnings`).toEqual([
          ...new Set(option.warnings.map((w) => w.code)),
        ]);
      });
    }
  });

  it('reuses design checks only where the check would give the same warnings (storage, backup and copies varied)', async () => {
    const variations = [
      'raid_level=RAID10,JBOD',
      'backup_method=in-guest,vdr',
      'lagged_copies=0..1/1',
      'dag_copies=3..4/1',
      'host_cores_per_socket=4,6',
    ];
    const swept = await rows(variations);
    const codes = new Set(swept.flatMap((r) => r.warnings));
    expect([...codes]).toEqual(expect.arrayContaining(['jbod-copies', 'vdr-mailbox']));
    expect([...codes]).not.toContain('placement');
    for (let scenario = 0; scenario < swept.length / OPTIONS; scenario++) {
      const [raid, backup, lagged, copies, cores] = swept[scenario * OPTIONS]!.values;
      let single: ReturnType<typeof compareOptions>;
      try {
        single = compareOptions(
          {
            ...shipped,
            parameters: {
              ...shipped.parameters,
              raid_level: raid!,
              backup_method: backup!,
              lagged_copies: lagged!,
              dag_copies: copies!,
              host_cores_per_socket: cores!,
            },
          },
          reference,
        );
      } catch {
        expect(swept.slice(scenario * OPTIONS, scenario * OPTIONS + OPTIONS).some((r) => r.error)).toBe(true);
        continue;
      }
      single.options.forEach((option, i) =>
        expect(
          swept[scenario * OPTIONS + i]!.warnings,
          `${swept[scenario * OPTIONS]!.values.join(' ')} ${option.id}`,
        ).toEqual([...new Set(option.warnings.map((w) => w.code))]),
      );
    }
  });

  it('nests its loops so each step recomputes least, whatever the order of --vary; columns keep that order', async () => {
    // tco_years reaches 3 figures, mailboxes over 200: tco_years turns fastest either way.
    const byMailboxesFirst = await rows(['mailboxes=1000..2000/1000', 'tco_years=1,2']);
    const byYearsFirst = await rows(['tco_years=1,2', 'mailboxes=1000..2000/1000']);
    expect(byMailboxesFirst.filter((r) => r.option === 'dag').map((r) => r.values)).toEqual([
      ['1000', '1'],
      ['1000', '2'],
      ['2000', '1'],
      ['2000', '2'],
    ]);
    expect(byYearsFirst.filter((r) => r.option === 'dag').map((r) => r.values)).toEqual([
      ['1', '1000'],
      ['2', '1000'],
      ['1', '2000'],
      ['2', '2000'],
    ]);
    expect(byYearsFirst.map((r) => [r.scenario, r.option, [...r.values].reverse(), r.figures])).toEqual(
      byMailboxesFirst.map((r) => [r.scenario, r.option, r.values, r.figures]),
    );
  });

  it('a scenario that cannot be built is a row with an error, and the sweep goes on', async () => {
    const swept = await rows(['mailbox_server_failures=0..3/1']);
    expect(swept.filter((r) => r.error).map((r) => r.values[0])).toEqual(Array(OPTIONS).fill('3'));
    expect(swept.filter((r) => !r.error)).toHaveLength(3 * OPTIONS);
  });

  it('a design that does not fit the host gives error rows, as size would refuse it', async () => {
    const swept = await rows(['max_vcpu_per_vm=1..2/1']);
    expect(swept.filter((r) => r.values[0] === '1').every((r) => r.error !== undefined)).toBe(true);
  });

  it('bad variations are input errors before any row, every problem at once', async () => {
    const error = await sweep(shipped, reference, [
      'mailboxez=1..2/1',
      'messages_per_day=100..900/100',
      'Nobody.mailboxes=1..2/1',
    ])
      .next()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues.map((i) => i.value)).toEqual(['mailboxez=1..2/1', 'Nobody.mailboxes=1..2/1']);
  });

  it('a range without its step, or with a dash for the dots, is named as a range', async () => {
    const error = await sweep(shipped, reference, ['mailboxes=1000..100000', 'messages_per_day=50-500/50'])
      .next()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect((error as InputError).issues.map((i) => i.expected)).toEqual([
      expect.stringMatching(/^from\.\.to\/step/),
      expect.stringMatching(/^from\.\.to\/step/),
    ]);
  });
});

describe('exchange-sizer sweep', () => {
  it('streams the CSV (and an xlsx sheet) with one row per scenario and option', { timeout: PROCESS_TIMEOUT }, () => {
    const out = join(temporaryDirectory(), 'sweep.csv');
    const run = runCli([
      'sweep',
      '--vary',
      'mailboxes=1000..3000/1000',
      '--vary',
      'dag_copies=2..3/1',
      '--out',
      out,
      '--xlsx',
      '--workers',
      '2',
    ]);
    expect(run.status, run.stderr).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 6 * OPTIONS);
    // UTF-8 with a BOM, so that Excel reads it as UTF-8; the summary columns are named by figure id, as in summary.csv.
    expect(lines[0]).toMatch(
      /^\uFEFFscenario,mailboxes,dag_copies,total_mailboxes,option_id,designValid,primaryHosts,.*,warnings,error$/,
    );
    // The shipped tiers are Staff and Executives: a tier column without a tier name sets both.
    expect(lines[1]!.split(',').slice(1, 5)).toEqual(['1000', '2', '2000', 'standalone-ha']);
    expect(lines.slice(1).map((l) => Number(l.split(',')[0]))).toEqual(
      Array.from({ length: 6 * OPTIONS }, (_, i) => Math.floor(i / OPTIONS) + 1),
    );
    expect(readFileSync(out.replace('.csv', '.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(runCli(['sweep', '--vary', 'mailboxes=1000..3000/1000', '--out', out]).status).toBe(1);
  });
  it(
    'the same sweep writes the same workbook bytes (issue 15)',
    () => {
      const dir = temporaryDirectory();
      const bytes = (name: string) => {
        expect(
          runCli([
            'sweep',
            '--vary',
            'mailboxes=1000..2000/1000',
            '--out',
            join(dir, `${name}.csv`),
            '--xlsx',
            '--workers',
            '1',
          ]).status,
        ).toBe(0);
        return readFileSync(join(dir, `${name}.xlsx`));
      };
      const first = bytes('first');
      expect(bytes('second').equals(first)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['first.csv', 'first.xlsx', 'second.csv', 'second.xlsx']);
    },
    PROCESS_TIMEOUT,
  );
  it(
    'rejects a bad --vary with exit code 2 and writes nothing: no folder, no temporary file (issue 15)',
    () => {
      const parent = temporaryDirectory();
      const out = join(parent, 'new-folder', 'sweep.csv');
      const run = runCli(['sweep', '--vary', 'messages_per_day=100..900/100', '--out', out, '--xlsx']);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('--vary messages_per_day = "600": expected a number from 50 to 500');
      expect(readdirSync(parent)).toEqual([]);
    },
    PROCESS_TIMEOUT,
  );
});
