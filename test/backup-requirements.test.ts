import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../src/model/scenario-inputs-types.js';
import { compareOptions } from '../src/options/compare-options.js';
import type { OptionResult } from '../src/options/option-result.js';
import { OPTION_SECTIONS } from '../src/options/options-model.js';
import { inputIssuesOf } from './input-issues.js';
import { reference } from './reference.js';
import { withInputs } from './shipped.js';
import { SMALL_PARAMETERS, SMALL_TIERS } from './small-scenario.js';

// The small hand-worked scenario of protection.test.ts, option dag: 2,000 mailboxes at 100 messages/day, 1 GB quota,
// two databases of 1,000 mailboxes. Each database is 1,379.146033 GB; [S14] 20 logs of 1 MB per mailbox a day, so
// 20,000 logs = 19.53125 GB of logs per database per day. Backup window 8 h, retention 1 day (the defaults).
const DATABASE_GB = 1379.146033;
const LOGS_PER_DAY_GB = 19.53125;
const LOGS_PER_DAY = 20000;

function dag(parameters: RawRecord): OptionResult {
  return compareOptions(withInputs({ ...SMALL_PARAMETERS, ...parameters }, SMALL_TIERS, []), reference, {
    options: ['dag'],
  }).options[0]!;
}
const n = (value: unknown) => Number(value);
// Figures are written to six decimals: hand-worked fractions are compared to five.
const close = (value: unknown, expected: number) => expect(n(value)).toBeCloseTo(expected, 5);
// GB/h to MB/s: x 1,024 MB/GB / 3,600 s/h.
const mbPerSecond = (gbPerHour: number) => (gbPerHour * 1024) / 3600;

