import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../src/model/scenario-inputs-types.js';
import { compareOptions, evaluateComparison } from '../src/options/compare-options.js';
import type { OptionId } from '../src/options/option-ids.js';
import type { OptionResult } from '../src/options/option-result.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import { NETWORK_SHEET_FIGURES } from '../src/output/sheets/network-sheet.js';
import { reference } from './reference.js';
import { withInputs } from './shipped.js';
import { SMALL_PARAMETERS, SMALL_TIERS } from './small-scenario.js';

// Issue 13, the network. The small hand-worked scenario (test/small-scenario.ts): 2,000 mailboxes at 100 messages a
// day of 75 KB, so 20 logs of 1 MB a mailbox a day [S14]; 2 copies in the site, one lagged copy at the DR site.
// Defaults: the busiest hour carries 9 % of the day's logs (data/log-generation-by-hour.csv, an assumption),
// replication and seeding may use 70 % of a link, a WAN of 1,000 Mbit/s, a LAN of 1,000 Mbit/s, 50 ms round trip.
// The sizing's MB are binary (2^20 bytes) and a link's Mbit is 10^6 bit: 1 MB = 1,048,576 x 8 / 10^6 = 8.388608 Mbit
// (IEC 80000-13, NIST); an hour is 3,600 s.
function option(id: OptionId, parameters: RawRecord = {}, tiers: readonly RawRecord[] = SMALL_TIERS): OptionResult {
  return compareOptions(withInputs({ ...SMALL_PARAMETERS, ...parameters }, tiers, []), reference, { options: [id] })
    .options[0]!;
}
const figures = (result: OptionResult) => result.figures as Readonly<Record<string, unknown>>;
/** Figures are written to six decimals. */
const six = (value: Decimal.Value) => new Decimal(value).toDecimalPlaces(6).toString();

describe('units: a binary megabyte on a link rated in 10^6 bit/s (IEC 80000-13, NIST)', () => {
  it('1 MB = 2^20 bytes x 8 bits / 10^6 = 8.388608 Mbit', () => {
    const c = (name: string) => reference.constants.get(name)!.value;
    expect(c('bytes_per_mb').toString()).toBe(String(2 ** 20));
    expect(c('bits_per_megabit').toString()).toBe('1000000');
    expect(c('bytes_per_mb').mul(c('bits_per_byte')).div(c('bits_per_megabit')).toString()).toBe('8.388608');
  });

  it('the Exchange 2010 ESE database page is 32 KB (Commvault: "the Exchange database page size, which is 32 KB")', () => {
    expect(reference.constants.get('database_page_kb')!.value.toString()).toBe('32');
  });
});

describe('log generation: 1 MB logs, logs per mailbox per day by profile [S14]', () => {
  it('Exchange 2010 transaction logs are 1 MB [S9] [S14] [S26]', () => {
    expect(reference.constants.get('log_file_mb')!.value.toString()).toBe('1');
  });

  it('the [S14] table: 10 logs a day at 50 messages ... 100 at 500 (75 KB); x1.9 at 150 KB: 20 x 1.9 = 38 MB, 700 users = 26 GB a day', () => {
    const messages = [50, 100, 150, 200, 250, 300, 350, 400, 450, 500];
    const tiers: RawRecord[] = messages.map((m) => ({
      tier: `m${m}`,
      mailboxes: 100,
      messages_per_day: m,
      mailbox_quota_mb: 1024,
    }));
    tiers.push({
      tier: 'large',
      mailboxes: 700,
      messages_per_day: 100,
      average_message_kb: 150,
      mailbox_quota_mb: 1024,
    });
    const comparison = compareOptions(withInputs(SMALL_PARAMETERS, tiers, []), reference, { options: ['dag'] });
    const perTier = comparison.scenario.tiers.map((t) => t.figures as Record<string, unknown>);
    expect(perTier.slice(0, 10).map((f) => f.logsPerMailboxPerDay)).toEqual([
      '10',
      '20',
      '30',
      '40',
      '50',
      '60',
      '70',
      '80',
      '90',
      '100',
    ]);
    // [S14]: "20 x 1.9 = 38 MB per user; 700 users ~ 26 GB/day": 700 x 38 = 26,600 MB = 25.98 GB.
    expect(perTier[10]!.logsPerMailboxPerDay).toBe('38');
    expect(perTier[10]!.tierLogsPerDayMB).toBe('26600');
    expect(Math.round(26600 / 1024)).toBe(26);
  });
});

