import { describe, expect, it } from 'vitest';
import { InputError } from '../src/model/input-error.js';
import { compareOptions } from '../src/options/compare-options.js';
import { sizeMailboxRole } from '../src/sizing/size-mailbox-role.js';
import { reference } from './reference.js';
import { shipped, withInputs } from './shipped.js';

// Issue 13, storage design: disks per choice (database, log, backup target) from data/disk-catalog.csv, enough for
// capacity and for IOPS with the RAID write penalty, in RAID groups of at most group_disks_max disks, with hot spares.
//
// Every case below is the shipped DAG option: 8 mailbox servers, 32 databases x 3 copies, so 12 copies per server,
// each a 2,022.158 GB database LUN; database IOPS per server 1,161.09, of which 60 % reads and 464.44 writes.
// Disks per array = data disks x mirror copies + groups x parity disks; data disks = max(capacity data disks,
// ceil(IOPS spindles x data disks per group / group size)); groups = ceil(data disks / data disks per group).

const dagFigures = (parameters: Record<string, string | number | boolean>) =>
  compareOptions(withInputs(parameters), reference, { options: ['dag'] }).options[0]!.figures;
const disks = (f: ReturnType<typeof dagFigures>) => [
  f.databaseDisksByIopsPerServer,
  f.databaseDataDisksByCapacityPerServer,
  f.databaseDataDisksPerServer,
  f.databaseRaidGroupsPerServer,
  f.databaseDisksPerServer,
];

describe('data/disk-catalog.csv: the disks the choices name', () => {
  const catalogue = reference.tables.get('disk-catalog')!;
  it('5,400 / 7,200 / 10,000 / 15,000 rpm and SSD, 2.5in and 3.5in', () => {
    expect(new Set(catalogue.rows.map((r) => Number(r.rpm)))).toEqual(new Set([5400, 7200, 10000, 15000, 0]));
    expect(new Set(catalogue.rows.map((r) => Number(r.form_factor_in)))).toEqual(new Set([2.5, 3.5]));
  });
  it('the TechNet design example disk: 1 TB 7.2K SATA, 931 GB formatted [S3]; 55 random IOPS [S50]', () => {
    const disk = catalogue.rows.find((r) => r.disk === '7.2K SATA 3.5 1TB')!;
    expect([Number(disk.formatted_capacity_gb), Number(disk.random_iops)]).toEqual([931, 55]);
  });
  it('formatted capacity = nominal decimal GB in binary GB, whole GB, as [S3] counts 1 TB as 931 GB', () => {
    for (const row of catalogue.rows)
      expect(Number(row.formatted_capacity_gb)).toBe(Math.floor((Number(row.nominal_gb) * 1e9) / 1024 ** 3));
  });
  it('every disk is priced in templates/prices.csv (finance edits the prices there)', () => {
    const items = new Set(shipped.prices.map((p) => String(p.item)));
    for (const row of catalogue.rows) expect(items.has(String(row.price_item))).toBe(true);
  });
  it('the disk names fit an Excel list validation (at most 255 characters, no comma) on the Inputs sheet', () => {
    const names = catalogue.rows.map((r) => String(r.disk));
    expect(names.join(',').length).toBeLessThanOrEqual(255);
    expect(names.filter((n) => n.includes(','))).toEqual([]);
  });
});

