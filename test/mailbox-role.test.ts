import { describe, expect, it } from 'vitest';
import { sizeMailboxRole } from '../src/sizing/size-mailbox-role.js';
import { reference } from './reference.js';

const technetTier = {
  tier: 'TechNet',
  mailboxes: 24000,
  messages_per_day: 100,
  average_message_kb: 75,
  mailbox_quota_mb: 2048,
  deleted_item_retention_days: 14,
  single_item_recovery: true,
  calendar_version_pct: 3,
};

describe('TechNet Exchange 2010 Mailbox Server Role Design Example [S3] (WE-1)', () => {
  // 24,000 mailboxes, 2 GB quota, 100 messages/day at 75 KB, 14-day retention, single item recovery,
  // six Mailbox servers in one DAG with three copies, surviving a double server failure, 931 GB JBOD disks.
  const result = sizeMailboxRole(
    {
      layout: 'dag',
      scenario: {
        dag_copies: 3,
        dag_member_servers: 6,
        mailbox_server_failures: 2,
        raid_level: 'JBOD',
        database_disk: '7.2K SATA 3.5 1TB',
      },
      tiers: [technetTier],
    },
    reference,
  );
  const tier = result.tiers[0]!;

  it('whitespace = 100 x 75/1024 = 7.32 MB', () => expect(Number(tier.whitespaceMB).toFixed(2)).toBe('7.32'));
  it('dumpster = 188.6 MB', () => expect(Number(tier.dumpsterMB).toFixed(1)).toBe('188.6'));
  it('mailbox size on disk = 2.19 GB', () => expect(Number(tier.mailboxSizeOnDiskGB).toFixed(2)).toBe('2.19'));
  it('largest database on a 931 GB JBOD disk = [931 x (1 - .2)] / (1 + .10) = 677 GB', () => {
    expect(Math.floor(Number(result.platform.jbodMaxDatabaseSizeGB))).toBe(677);
  });
  it('the database copies are laid out as published: 4,000 active and 8,000 passive per server', () => {
    expect(result.mailboxServer.memberServers).toBe(6);
    expect(result.mailboxServer.activeMailboxesNormal).toBe(4000);
    expect(result.mailboxServer.passiveMailboxesNormal).toBe(8000);
  });
  it('after two server failures each survivor serves 24,000 / 4 = 6,000 active mailboxes', () => {
    expect(result.mailboxServer.activeMailboxesWorstCase).toBe(6000);
    expect(result.mailboxServer.passiveMailboxesWorstCase).toBe(6000);
  });
  it('gives 96 databases where TechNet publishes 102 (a disagreement explained, not tuned away)', () => {
    // One 931 GB disk per database, holding its content index and logs [S3b], takes at most 250 mailboxes of the 2,243.9 MB
    // TechNet's formula gives: ceil(24,000 / 250) = 96, a multiple of 6. TechNet's 102 follow from the 2.25 GB it states
    // per mailbox instead (test/storage-rules.test.ts shows both).
    expect(result.mailboxServer.databases).toBe(96);
    expect(result.mailboxServer.mailboxesPerDatabase).toBe(250);
  });
});

describe('adjusted megacycles per core = SPECint_rate2006 per core x 3333 / 18.75 [S11]', () => {
  const perCore = (sockets: number, coresPerSocket: number, specint: number) =>
    Number(
      sizeMailboxRole(
        {
          layout: 'standalone',
          scenario: { host_sockets: sockets, host_cores_per_socket: coresPerSocket, host_specint_rate2006: specint },
          tiers: [{ tier: 'a', mailboxes: 100, messages_per_day: 100 }],
        },
        reference,
      ).platform.megacyclesPerCore,
    );

  it('WE-4 Xeon X5550, 8 cores at 30.12 per core: 5,354', () => expect(Math.round(perCore(2, 4, 240.96))).toBe(5354));
  it('WE-5 Xeon L5640, 12 cores, rounded 22 per core: 3,911', () => expect(Math.round(perCore(2, 6, 264))).toBe(3911));
  it('WE-5 Xeon L5640, 12 cores, unrounded 283 / 12: 4,192', () => expect(Math.round(perCore(2, 6, 283))).toBe(4192));
  it('WE-6 Dell M710, 8 cores at 240 / 8 = 30 per core: 5,333', () =>
    expect(Math.round(perCore(2, 4, 240))).toBe(5333));
  it('the baseline X5470 itself, 150 over 8 cores: 3,333', () => expect(perCore(2, 4, 150)).toBe(3333));
});

describe('RAM row selection [S14] [S15]', () => {
  const standalone = (mailboxes: number, messages: number, scenario = {}) =>
    sizeMailboxRole(
      { layout: 'standalone', scenario, tiers: [{ tier: 'a', mailboxes, messages_per_day: messages }] },
      reference,
    ).mailboxServer;

  it('700 mailboxes x 6 MB = about 4 GB of cache selects the 16 GB row [S14]', () => {
    const server = standalone(700, 100);
    expect(Number(server.databaseCacheRequiredGB).toFixed(1)).toBe('4.1');
    expect(server.ramGB).toBe('16');
  });
  it('a 4,000-user building block at 150 messages needs 35.2 GB of cache: the 48 GB row, which gives 39.2 GB (WE-9)', () => {
    // A 48 GB VM within one NUMA node needs a 128 GB two-socket host (63 GB a socket): on the default 96 GB host
    // the building block is split in two VMs of 2,000 within a socket each [L:S78]. WE-9 is about memory: its
    // databases are taken at 2 TB, else 200 GB standalone databases would need more virtual disks than a VM has.
    const server = standalone(4000, 150, { host_ram_gb: 128, max_database_size_standalone_gb: 2048 });
    expect(server.activeMailboxesWorstCase).toBe(4000);
    expect(Number(server.databaseCacheRequiredGB).toFixed(1)).toBe('35.2');
    expect(server.ramGB).toBe('48');
    expect(server.databaseCacheProvidedGB).toBe('39.2');
  });
});