describe('log shipping to the DR site at the peak hour, per DR copy, over the utilisation target', () => {
  it('dag-lagged-dr: 2,000 x 20 MB = 39.0625 GB a day; 9 % = 3.515625 GB in the peak hour = 8.388608 Mbit/s; / 0.7 = 11.98', () => {
    // 2 databases of 1,000 mailboxes: 19.53125 GB each a day, 39.0625 GB for the DAG.
    // 3.515625 GB x 1,024 MB = 3,600 MB in the hour = 1 MB/s x 8.388608 = 8.388608 Mbit/s, one lagged DR copy.
    // On a 1 Gbit/s link: 700 Mbit/s at the 70 % utilisation target.
    const f = figures(option('dag-lagged-dr', { wan_link_mbps: 1000 }));
    expect(f.logsPerDatabasePerDayGB).toBe('19.53125');
    expect(f.logsPerDagPerDayGB).toBe('39.0625');
    expect(f.peakHourLogShare).toBe('0.09');
    expect(f.peakHourLogsGB).toBe('3.515625');
    expect(f.drDatabaseCopies).toBe(1);
    expect(f.drLogReplicationPeakMbps).toBe('8.388608');
    expect(f.drLogReplicationLinkMbps).toBe(six(new Decimal('8.388608').div(0.7))); // 11.983726
    expect(f.wanReplicationPeakMbps).toBe('8.388608');
    expect(f.wanUsableMbps).toBe('700');
  });

  it('every DR copy receives the logs: a non-lagged DR copy besides the lagged one doubles it (drDatabaseCopies)', () => {
    const f = figures(option('dag-lagged-dr', { dr_copies: 1 }));
    expect(f.drDatabaseCopies).toBe(2);
    expect(f.drLogReplicationPeakMbps).toBe('16.777216');
  });

  it('options without DR copies ship no logs over the WAN', () => {
    for (const id of ['dag', 'standalone-ha', 'dag-srm'] as const)
      expect(figures(option(id)).drLogReplicationPeakMbps, id).toBe('0');
  });
});

describe('SRM array replication: the changed blocks of one interval, shipped within the interval', () => {
  it('15-minute interval: the peak hour rate of 5 % of the replicated storage a day', () => {
    const f = figures(option('dag-srm'));
    const replicated = new Decimal(String(f.srmReplicaStorageGB)); // 8,415.736348 GB, the array replica (site storage)
    // Changed a day: 8,415.736348 x 5 % = 420.786817 GB; in an interval of 15 min at the peak: x 9 % x 15/60 =
    // 9.467703 GB, shipped in 15 min: 9.467703 x 1,024 x 8.388608 / 900 s = 90.363281 Mbit/s; / 0.7 = 129.0904.
    const daily = replicated.mul(0.05);
    expect(f.srmChangedPerDayGB).toBe(six(daily));
    expect(f.srmChangedPerIntervalGB).toBe(six(daily.mul(0.09).mul(15).div(60)));
    const peak = daily.mul(0.09).mul(15).div(60).mul(1024).mul('8.388608').div(900);
    expect(f.srmReplicationPeakMbps).toBe(six(peak));
    expect(f.srmReplicationPeakMbps).toBe('90.363281');
    expect(f.srmReplicationLinkMbps).toBe(six(peak.div(0.7)));
  });

  it('a 2-day interval ships its two days of change in two days: 841.57 GB x 1,024 x 8.388608 / 172,800 s = 41.8 Mbit/s', () => {
    const f = figures(option('dag-srm', { srm_replication_interval_minutes: 2880 }));
    const daily = new Decimal(String(f.srmChangedPerDayGB));
    // MIN(9 % x 48 hours = 4.32, MAX(1, 2 days) = 2) = 2 days of change.
    // (from the six-decimal daily figure: to five places)
    expect(Number(f.srmChangedPerIntervalGB)).toBeCloseTo(daily.mul(2).toNumber(), 5);
    expect(Number(f.srmReplicationPeakMbps)).toBeCloseTo(
      daily
        .mul(2 * 1024)
        .mul('8.388608')
        .div(2880 * 60)
        .toNumber(),
      5,
    );
  });

  it('a synchronous interval (0) ships at the peak hour rate', () => {
    const f = figures(option('dag-srm', { srm_replication_interval_minutes: 0 }));
    expect(f.srmReplicationPeakMbps).toBe('90.363281');
  });

  it('only the SRM option replicates arrays', () => {
    expect(figures(option('dag-lagged-dr')).srmReplicationPeakMbps).toBe('0');
  });
});

