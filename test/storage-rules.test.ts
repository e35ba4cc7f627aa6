import { describe, expect, it } from 'vitest';
import { compareOptions } from '../src/options/compare-options.js';
import { sizeMailboxRole } from '../src/sizing/size-mailbox-role.js';
import { reference } from './reference.js';
import { withInputs } from './shipped.js';

// Issue 11, section 7: the storage rules of Exchange 2010 and vSphere 4.1 (design-rules addendum).

/** A TechNet-profile tier [S3]: 2 GB quota, 100 messages/day at 75 KB, 14 days, single item recovery: 2,243.9 MB on disk. */
const tier = (mailboxes: number, quotaMB = 2048) => ({
  tier: 'a',
  mailboxes,
  messages_per_day: 100,
  average_message_kb: 75,
  mailbox_quota_mb: quotaMB,
  deleted_item_retention_days: 14,
  single_item_recovery: true,
  calendar_version_pct: 3,
});
const size = (
  layout: 'standalone' | 'dag',
  scenario: Record<string, string | number | boolean>,
  mailboxes: number,
  quotaMB?: number,
) => sizeMailboxRole({ layout, scenario, tiers: [tier(mailboxes, quotaMB)] }, reference).mailboxServer;
const n = (value: unknown) => Number(value);

describe("database size by resilience ('Understanding Mailbox Database and Log Capacity Factors', addendum: 200 GB without HA copies, 2 TB with two or more)", () => {
  it('one copy in the site: at most 200 GB, so 76 mailboxes of 2,243.9 MB x 1.2 per database', () => {
    // 200 x 1024 / (2,243.88 x 1.2) = 76.06 -> 76; 1,000 mailboxes -> 14 databases of ceil(1,000 / 14) = 72 -> 189.3 GB.
    const server = size('standalone', {}, 1000);
    expect(server.databaseSizeLimitGB).toBe('200');
    expect(server.mailboxesPerDatabaseBySize).toBe(76);
    expect(server.databases).toBe(14);
    expect(server.mailboxesPerDatabase).toBe(72);
    expect(n(server.databaseSizeGB).toFixed(1)).toBe('189.3');
  });
  it('two or more copies: the 2 TB parameter applies (here the vSphere 4.1 LUN limit binds first)', () => {
    const server = size('dag', { dag_copies: 2, mailbox_server_failures: 1, max_database_size_gb: 500 }, 16000);
    expect(server.resilienceDatabaseSizeMaxGB).toBe('500');
    expect(server.databaseSizeLimitGB).toBe('500');
    expect(n(size('dag', { dag_copies: 2, mailbox_server_failures: 1 }, 16000).resilienceDatabaseSizeMaxGB)).toBe(2048);
  });
  it('the limit holds after mailboxes per database are rounded up: 1,369 mailboxes under a 100 GB limit', () => {
    // Before: ceil(1,369 x 2.6296 GB / 100) = 36 databases of ceil(1,369 / 36) = 39 mailboxes = 102.6 GB, over the limit.
    // Now: floor(100 x 1024 / 2,692.66 MB) = 38 mailboxes at most. Two servers keep each VM within 29 database copies
    // (60 virtual disks); without a price list the layout on the fewest hosts wins, two groups of one server (a host
    // holds one of each): ceil(1,369 / 2) = 685 mailboxes a group, ceil(685 / 38) = 19 databases of ceil(685 / 19) = 37
    // = 97.3 GB, 38 in all.
    const server = size('standalone', { max_database_size_standalone_gb: 100 }, 1369);
    expect(server.mailboxesPerDatabaseBySize).toBe(38);
    expect([server.memberServers, server.dags]).toEqual([1, 2]);
    expect(server.databasesByCapacity).toBe(19);
    expect(server.databases).toBe(38);
    expect(server.mailboxesPerDatabase).toBe(37);
    expect(n(server.databaseSizeGB).toFixed(1)).toBe('97.3');
    expect(server.databaseWithinSizeLimit).toBe(true);
  });
});

