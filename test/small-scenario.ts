import type { RawRecord } from '../src/model/scenario-inputs-types.js';

/**
 * The small hand-worked scenario of compare-options.test.ts, licences.test.ts and protection.test.ts: 2,000
 * mailboxes at 100 messages/day, 1 GB quota, 2 copies and one lagged copy; hosts of 2 x 4 cores at SPECint_rate2006
 * 150 (the baseline, so 3,333 megacycles per core) with 64 GB (62 GB for VMs); no other workloads.
 */
export const SMALL_PARAMETERS: RawRecord = {
  dag_copies: 2,
  mailbox_server_failures: 1,
  lagged_copies: 1,
  dr_copies: 0,
  host_sockets: 2,
  host_cores_per_socket: 4,
  host_specint_rate2006: 150,
  host_ram_gb: 64,
  hypervisor_ram_reserve_gb: 2,
  raid_level: 'RAID10',
};

/** Its one tier. */
export const SMALL_TIERS: readonly RawRecord[] = [
  { tier: 'all', mailboxes: 2000, messages_per_day: 100, mailbox_quota_mb: 1024 },
];