describe('disks per mailbox server, per RAID level: capacity-bound and IOPS-bound', () => {
  it('RAID10, capacity-bound (7.2K 1 TB): 27 data disks, 7 groups of at most 4 mirrored pairs, 54 disks', () => {
    // Capacity: ceil(12 x 2,022.158 / 931) = ceil(26.06) = 27. IOPS: 696.66 reads + 464.44 x 2 = 1,625.53; / 55 = 30
    // spindles, ceil(30 x 4 / 8) = 15 data disks. 27 binds: ceil(27 / 4) = 7 groups, 27 x 2 = 54 disks.
    expect(disks(dagFigures({}))).toEqual([30, 27, 27, 7, 54]);
  });
  it('RAID10, IOPS-bound (7.2K 2 TB, 1,862 GB): 15 data disks, 4 groups, 30 disks', () => {
    // Capacity: ceil(24,265.9 / 1,862) = 14. IOPS: 30 spindles -> ceil(30 x 4 / 8) = 15 data disks bind; 30 disks.
    expect(disks(dagFigures({ database_disk: '7.2K SATA 3.5 2TB' }))).toEqual([30, 14, 15, 4, 30]);
  });
  it('RAID5, IOPS-bound (7.2K 1 TB): groups of at most 7 disks [S7], 6 data + 1 parity: 41 data disks, 7 groups, 48 disks', () => {
    // Backend IOPS: 696.66 + 464.44 x 4 = 2,554.41; / 55 = 46.4 -> 47 spindles; ceil(47 x 6 / 7) = ceil(40.3) = 41 data
    // disks over 27 for capacity; ceil(41 / 6) = 7 groups (the last of 5 data disks); 41 + 7 parity = 48 >= 47.
    expect(disks(dagFigures({ raid_level: 'RAID5' }))).toEqual([47, 27, 41, 7, 48]);
  });
  it('RAID5, capacity-bound (10K 2.5in 600 GB: 558 GB, 165 IOPS): 44 data disks, 8 groups, 52 disks', () => {
    // Capacity: ceil(24,265.9 / 558) = ceil(43.5) = 44. IOPS: 2,554.41 / 165 = 15.5 -> 16 spindles, ceil(16 x 6 / 7) = 14.
    // ceil(44 / 6) = 8 groups: 44 + 8 = 52 disks.
    expect(disks(dagFigures({ raid_level: 'RAID5', database_disk: '10K SAS 2.5 600GB' }))).toEqual([16, 44, 44, 8, 52]);
  });
  it('RAID6, capacity-bound (15K 3.5in 600 GB: 558 GB, 180 IOPS): 44 data disks, 8 groups of 6 + 2, 60 disks', () => {
    // IOPS: 696.66 + 464.44 x 6 = 3,483.28; / 180 = 19.4 -> 20 spindles, ceil(20 x 6 / 8) = 15 data disks; capacity 44
    // binds: ceil(44 / 6) = 8 groups, 44 + 8 x 2 = 60 disks.
    expect(disks(dagFigures({ raid_level: 'RAID6', database_disk: '15K SAS 3.5 600GB' }))).toEqual([20, 44, 44, 8, 60]);
  });
  it('RAID6, IOPS-bound (7.2K 2 TB): 48 data disks, 8 groups, 64 disks', () => {
    // Capacity: 14 data disks. IOPS: 3,483.28 / 55 = 63.3 -> 64 spindles, ceil(64 x 6 / 8) = 48 data disks; ceil(48 / 6) =
    // 8 groups: 48 + 16 = 64 disks.
    expect(disks(dagFigures({ raid_level: 'RAID6', database_disk: '7.2K SATA 3.5 2TB' }))).toEqual([64, 14, 48, 8, 64]);
  });
  it('JBOD (the TechNet design example): one disk per database copy, its logs on it, no log disks [S3b]', () => {
    // 24,000 mailboxes, 6 servers, 96 databases x 3 copies = 48 copies per server. IOPS: 1,728 / 55 = 31.4 -> 32 disks;
    // capacity: ceil(48 x (903.9 + 25.2) / 931) = 48; one disk each copy: 48. Groups of one disk, no mirror, no parity.
    const tier = {
      tier: 'a',
      mailboxes: 24000,
      messages_per_day: 100,
      average_message_kb: 75,
      mailbox_quota_mb: 2048,
      deleted_item_retention_days: 14,
      single_item_recovery: true,
      calendar_version_pct: 3,
    };
    const scenario = { dag_copies: 3, dag_member_servers: 6, mailbox_server_failures: 2, raid_level: 'JBOD' };
    const server = sizeMailboxRole({ layout: 'dag', scenario, tiers: [tier] }, reference).mailboxServer;
    expect([
      server.databaseDisksByIopsPerServer,
      server.databaseDataDisksByCapacityPerServer,
      server.databaseRaidGroupsPerServer,
      server.databaseDisksPerServer,
      server.logDisksPerServer,
    ]).toEqual([32, 48, 48, 48, 0]);
    // With a restore LUN: one more disk per server, and one more virtual disk (48 + 1 + 1 system disk = 50).
    const withRestore = sizeMailboxRole(
      { layout: 'dag', scenario: { ...scenario, restore_lun: true }, tiers: [tier] },
      reference,
    ).mailboxServer;
    expect([withRestore.databaseDisksPerServer, withRestore.virtualDisksPerMailboxVm]).toEqual([49, 50]);
  });
});

describe('hot spares per array: one per 30 disks, rounded up (data/constants.csv disks_per_hot_spare, an assumption)', () => {
  it('the shipped DAG: 8 x 54 = 432 database disks take ceil(432 / 30) = 15 spares; 8 x 10 log disks take 3', () => {
    const f = dagFigures({});
    expect([f.primaryDatabaseArrayDisks, f.primaryDatabaseHotSpares, f.primaryDatabaseDisks]).toEqual([432, 15, 447]);
    expect([f.primaryLogArrayDisks, f.primaryLogHotSpares, f.primaryLogDisks]).toEqual([80, 3, 83]);
  });
  it('RAID5: 8 x 48 = 384 database disks take ceil(12.8) = 13 spares', () => {
    const f = dagFigures({ raid_level: 'RAID5' });
    expect([f.primaryDatabaseArrayDisks, f.primaryDatabaseHotSpares]).toEqual([384, 13]);
  });
});