describe('a database LUN fits the largest virtual disk or RDM of vSphere 4.1: 2 TB minus 512 bytes (Configuration Maximums 4.1)', () => {
  const largest = 2048 - 512 / 1024 ** 3;
  it('the platform allows databases of (2,048 GB - 512 B) x (1 - 0.2) / (1 + 0.1) = 1,489.45 GB', () => {
    const server = size('dag', { dag_copies: 3 }, 16000);
    expect(n(server.databaseSizeLimitGB)).toBeCloseTo((largest * 0.8) / 1.1, 6);
  });
  it('the shipped DAG options shrink their databases instead of needing 2,696 GB LUNs', () => {
    const comparison = compareOptions(withInputs({}), reference, { options: ['dag', 'standalone-ha'] });
    for (const option of comparison.options) expect(n(option.figures.databaseLunGB)).toBeLessThanOrEqual(largest);
    expect(n(comparison.options.find((o) => o.id === 'dag')!.figures.databaseLunGB).toFixed(0)).toBe('2022');
  });
  it('a mailbox VM stays within the 60 virtual disks of a VM (4 SCSI controllers x 15): the layout takes more servers', () => {
    // 16,500 mailboxes in 200 GB standalone databases: 237 databases would be 79 per server on 3 servers, 79 x 2 + 1 =
    // 159 disks. A VM holds (60 - 1) / 2 = 29 copies, so the layout takes 9 servers: 243 databases, 27 each, 55 disks.
    const comparison = compareOptions(withInputs({}), reference, { options: ['standalone-ha', 'dag'] });
    const standalone = comparison.options.find((o) => o.id === 'standalone-ha')!;
    expect([standalone.figures.maxVirtualDisksPerVm, standalone.figures.maxDatabaseCopiesPerServer]).toEqual([60, 29]);
    expect([
      standalone.mailbox.mailboxServers,
      standalone.figures.databaseCopiesPerServer,
      standalone.figures.virtualDisksPerMailboxVm,
    ]).toEqual([9, 27, 55]);
    expect(standalone.warnings.map((w) => w.code)).not.toContain('virtual-disks-per-vm');
    const dag = comparison.options.find((o) => o.id === 'dag')!;
    expect(dag.figures.virtualDisksPerMailboxVm).toBe(25);
  });
});

describe('+10 % active megacycles for every additional copy, in any site, lagged included (Exchange notes §3)', () => {
  it('dag-lagged-dr with 3 copies in the primary site and 1 lagged copy at the DR site: 4 copies, factor 1.3', () => {
    const comparison = compareOptions(withInputs({ dag_copies: 3, lagged_copies: 1, dr_copies: 0 }), reference, {
      options: ['dag', 'dag-lagged-dr'],
    });
    const [dag, lagged] = comparison.options;
    expect(dag!.figures.databaseCopiesTotal).toBe(3);
    expect(dag!.figures.activeMegacycleCopyFactor).toBe('1.2');
    expect(lagged!.figures.databaseCopiesTotal).toBe(4);
    expect(lagged!.figures.activeMegacycleCopyFactor).toBe('1.3');
  });
  it('non-lagged DR copies count too: 3 + 1 DR + 2 lagged = 6 copies, factor 1.5', () => {
    const [lagged] = compareOptions(withInputs({ dag_copies: 3, lagged_copies: 2, dr_copies: 1 }), reference, {
      options: ['dag-lagged-dr'],
    }).options;
    expect(lagged!.figures.activeMegacycleCopyFactor).toBe('1.5');
  });
});