describe('third-party in-guest replication: every write of the replicated volumes, the logs and the database pages', () => {
  it('logs: 14 databases of 143 mailboxes = 2,002 x 20 MB = 40,040 MB a day; 9 % = 3,603.6 MB an hour = 8.396997 Mbit/s', () => {
    // 3,603.6 MB / 3,600 s = 1.001 MB/s x 8.388608 = 8.396996608 Mbit/s.
    // Database writes: 1 server of 2,000 mailboxes x 0.12 IOPS x 1.2 (overhead) = 288 IOPS, 40 % writes = 115.2 IOPS;
    // x 32 KB / 1,024 = 3.6 MB/s x 8.388608 = 30.1989888 Mbit/s. Together 38.5959854 Mbit/s; / 0.7 = 55.137122.
    const f = figures(option('third-party-replication'));
    expect(f.logsPerDayGB).toBe(six(new Decimal(40040).div(1024)));
    expect(f.inGuestLogReplicationMbps).toBe('8.396997');
    expect(f.mailboxServers).toBe(1);
    expect(f.databaseWriteIopsPerServer).toBe('115.2');
    expect(f.inGuestDatabaseWriteIops).toBe('115.2');
    expect(f.inGuestDatabaseReplicationMbps).toBe('30.198989');
    expect(f.inGuestReplicationPeakMbps).toBe('38.595985');
    expect(f.inGuestReplicationLinkMbps).toBe(six(new Decimal('38.5959854').div(0.7))); // 55.137122
    expect(f.inGuestReplicationOverWanMbps).toBe('38.595985');
    expect(f.wanReplicationPeakMbps).toBe('38.595985');
  });

  it('targets in the same cluster replicate over the LAN: nothing over the WAN', () => {
    const f = figures(option('third-party-replication', { replication_target: 'local' }));
    expect(f.inGuestReplicationPeakMbps).toBe('38.595985');
    expect(f.inGuestReplicationOverWanMbps).toBe('0');
    expect(f.wanReplicationPeakMbps).toBe('0');
  });

  it('options without in-guest replication ship no database writes', () => {
    const f = figures(option('dag-lagged-dr'));
    expect(f.inGuestDatabaseWriteIops).toBe('0');
    expect(f.inGuestReplicationPeakMbps).toBe('0');
  });
});

describe('seeding a database copy over the WAN and the LAN; reseeding after a disk failure', () => {
  it('dag-lagged-dr: 1,379.146033 GB database + 10 % content index = 1,517.060636 GB', () => {
    // WAN of 100 Mbit/s at 70 %: 1,517.060636 x 1,024 x 8.388608 / (70 x 3,600) = 51.71211 hours.
    // LAN of 1,000 Mbit/s at 70 %: 5.171211 hours.
    const f = figures(option('dag-lagged-dr', { wan_link_mbps: 100 }));
    expect(f.seedCopyGB).toBe('1517.060636');
    const bits = new Decimal(String(f.seedCopyGB)).mul(1024).mul('8.388608');
    expect(Number(f.seedCopyOverWanHours)).toBeCloseTo(bits.div(70 * 3600).toNumber(), 5);
    expect(f.seedCopyOverWanHours).toBe('51.71211');
    expect(f.seedCopyOverLanHours).toBe('5.171211');
  });

  it('no DR copy, no WAN seeding; no copies in the site, no LAN seeding', () => {
    expect(figures(option('dag')).seedCopyOverWanHours).toBe('0');
    expect(figures(option('standalone-ha')).seedCopyOverLanHours).toBe('0');
  });

  it('JBOD: a failed disk holds one database copy, reseeded over the LAN; RAID rebuilds the disk instead', () => {
    // 3 copies on JBOD: 6 databases of 334 mailboxes, 6 copies on 6 disks per server: 1 copy of 506.698252 GB,
    // 506.698252 x 1,024 x 8.388608 / (700 x 3,600) = 1.727184 hours.
    const jbod = figures(option('dag', { raid_level: 'JBOD', dag_copies: 3 }));
    expect(jbod.reseedDatabasesPerFailedDisk).toBe(1);
    expect(jbod.seedCopyGB).toBe('506.698252');
    expect(jbod.reseedAfterDiskFailureHours).toBe('1.727184');
    expect(figures(option('dag')).reseedAfterDiskFailureHours).toBe('0');
  });
});