describe('the backup target: its own disk and RAID level, sized by backupStorageGB', () => {
  // backupStorageGB of the shipped DAG (src/sizing/backup-requirements.ts): 32 databases x 2 chains kept (a daily full,
  // one day kept, and the next written before the last goes) x 1,487.06 GB a chain = 95,171.85 GB.
  it('RAID10 on 7.2K 1 TB: ceil(95,171.85 / 931) = 103 data disks, 26 groups, 206 disks + ceil(206 / 30) = 7 spares', () => {
    const f = dagFigures({});
    expect([
      f.primaryBackupPoolDataDisks,
      f.primaryBackupPoolRaidGroups,
      f.primaryBackupPoolArrayDisks,
      f.primaryBackupPoolHotSpares,
      f.primaryBackupPoolDisks,
    ]).toEqual([103, 26, 206, 7, 213]);
  });
  it('RAID6 on 7.2K 2 TB: ceil(95,171.85 / 1,862) = 52 data disks, ceil(52 / 6) = 9 groups, 52 + 18 = 70 disks + 3 spares', () => {
    const f = dagFigures({ backup_raid_level: 'RAID6', backup_disk: '7.2K SATA 3.5 2TB' });
    expect([
      f.primaryBackupPoolDataDisks,
      f.primaryBackupPoolRaidGroups,
      f.primaryBackupPoolArrayDisks,
      f.primaryBackupPoolHotSpares,
    ]).toEqual([52, 9, 70, 3]);
  });
});

describe('each choice is priced from templates/prices.csv', () => {
  it('the shipped DAG: (447 database + 7 system pool) x 400 + 83 log x 400 + 213 backup x 400 = 300,000', () => {
    const f = dagFigures({});
    expect([f.databaseDiskCost, f.logDiskCost, f.backupDiskCost, f.storageCost]).toEqual([
      '181600.00',
      '33200.00',
      '85200.00',
      '300000.00',
    ]);
    // Support: 15 % of each (the support_pct of the disks' price rows).
    expect(f.storageYearlySupport).toBe('45000.00');
  });
  it('log disks of another type cost its own price: 116 disks of the 15K 2.5in 146 GB disk at 500 each', () => {
    // Logs on 15K 2.5in 146 GB (135 GB, 230 IOPS): IOPS 464.44 / 230 = 2.02 -> 3 spindles -> ceil(3 x 4 / 8) = 2 data
    // disks; capacity ceil(12 x 76.82 / 135) = ceil(6.83) = 7 binds: 14 disks per server, 112 + ceil(112 / 30) = 4 spares.
    const f = dagFigures({ log_disk: '15K SAS 2.5 146GB' });
    expect([f.logDisksPerServer, f.primaryLogDisks, f.logDiskCost]).toEqual([14, 116, '58000.00']);
  });
});

describe("restore LUN (the calculator's): one extra LUN per mailbox server sized for one database", () => {
  it('adds 2,022.158 GB per server: 8 x 2,022.158 = 16,177.26 GB, and ceil((24,265.9 + 2,022.2) / 931) = 29 data disks', () => {
    const without = dagFigures({});
    const f = dagFigures({ restore_lun: true });
    expect(f.restoreLunPerServerGB).toBe(without.databaseLunGB);
    expect(Number(f.restoreLunStorageGB)).toBeCloseTo(16177.263985, 6);
    expect(Number(f.primaryStorageGB) - Number(without.primaryStorageGB)).toBeCloseTo(16177.263985, 5);
    // 29 data disks, ceil(29 / 4) = 8 RAID10 groups, 58 disks; one more virtual disk per VM.
    expect(disks(f)).toEqual([30, 29, 29, 8, 58]);
    expect([without.virtualDisksPerMailboxVm, f.virtualDisksPerMailboxVm]).toEqual([25, 26]);
  });
});

describe('a bad disk choice is an InputError naming the catalogue', () => {
  it('a disk not in data/disk-catalog.csv', () => {
    const error = (() => {
      try {
        compareOptions(withInputs({ database_disk: '7.2K SATA 3.5 3TB' }), reference, { options: ['dag'] });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    const issue = (error as InputError).issues[0]!;
    expect(issue.value).toBe('7.2K SATA 3.5 3TB');
    expect(issue.expected).toContain('one of 5.4K SATA 2.5 500GB');
    expect(issue.expected).toContain('7.2K SATA 3.5 1TB');
  });
  it('a price list without a row for a catalogue disk', () => {
    const prices = shipped.prices.filter((p) => p.item !== 'disk_ssd_25_200gb');
    expect(() => compareOptions({ ...shipped, prices }, reference, { options: ['dag'] })).toThrow(
      /a row pricing 'disk_ssd_25_200gb'/,
    );
  });
});