describe('log IOPS are a share of the database write IOPS, and each pool has the disks for its capacity and its IOPS (Exchange notes §5)', () => {
  const [dag] = compareOptions(withInputs({}), reference, { options: ['dag'] }).options;
  const f = dag!.figures;
  it('log IOPS = database IOPS x (1 - 60 % reads) x 50 %', () => {
    // Figures are written with 6 decimals.
    expect(n(f.databaseWriteIopsPerServer)).toBeCloseTo(n(f.databaseIopsPerServer) * 0.4, 5);
    expect(n(f.logIopsPerServer)).toBeCloseTo(n(f.databaseIopsPerServer) * 0.2, 5);
  });
  it('database and log disks per server: enough data disks for capacity and for IOPS, in RAID10 groups', () => {
    // RAID10 on the shipped 7.2K SATA 3.5in 1 TB disk (931 GB, 55 IOPS [S50]): 8 members hold 32 databases x 3 copies,
    // 12 copies each. Capacity: ceil(12 x 2,022.2 GB / 931) = 27 data disks; IOPS: ceil(1,625.5 / 55) = 30 spindles,
    // of which 4 of each 8-disk group hold data: ceil(30 x 4 / 8) = 15. 27 data disks, mirrored: 54 disks in 7 groups.
    expect(f.databaseDataDisksByCapacityPerServer).toBe(27);
    expect(f.databaseDisksByIopsPerServer).toBe(30);
    expect([f.databaseDataDisksPerServer, f.databaseRaidGroupsPerServer, f.databaseDisksPerServer]).toEqual([
      27, 7, 54,
    ]);
    // Logs: ceil(464.4 / 55) = 9 spindles bind over ceil(12 x 76.8 / 931) = 1: ceil(9 x 4 / 8) = 5 data disks, 10 disks.
    expect([f.logDataDisksPerServer, f.logRaidGroupsPerServer, f.logDisksPerServer]).toEqual([5, 2, 10]);
  });
  it('the backup target has a pool of its own, sized by capacity, never the production pool', () => {
    expect(n(f.primaryDisks)).toBe(
      n(f.primaryMailboxDisks) + n(f.primarySystemPoolDisks) + n(f.primaryBackupPoolDisks),
    );
    // ceil(95,171.85 GB / 931) = 103 data disks, RAID10: 206 disks, and ceil(206 / 30) = 7 hot spares (the backup
    // target of the daily-full schedule: 32 databases x 2 chains kept x 1,487.06 GB).
    expect(f.primaryBackupPoolArrayDisks).toBe(2 * Math.ceil(n(f.primaryBackupPoolGB) / 931));
    expect(f.primaryBackupPoolDisks).toBe(213);
    expect(n(f.primaryMailboxDisks)).toBe(
      n(f.mailboxServers) * n(f.disksPerServer) + n(f.primaryDatabaseHotSpares) + n(f.primaryLogHotSpares),
    );
  });
});

describe('JBOD: mailboxes per database capped so that one disk serves its database [S3]', () => {
  // [S3]: "it's vital to ensure that the number of mailboxes per database not exceed the amount of random I/O
  // that can be achieved on the single disk."
  const technet = {
    dag_copies: 3,
    dag_member_servers: 6,
    mailbox_server_failures: 2,
    raid_level: 'JBOD',
    database_disk: '7.2K SATA 3.5 1TB',
  };
  it('a 55-IOPS disk (7.2K SATA 3.5in [S50]) at 500 messages/day serves floor(55 / (0.50 x 1.2)) = 91 mailboxes: 24,000 take 264 databases of 91', () => {
    // 55 / 0.6 = 91.7 -> 91; the disk's capacity would allow floor(744.8 x 1024 / (2,683.3 x 1.32 + 100 MB x 3 + 26.8)) = 197.
    // ceil(24,000 / 91) = 264, a multiple of 6; ceil(24,000 / 264) = 91.
    const busy = { ...tier(24000), messages_per_day: 500 };
    const server = sizeMailboxRole({ layout: 'dag', scenario: technet, tiers: [busy] }, reference).mailboxServer;
    expect(server.mailboxesPerDatabaseByDiskIops).toBe(91);
    expect(server.databases).toBe(264);
    expect(server.mailboxesPerDatabase).toBe(91);
  });
  it('the cap applies only to JBOD', () => {
    const busy = { ...tier(24000), messages_per_day: 500 };
    const raid10 = { ...technet, raid_level: 'RAID10' };
    const server = sizeMailboxRole({ layout: 'dag', scenario: raid10, tiers: [busy] }, reference).mailboxServer;
    expect(server.mailboxesPerDatabaseMax).toBe(server.mailboxesPerDatabaseBySize);
  });
  it('one disk holds the database, its content index and its logs, each LUN with 20 % free [S3b] "1 LUN / Database"', () => {
    const server = size('dag', technet, 24000);
    expect(n(server.databaseLunGB) + n(server.logLunGB)).toBeLessThanOrEqual(931);
  });
});