describe('Exchange 2010 backups copy the database only in a full; incrementals and differentials copy logs', () => {
  // Microsoft "Backup Operations" (Exchange Server 2010 developer docs, aa579157):
  // "Full: Backs up the databases (*.edb), transaction logs (*.log), checkpoint files (*.chk), and then truncates the
  // transaction logs"; "Incremental: Backs up the transaction logs (*.log) to record changes since the last full or
  // incremental backup, and then truncates the transaction logs"; "Differential: ... and does not then truncate".
  it('the schedules table holds the three schedules the backup_schedule input offers', () => {
    const schedules = reference.tables.get('backup-schedules')!;
    const input = reference.scenarioParameters.find((p) => p.name === 'backup_schedule')!;
    expect(schedules.rows.map((r) => r.backup_schedule)).toEqual(input.choices);
    expect(input.choices).toEqual(['daily-full', 'weekly-full-daily-incremental', 'weekly-full-daily-differential']);
    expect(OPTION_SECTIONS.map((s) => s.section)).toContain('Backup');
  });

  it('daily full, in-guest: each night copies every database and its day of logs', () => {
    const o = dag({ backup_schedule: 'daily-full', backup_method: 'in-guest' }).figures;
    // Full per database: 1,379.146033 + 1 day x 19.53125 = 1,398.677283 GB; no incremental or differential.
    close(o.backupFullGBPerDatabase, DATABASE_GB + LOGS_PER_DAY_GB);
    expect(o.backupPartialGBPerDatabase).toBe('0');
    // Night: 2 databases (one copy of each) x 1,398.677283 = 2,797.354565 GB.
    close(o.backupFullNightGB, 2 * (DATABASE_GB + LOGS_PER_DAY_GB));
    // In 8 hours: 2,797.354565 / 8 = 349.669321 GB/h = 349.669321 x 1,024 / 3,600 = 99.461496 MB/s.
    close(o.backupThroughputGBPerHour, 349.669321);
    close(o.backupThroughputMBPerSecond, mbPerSecond((2 * (DATABASE_GB + LOGS_PER_DAY_GB)) / 8));
    close(o.backupThroughputMBPerSecond, 99.461496);
    // Restore: 30 GB/h (8.533333 MB/s) of 1,398.677283 GB = 2,797.354565 minutes, plus 30 to start; nothing to replay.
    expect(o.databaseRestoreGBPerHour).toBe('30');
    close(o.databaseRestoreMBPerSecond, mbPerSecond(30));
    expect(o.restoreLogsToReplay).toBe('0');
    close(o.databaseRestoreMinutes, 30 + ((DATABASE_GB + LOGS_PER_DAY_GB) / 30) * 60);
    close(o.databaseRestoreMinutes, 2827.354565);
  });

  it('weekly full, daily incremental, in-guest: an incremental copies one day of logs; a restore replays six', () => {
    const o = dag({ backup_schedule: 'weekly-full-daily-incremental', backup_method: 'in-guest' }).figures;
    // The previous night's incremental truncated the logs: the full holds one day of them, as a daily full.
    close(o.backupFullGBPerDatabase, DATABASE_GB + LOGS_PER_DAY_GB);
    // An incremental: one day of logs, 19.53125 GB per database, 39.0625 GB for the site's two databases.
    close(o.backupPartialGBPerDatabase, LOGS_PER_DAY_GB);
    close(o.backupPartialNightGB, 2 * LOGS_PER_DAY_GB);
    // The full night is the largest: the window needs the same 349.669321 GB/h as a daily full.
    close(o.backupThroughputGBPerHour, (2 * (DATABASE_GB + LOGS_PER_DAY_GB)) / 8);
    // Restore on the night before the next full: the full and six incrementals, 1,398.677283 + 6 x 19.53125
    // = 1,515.864783 GB at 30 GB/h = 3,031.729565 minutes; then 6 x 20,000 = 120,000 logs replayed at two a
    // second (TechNet dd979786) = 60,000 s = 1,000 minutes; plus 30 to start = 4,061.729565 minutes.
    close(o.databaseRestoreGB, DATABASE_GB + 7 * LOGS_PER_DAY_GB);
    expect(o.restoreLogsToReplay).toBe(String(6 * LOGS_PER_DAY));
    expect(o.restoreLogReplayMinutes).toBe('1000');
    close(o.databaseRestoreMinutes, 30 + ((DATABASE_GB + 7 * LOGS_PER_DAY_GB) / 30) * 60 + 1000);
    close(o.databaseRestoreMinutes, 4061.729565);
  });

  it('weekly full, daily differential, in-guest: the sixth differential copies six days of logs; the full seven', () => {
    const o = dag({ backup_schedule: 'weekly-full-daily-differential', backup_method: 'in-guest' }).figures;
    // Differentials truncate nothing: the weekly full finds the seven days of logs since the last full on disk:
    // 1,379.146033 + 7 x 19.53125 = 1,515.864783 GB per database, 3,031.729565 GB a night for two.
    close(o.backupFullGBPerDatabase, DATABASE_GB + 7 * LOGS_PER_DAY_GB);
    close(o.backupFullNightGB, 2 * (DATABASE_GB + 7 * LOGS_PER_DAY_GB));
    // The worst differential, the sixth night: 6 x 19.53125 = 117.1875 GB per database, 234.375 GB for two.
    close(o.backupPartialGBPerDatabase, 6 * LOGS_PER_DAY_GB);
    close(o.backupPartialNightGB, 234.375);
    // Window: 3,031.729565 / 8 = 378.966196 GB/h = 107.794829 MB/s.
    close(o.backupThroughputGBPerHour, 378.966196);
    close(o.backupThroughputMBPerSecond, 107.794829);
    // Restore: the full and the last differential, 1,515.864783 + 117.1875 = 1,633.052283 GB at 30 GB/h
    // = 3,266.104565 minutes; the differential's 120,000 logs replay in 1,000 minutes; plus 30 = 4,296.104565.
    close(o.databaseRestoreGB, DATABASE_GB + 13 * LOGS_PER_DAY_GB);
    expect(o.restoreLogReplayMinutes).toBe('1000');
    close(o.databaseRestoreMinutes, 4296.104565);
  });
});

