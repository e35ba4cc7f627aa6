import fc from 'fast-check';
import type { RawRecord, ScenarioInputs } from '../../src/model/scenario-inputs-types.js';
import { shipped } from '../shipped.js';

const tier = fc.record({
  mailboxes: fc.integer({ min: 50, max: 40000 }),
  messages_per_day: fc.integer({ min: 50, max: 500 }),
  average_message_kb: fc.constantFrom(75, 100, 150, 300),
  mailbox_quota_mb: fc.constantFrom(250, 512, 1024, 2048, 5120),
  deleted_item_retention_days: fc.integer({ min: 0, max: 30 }),
  single_item_recovery: fc.boolean(),
  iops_factor: fc.constantFrom(1, 1.2, 1.5),
  megacycles_factor: fc.constantFrom(1, 1.1, 1.2),
  // Issue 13: half the tiers grow, so POWER and the end-of-horizon sizing are recalculated too.
  mailbox_growth_pct: fc.constantFrom(0, 0, 2.5, 7, 10),
});
const workload = fc.record({
  vms: fc.integer({ min: 0, max: 4 }),
  vcpu: fc.integer({ min: 1, max: 4 }),
  ram_gb: fc.constantFrom(2, 4, 8, 16),
  storage_gb: fc.integer({ min: 0, max: 2000 }),
  physical_servers: fc.integer({ min: 0, max: 4 }),
});

/** Random but buildable-looking scenarios over the shipped templates: tiers, workloads, design, host and prices. */
export const randomScenarios: fc.Arbitrary<ScenarioInputs> = fc
  .record({
    tiers: fc.array(tier, { minLength: 1, maxLength: 3 }),
    workloads: fc.array(workload, { minLength: 0, maxLength: 3 }),
    copies: fc.integer({ min: 2, max: 5 }),
    failures: fc.integer({ min: 0, max: 2 }),
    lagged: fc.integer({ min: 0, max: 2 }),
    lag: fc.integer({ min: 0, max: 14 }),
    dr: fc.integer({ min: 0, max: 2 }),
    distribution: fc.constantFrom('active-passive', 'active-active'),
    sockets: fc.constantFrom(1, 2, 4),
    cores: fc.constantFrom(4, 6, 8, 10, 12),
    specintPerCore: fc.integer({ min: 15, max: 45 }),
    ram: fc.constantFrom(48, 64, 96, 128, 192, 256, 384),
    raid: fc.constantFrom('RAID10', 'RAID5', 'RAID6', 'JBOD'),
    policy: fc.constantFrom('percentage', 'slot'),
    backup: fc.constantFrom('in-guest', 'vdr', 'array-snapshot'),
    antivirus: fc.boolean(),
    priceFactor: fc.constantFrom(0.5, 1, 1.37, 2),
    years: fc.integer({ min: 1, max: 7 }),
    // The network (issue 13): a synchronous to a two-day SRM interval, a thin to a fast WAN, latency either side of 250 ms.
    srmIntervalMinutes: fc.constantFrom(0, 15, 240, 2880),
    wanMbps: fc.constantFrom(10, 100, 1000),
    wanLatencyMs: fc.constantFrom(20, 300),
  })
  .map((s) => ({
    parameters: {
      ...shipped.parameters,
      dag_copies: s.copies,
      mailbox_server_failures: Math.min(s.failures, s.copies - 1),
      lagged_copies: s.lagged,
      replay_lag_days: s.lag,
      dr_copies: s.dr,
      user_distribution: s.distribution,
      host_sockets: s.sockets,
      host_cores_per_socket: s.cores,
      host_specint_rate2006: s.specintPerCore * s.sockets * s.cores,
      host_ram_gb: s.ram,
      raid_level: s.raid,
      admission_control_policy: s.policy,
      backup_method: s.backup,
      hub_antivirus: s.antivirus,
      tco_years: s.years,
      srm_replication_interval_minutes: s.srmIntervalMinutes,
      wan_link_mbps: s.wanMbps,
      wan_latency_ms: s.wanLatencyMs,
    },
    tiers: s.tiers.map((t, i): RawRecord => ({ tier: `tier ${i + 1}`, ...t })),
    workloads: s.workloads.map((w, i): RawRecord => ({ workload: `workload ${i + 1}`, ...w })),
    prices: shipped.prices.map((p) => ({ ...p, price: (Number(p.price) * s.priceFactor).toFixed(2) })),
  }));