describe("RAID5/6 on 5,400 or 7,200 rpm disks for databases ('Understanding Storage Configuration' [S7])", () => {
  // [S7]: "Best practice: 5,400 or 7,200 disks = RAID1/10 only" (stand-alone), "RAID1/10 only or JBOD" (high availability).
  const codes = (parameters: Record<string, string | number>) =>
    compareOptions(withInputs(parameters), reference, { options: ['dag'] }).options[0]!.warnings.map((w) => w.code);
  it('RAID5 on the shipped 7,200 rpm disk is warned about', () =>
    expect(codes({ raid_level: 'RAID5' })).toContain('raid-slow-disks'));
  it('RAID6 on 5,400 rpm disks too', () =>
    expect(codes({ raid_level: 'RAID6', database_disk: '5.4K SATA 3.5 2TB' })).toContain('raid-slow-disks'));
  it('not RAID5 on 15,000 rpm disks nor on an SSD, nor RAID10 on 7,200 rpm', () => {
    expect(codes({ raid_level: 'RAID5', database_disk: '15K SAS 3.5 600GB' })).not.toContain('raid-slow-disks');
    expect(codes({ raid_level: 'RAID5', database_disk: 'SSD 2.5 200GB' })).not.toContain('raid-slow-disks');
    expect(codes({ raid_level: 'RAID10' })).not.toContain('raid-slow-disks');
  });
});

describe('the TechNet design example publishes 102 databases of 235 mailboxes [S3]: where they come from', () => {
  // [S3]: "each user's mailbox consumes 2.25 GB of disk space. To support 24,000 mailboxes, with a 677 GB database
  // size, it's necessary to have 102 databases. This requirement results in a final count of 235 mailboxes per database."
  const technet = {
    dag_copies: 3,
    dag_member_servers: 6,
    mailbox_server_failures: 2,
    raid_level: 'JBOD',
    database_disk: '7.2K SATA 3.5 1TB',
  };
  it("with the mailbox size TechNet's own formula gives (2,243.9 MB = 2.19 GB) the rules give 96 databases of 250", () => {
    // Size limit: floor(677.1 x 1024 / (2,243.88 x 1.2)) = 257. One disk for database + content index + logs [S3b]:
    // floor(931 x 0.8 x 1024 / (2,243.88 x 1.2 x 1.1 + 20 MB x 3 days + 1 % x 2,243.88)) = 250.
    // ceil(24,000 / 250) = 96, a multiple of 6.
    const server = size('dag', technet, 24000);
    expect(server.mailboxesPerDatabaseBySize).toBe(257);
    expect(server.mailboxesPerDatabaseByJbodDisk).toBe(250);
    expect(server.databases).toBe(96);
    expect(server.mailboxesPerDatabase).toBe(250);
  });
  it('with the 2.25 GB per mailbox TechNet states, the same rules give its 102 databases (24,000 / 102 = 235.3 mailboxes)', () => {
    // A 2,105.7 MB quota makes 2,304 MB = 2.25 GB on disk. Size limit alone: floor(677.1 x 1024 / (2,304 x 1.2)) = 250 -> 96;
    // the disk that also holds the logs: floor(744.8 x 1024 / (2,304 x 1.32 + 60 + 23.04)) = 244 -> ceil(24,000 / 244) = 99 -> 102.
    // So 102 follows from the one-disk-per-database rule with 2.25 GB; it cannot follow from 2.19 GB, the value
    // TechNet's own formula gives (2,048 + 7.32 + 188.6 MB), and the example does not say how 2.19 became 2.25.
    const server = size('dag', technet, 24000, 2105.7);
    expect(
      Number(
        n(
          sizeMailboxRole({ layout: 'dag', scenario: technet, tiers: [tier(24000, 2105.7)] }, reference).tiers[0]!
            .mailboxSizeOnDiskGB,
        ).toFixed(2),
      ),
    ).toBe(2.25);
    expect(server.mailboxesPerDatabaseBySize).toBe(250);
    expect(server.mailboxesPerDatabaseByJbodDisk).toBe(244);
    expect(server.databases).toBe(102);
    // We round mailboxes per database up (236) so that every mailbox has a database; TechNet writes 235.
    expect(server.mailboxesPerDatabase).toBe(236);
  });
});