describe('per backup method: what streams through the window and back', () => {
  it('vdr: the in-guest agent the mailbox servers keep backs up and restores the databases, as in-guest', () => {
    for (const backup_schedule of ['daily-full', 'weekly-full-daily-incremental', 'weekly-full-daily-differential']) {
      const vdr = dag({ backup_schedule, backup_method: 'vdr' }).figures;
      const inGuest = dag({ backup_schedule, backup_method: 'in-guest' }).figures;
      for (const id of [
        'backupFullNightGB',
        'backupThroughputGBPerHour',
        'backupStorageGB',
        'databaseRestoreGBPerHour',
        'databaseRestoreMinutes',
      ] as const)
        expect(vdr[id], `${backup_schedule} ${id}`).toBe(inGuest[id]);
    }
  });

  it('array-snapshot: no stream in the window and no backup target; the revert takes 10 minutes plus the log replay', () => {
    const daily = dag({ backup_schedule: 'daily-full', backup_method: 'array-snapshot' }).figures;
    // The snapshot still protects the same data, but copies none of it anywhere.
    close(daily.backupFullNightGB, 2 * (DATABASE_GB + LOGS_PER_DAY_GB));
    expect([daily.backupThroughputGBPerHour, daily.backupStorageGB, daily.databaseRestoreGBPerHour]).toEqual([
      '0',
      '0',
      '0',
    ]);
    // Dell BP1013: about 10 minutes whatever the size (data/backup-methods.csv).
    expect(daily.databaseRestoreMinutes).toBe('10');
    // Weekly full with incrementals: 10 + the 1,000 minutes of replaying six days of logs.
    const weekly = dag({ backup_schedule: 'weekly-full-daily-incremental', backup_method: 'array-snapshot' }).figures;
    expect(weekly.databaseRestoreMinutes).toBe('1010');
  });

  it('the backup window sets the throughput: half the window, twice the rate', () => {
    const eight = dag({ backup_window_hours: 8 }).figures;
    const four = dag({ backup_window_hours: 4 }).figures;
    close(four.backupThroughputGBPerHour, 2 * n(eight.backupThroughputGBPerHour));
  });
});

describe('the backup target keeps the chains the retention needs (in-guest and vdr)', () => {
  it('daily full, 1 day kept: the last full and the one being written, 2 x 2 x 1,398.677283 GB', () => {
    const o = dag({ backup_schedule: 'daily-full', backup_retention_days: 1 }).figures;
    // ROUNDUP(1 / 1) + 1 = 2 chains: a chain is deleted only once the next full is written.
    expect(o.backupChainsKept).toBe(2);
    close(o.backupStorageGB, 2 * 2 * (DATABASE_GB + LOGS_PER_DAY_GB));
    close(o.backupStorageGB, 5594.709131);
  });

  it('weekly full and incrementals, 14 days kept: 3 chains of a full and six incrementals', () => {
    const o = dag({ backup_schedule: 'weekly-full-daily-incremental', backup_retention_days: 14 }).figures;
    // ROUNDUP(14 / 7) + 1 = 3 chains of 1,398.677283 + 6 x 19.53125 = 1,515.864783 GB, for 2 databases.
    expect(o.backupChainsKept).toBe(3);
    close(o.backupChainGBPerDatabase, DATABASE_GB + 7 * LOGS_PER_DAY_GB);
    close(o.backupStorageGB, 3 * 2 * (DATABASE_GB + 7 * LOGS_PER_DAY_GB));
  });

  it('weekly full and differentials, 7 days kept: 2 chains of a full and 1 + 2 + ... + 6 = 21 days of logs', () => {
    const o = dag({ backup_schedule: 'weekly-full-daily-differential', backup_retention_days: 7 }).figures;
    // Full 1,379.146033 + 7 x 19.53125; differentials 21 x 19.53125: a chain of 1,379.146033 + 28 x 19.53125 GB.
    expect(o.backupChainsKept).toBe(2);
    close(o.backupChainGBPerDatabase, DATABASE_GB + 28 * LOGS_PER_DAY_GB);
    close(o.backupStorageGB, 2 * 2 * (DATABASE_GB + 28 * LOGS_PER_DAY_GB));
  });

  it('array-snapshot needs no backup target: its snapshot reserve is sized apart', () => {
    expect(dag({ backup_method: 'array-snapshot', backup_retention_days: 14 }).figures.backupStorageGB).toBe('0');
  });
});

describe('backup/truncation failure tolerance stays as today; a schedule that outlasts it is advised against', () => {
  it('differentials leave a week of logs on a log LUN that holds 3 days: advice, not a resized LUN', () => {
    // aa579157: a differential "does not then truncate the transaction logs": 7 days stay on disk until the full.
    const differential = dag({ backup_schedule: 'weekly-full-daily-differential' });
    expect(differential.figures.backupLogsFitLogLun).toBe(false);
    expect(differential.figures.checkBackupLogsFitLogLun).toMatch(/^Advice: differential backups truncate no logs/);
    expect(differential.warnings.map((w) => w.code)).toContain('backup-logs-log-lun');
    // The log LUN is sized as today: 3 days of logs (log_truncation_failure_days) whatever the schedule.
    expect(differential.figures.logLunGB).toBe(dag({ backup_schedule: 'daily-full' }).figures.logLunGB);
    // Incrementals truncate every night, as a daily full does; 7 days of tolerance fits the differentials too.
    for (const parameters of [
      { backup_schedule: 'daily-full' },
      { backup_schedule: 'weekly-full-daily-incremental' },
      { backup_schedule: 'weekly-full-daily-differential', log_truncation_failure_days: 7 },
    ]) {
      const o = dag(parameters);
      expect([o.figures.backupLogsFitLogLun, o.figures.checkBackupLogsFitLogLun]).toEqual([true, 'OK']);
      expect(o.warnings.map((w) => w.code)).not.toContain('backup-logs-log-lun');
    }
  });
});