describe('design checks: the WAN keeps the DR copies current, within the latency a DAG allows', () => {
  it('a 10 Mbit/s WAN gives 7 Mbit/s at 70 %, less than the 8.39 Mbit/s of the peak hour: advice and a warning', () => {
    const result = option('dag-lagged-dr', { wan_link_mbps: 10 });
    expect(String(figures(result).checkWanBandwidth)).toMatch(/^Advice: /);
    expect(result.valid).toBe(true);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        code: 'wan-bandwidth',
        severity: 'advice',
        // the message rounds up: 8.388608 -> 9 Mbit/s needed; 11.983726 -> a link of 12 Mbit/s.
        message: expect.stringContaining('needs 9 Mbit/s'),
      }),
    );
    // 12 x 0.7 = 8.4 >= 8.388608.
    expect(figures(option('dag-lagged-dr', { wan_link_mbps: 12 })).checkWanBandwidth).toBe('OK');
  });

  it('a round trip above 250 ms makes a DAG with DR copies unbuildable [L:S50] [L:S101]; a DAG within a site is not affected', () => {
    const stretched = option('dag-lagged-dr', { wan_latency_ms: 300 });
    expect(String(figures(stretched).checkWanLatency)).toMatch(/^Not valid: /);
    expect(stretched.valid).toBe(false);
    expect(stretched.warnings).toContainEqual(
      expect.objectContaining({ code: 'wan-latency', severity: 'unbuildable' }),
    );
    expect(figures(option('dag-lagged-dr', { wan_latency_ms: 250 })).checkWanLatency).toBe('OK');
    expect(figures(option('dag', { wan_latency_ms: 300 })).checkWanLatency).toBe('OK');
  });
});

describe('the hourly profile (data/log-generation-by-hour.csv)', () => {
  it('24 hours whose shares make the whole day, each flagged as an assumption', () => {
    const table = reference.tables.get('log-generation-by-hour')!;
    expect(table.rows.map((r) => Number(String(r.hour)))).toEqual([...Array(24).keys()]);
    const total = table.rows.reduce(
      (sum, r) => sum.add(new Decimal(String(r.share_of_daily_logs_pct))),
      new Decimal(0),
    );
    expect(total.toString()).toBe('100');
    expect(table.assumptions.every((a) => a)).toBe(true);
  });
});

describe('the Network sheet: every option side by side, each cell the engine figure', () => {
  it('a live reference to the option sheet with the engine value cached, the unit and the id beside it', () => {
    const evaluated = evaluateComparison(withInputs({ ...SMALL_PARAMETERS, dr_copies: 1 }, SMALL_TIERS, []), reference);
    const model = buildWorkbook(evaluated, reference);
    const sheet = model.sheets.find((s) => s.name === 'Network')!;
    expect(sheet).toBeDefined();
    const idColumn = String.fromCharCode('C'.charCodeAt(0) + evaluated.optionIds.length);
    let checked = 0;
    for (const [address, cell] of sheet.cells) {
      if (!address.startsWith(idColumn) || cell.style !== 'note') continue;
      const row = Number(address.slice(idColumn.length));
      const figure = NETWORK_SHEET_FIGURES.find((f) => f.id === cell.value);
      if (!figure) continue;
      expect(sheet.cells.get(`B${row}`)!.value).toBe(figure.unit);
      evaluated.optionIds.forEach((option, c) => {
        const value = sheet.cells.get(`${String.fromCharCode('C'.charCodeAt(0) + c)}${row}`)!;
        expect(value.formula, `${option} ${figure.id}`).toMatch(new RegExp(`^'?${option}'?!\\$B\\$\\d+$`));
        const engine = evaluated.evaluation.figure(figure.id as never, { option });
        // A flag's cell holds 1 or 0 under its yes/no format, as on the option sheets.
        const expected =
          engine instanceof Decimal ? engine.toNumber() : typeof engine === 'boolean' ? Number(engine) : engine;
        expect(value.value, `${option} ${figure.id}`).toEqual(expected);
        checked++;
      });
    }
    expect(checked).toBe(NETWORK_SHEET_FIGURES.length * evaluated.optionIds.length);
  });
});