describe("the night's backup fits the window over each mailbox server's LAN link", () => {
  // Links are rated in decimal Mbit/s (10^6 bit), the sizing's MB is binary (2^20 byte): 1 MB = 1,048,576 x 8 / 10^6
  // = 8.388608 Mbit (data/constants.csv bytes_per_mb x bits_per_byte / bits_per_megabit, as the network sizes links).
  it('the constant is the definition', () => {
    const constant = (name: string) => reference.constants.get(name)!.value;
    expect(constant('bytes_per_mb').times(constant('bits_per_byte')).div(constant('bits_per_megabit')).toString()).toBe(
      String((2 ** 20 * 8) / 10 ** 6),
    );
  });

  it('daily full, in-guest, 2 mailbox servers: 49.73 MB/s each, a 596 Mbit/s link at 70 % — fits 1 Gbit/s', () => {
    const o = dag({ backup_schedule: 'daily-full', backup_method: 'in-guest' });
    // 99.461496 MB/s (above) over 2 primary mailbox servers = 49.730748 MB/s each.
    expect(o.figures.mailboxServers).toBe(2);
    close(o.figures.backupThroughputMBPerSecondPerServer, 49.730748);
    // 49.730748 x 8.388608 = 397.845984 + 19.325766 = 417.171750 Mbit/s; / 0.70 = 595.959642 Mbit/s <= 1,000.
    close(o.figures.backupLanMbpsPerServer, 595.959642);
    expect([o.figures.backupFitsLanLink, o.figures.checkBackupFitsLanLink]).toEqual([true, 'OK']);
    expect(o.warnings.map((w) => w.code)).not.toContain('backup-lan-link');
  });

  it('at a 40 % utilisation target the same night needs 1,043 Mbit/s: advice to back up a weekly full', () => {
    // 417.171750 / 0.40 = 1,042.929375 Mbit/s > 1,000 Mbit/s.
    const o = dag({ backup_schedule: 'daily-full', backup_method: 'in-guest', link_utilization_pct: 40 });
    close(o.figures.backupLanMbpsPerServer, 1042.929375);
    expect(o.figures.backupFitsLanLink).toBe(false);
    expect(String(o.figures.checkBackupFitsLanLink)).toMatch(/^Advice: .*weekly full with daily incrementals/);
    const warning = o.warnings.find((w) => w.code === 'backup-lan-link');
    expect(warning?.severity).toBe('advice');
    expect(warning?.message).toContain('1043 Mbit/s of LAN link per mailbox server (50 MB/s in the 8-hour window');
    expect(warning?.message).toContain('weekly-full-daily-incremental');
  });

  it('an array snapshot copies nothing over the LAN: 0 Mbit/s, always fits', () => {
    const o = dag({ backup_schedule: 'daily-full', backup_method: 'array-snapshot', lan_link_mbps: 1 });
    expect([o.figures.backupThroughputMBPerSecondPerServer, o.figures.backupLanMbpsPerServer]).toEqual(['0', '0']);
    expect(o.figures.backupFitsLanLink).toBe(true);
  });
});

describe('a bad backup schedule is an InputError naming the input and the choices', () => {
  it('monthly is not a schedule', () => {
    expect(
      inputIssuesOf(() =>
        compareOptions(withInputs({ ...SMALL_PARAMETERS, backup_schedule: 'monthly' }, SMALL_TIERS, []), reference),
      ),
    ).toEqual([
      expect.objectContaining({
        column: 'backup_schedule',
        value: 'monthly',
        expected: 'one of daily-full, weekly-full-daily-incremental, weekly-full-daily-differential',
      }),
    ]);
  });

  it('a window of 0 hours is refused (the throughput would divide by it)', () => {
    expect(
      inputIssuesOf(() =>
        compareOptions(withInputs({ ...SMALL_PARAMETERS, backup_window_hours: 0 }, SMALL_TIERS, []), reference),
      ),
    ).toEqual([expect.objectContaining({ column: 'backup_window_hours', value: '0' })]);
  });
});
