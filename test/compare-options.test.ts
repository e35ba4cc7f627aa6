import { describe, expect, it } from 'vitest';
import { compareOptions } from '../src/options/compare-options.js';
import type { OptionResult } from '../src/options/option-result.js';
import { reference } from './reference.js';
import { shipped, withInputs } from './shipped.js';
import { SMALL_PARAMETERS, SMALL_TIERS } from './small-scenario.js';

// A small hand-worked scenario: 2,000 mailboxes at 100 messages/day, 1 GB quota; hosts of 2 x 4 cores
// at SPECint_rate2006 150 (the baseline, so 3,333 megacycles per core) with 64 GB; no other workloads.
// A vCPU then delivers 3,333 x (1 - 10%) = 2,999.7 megacycles, 2,399.76 at the 80% target.
const small = withInputs(SMALL_PARAMETERS, SMALL_TIERS, []);
const comparison = compareOptions(small, reference);
const option = (id: string): OptionResult => comparison.options.find((o) => o.id === id)!;
const priceOf = (item: string) => Number(shipped.prices.find((p) => p.item === item)!.price);

describe('every option of the brief, hand-worked on a small scenario', () => {
  it('lists the options in the order of data/options.csv with the brief sections', () => {
    expect(comparison.options.map((o) => [o.id, o.briefSection])).toEqual([
      ['standalone-ha', '4.1.1'],
      ['standalone-app-ha', '4.2, 4.2.1'],
      ['dag', '4.3, 4.3.1'],
      ['dag-ha', '4.3.2'],
      ['dag-srm', '5.1, 5.1.1'],
      ['dag-lagged-dr', '5.2, 5.2.1'],
      ['third-party-replication', '5.3, 5.3.1'],
      ['dag-site-resilient', '5'],
    ]);
  });

  it('standalone-ha: one mailbox VM, its roles, and one spare host for vSphere HA', () => {
    const o = option('standalone-ha');
    // One server holds 2,000 x 2 = 4,000 megacycles: ROUNDUP(4,000 / 2,399.76) = 2 vCPU.
    // Cache 2,000 x 6 MB = 11.7 GB: the 24 GB row (17.6 GB). Mailbox cores 2 give CAS ROUNDUP(2 x 3/4) = 2
    // cores (one VM, 2 vCPU, 8 GB minimum), Hub ROUNDUP(2/7) = 1 core (4 GB), GC ROUNDUP(2/8) = 1 core (4 GB).
    expect([o.mailbox.mailboxServers, o.mailbox.vcpu, o.mailbox.ramGB]).toEqual([1, 2, '24']);
    expect(o.vms.primary.clientAccess).toEqual({ vms: 1, vcpuPerVm: 2, ramGBPerVm: '8' });
    expect(o.vms.primary.hubTransport).toEqual({ vms: 1, vcpuPerVm: 1, ramGBPerVm: '4' });
    expect(o.vms.primary.globalCatalog).toEqual({ vms: 1, vcpuPerVm: 1, ramGBPerVm: '4' });
    // 4 VMs, 6 vCPU, 40 GB: one 8-core host with 62 GB for VMs, plus one spare (N+1).
    expect(o.vms.primary.total).toEqual({ vms: 4, vcpu: 6, ramGB: '40' });
    expect(o.hosts).toMatchObject({ primary: 2, dr: 0, total: 2, primarySpare: 1 });
    // Each host may run all 4 VMs after a failover: Enterprise (4 VMs per licence) costs one licence a host.
    expect(o.licences.find((l) => l.item === 'Windows Server')).toMatchObject({
      edition: 'Windows Server 2008 R2 Enterprise',
      quantity: 2,
    });
    expect(o.protection.host_failure).toEqual({
      protected: true,
      mechanism: 'vm_restart',
      recoveryMinutes: '5',
      dataLossMinutes: '0',
    });
    expect(o.protection.application_failure.protected).toBe(false);
  });

  it('standalone-app-ha: the same design plus one application-monitoring agent per mailbox VM', () => {
    const base = option('standalone-ha');
    const o = option('standalone-app-ha');
    expect(o.hosts).toEqual(base.hosts);
    expect(o.licences.find((l) => l.item === 'Application-monitoring agents')).toMatchObject({
      quantity: 1,
      cost: priceOf('app_monitoring_agent').toFixed(2),
    });
    expect(o.protection.application_failure).toMatchObject({
      protected: true,
      mechanism: 'app_restart',
      recoveryMinutes: '2',
    });
  });

  it('dag: two copies on two members kept on two hosts', () => {
    const o = option('dag');
    // S = 2: after one failure a member serves all 2,000 mailboxes: 2,000 x 2 x (1 + 10% x 1) = 4,400
    // megacycles, ROUNDUP(4,400 / 2,399.76) = 2 vCPU; 24 GB as above.
    expect([
      o.mailbox.memberServers,
      o.mailbox.activeMailboxesWorstCase,
      o.mailbox.megacyclesWorstCase,
      o.mailbox.vcpu,
    ]).toEqual([2, 2000, '4400', 2]);
    // Mailbox cores 4: CAS 3 cores on the HA minimum of two VMs (2 vCPU, 8 GB), Hub and GC one core each on two VMs.
    expect(o.vms.primary.clientAccess).toEqual({ vms: 2, vcpuPerVm: 2, ramGBPerVm: '8' });
    expect(o.vms.primary.total).toEqual({ vms: 8, vcpu: 12, ramGB: '80' });
    // ROUNDUP(12 / 8) = 2 hosts by CPU, ROUNDUP(80 / 62) = 2 by RAM, and 2 members kept apart.
    expect(o.hosts).toMatchObject({ primary: 2, dr: 0, primarySpare: 0 });
    expect(o.licences.find((l) => l.item === 'Windows Server')!.edition).not.toContain('Standard');
    expect(o.protection.host_failure).toMatchObject({ mechanism: 'dag_failover', recoveryMinutes: '0.5' });
  });

  it('dag-ha: one more host held free so vSphere HA restores the failed member', () => {
    expect(option('dag-ha').hosts).toMatchObject({ primary: 3, primarySpare: 1 });
  });

  it('dag-srm: the DR site can run the whole primary site; SRM per protected VM in packs of 25', () => {
    const o = option('dag-srm');
    expect(o.hosts).toMatchObject({ primary: 2, dr: 2, total: 4 });
    expect(o.licences.find((l) => l.item === 'VMware vCenter Site Recovery Manager')).toMatchObject({
      edition: 'Standard',
      quantity: 25,
    });
    expect(o.licences.find((l) => l.item === 'Storage array replication')).toMatchObject({ quantity: 2 });
    expect(o.protection.site_loss).toEqual({
      protected: true,
      mechanism: 'srm_recovery',
      recoveryMinutes: '60',
      dataLossMinutes: '15',
    });
  });

  it('dag-lagged-dr: one DR mailbox server holds the lagged copies, with its own roles, on one DR host', () => {
    const o = option('dag-lagged-dr');
    // 2 databases x 1 lagged copy over the 2 copies a server holds: one DR server.
    // Every copy counts for the +10 % per extra copy, the lagged one too (issue 11 §7): 2 + 1 copies, x 1.2, so
    // 2,000 x 2 x 1.2 = 4,800 megacycles after a failure: ROUNDUP(4,800 / 2,399.76) = 3 vCPU (2 with the primary copies only).
    expect(o.mailbox.activeMegacycleCopyFactor).toBe('1.2');
    expect(o.vms.dr.mailbox).toEqual({ vms: 1, vcpuPerVm: 3, ramGBPerVm: '24' });
    expect([o.vms.dr.clientAccess.vms, o.vms.dr.hubTransport.vms, o.vms.dr.globalCatalog.vms]).toEqual([1, 1, 1]);
    expect(o.hosts).toMatchObject({ primary: 2, dr: 1 });
    expect(Number(o.storage.laggedCopiesGB)).toBeGreaterThan(0);
    expect(o.protection.database_corruption).toMatchObject({ protected: true, mechanism: 'lagged_copy' });
    expect(o.protection.laggedCopyWindowDays).toBe('7');
  });

  it('third-party-replication: a target VM per mailbox VM at the DR site and an agent per protected server', () => {
    const o = option('third-party-replication');
    expect(o.vms.dr.mailbox.vms).toBe(1);
    // It relies on vSphere HA for host failures (data/options.csv needs_ha, brief 5.3.1), so it keeps a spare host
    // as standalone-ha does: the one host the VMs pack on, and one held free.
    expect(o.hosts).toMatchObject({ primary: 2, primarySpare: 1, dr: 1 });
    expect(o.licences.find((l) => l.item === 'Third-party in-guest replication')).toMatchObject({ quantity: 1 });
    // No DAG, so Standard is allowed, but the fullest host runs 4 VMs: 4 x $726 (Standard) and 2 x $2,405
    // (Datacenter) both cost more than one Enterprise licence at $2,358, on each of the three hosts.
    expect(o.licences.find((l) => l.item === 'Windows Server')).toMatchObject({
      edition: 'Windows Server 2008 R2 Enterprise',
      quantity: 3,
    });
  });

  it('costs add up: licence lines to licences, parts to capex, capex and yearly cost to TCO', () => {
    for (const o of comparison.options) {
      const cents = (s: string) => Math.round(Number(s) * 100);
      expect(
        o.licences.reduce((sum, l) => sum + cents(l.cost), 0),
        o.id,
      ).toBe(cents(o.cost.licences));
      expect(cents(o.cost.hosts) + cents(o.cost.storage) + cents(o.cost.licences), o.id).toBe(cents(o.cost.capex));
      expect(cents(o.cost.capex) + cents(o.cost.yearly) * o.cost.tcoYears, o.id).toBe(cents(o.cost.tco));
    }
  });
});

describe('backup choices apply to every option', () => {
  it('in-guest: an Exchange-aware agent per mailbox server (issue 11 §4: not on Client Access or Hub Transport) and a backup target', () => {
    const o = compareOptions(withInputs({ backup_method: 'in-guest' }), reference).options[0]!;
    expect(o.licences.find((l) => l.item === 'Exchange-aware backup agents')!.quantity).toBe(o.vms.primary.mailbox.vms);
    expect(Number(o.storage.backupGB)).toBeGreaterThan(0);
  });
  it('vdr: Client Access and Hub Transport by VDR appliances; mailbox servers keep an agent, and the output says so', () => {
    for (const o of compareOptions(withInputs({ backup_method: 'vdr' }), reference).options) {
      expect(o.storage.vdrAppliances).toBeGreaterThanOrEqual(1);
      expect(o.licences.find((l) => l.item === 'Exchange-aware backup agents')!.quantity).toBe(
        Number(o.mailbox.mailboxServers),
      );
      expect(o.warnings.map((w) => w.code)).toContain('vdr-mailbox');
      expect(o.licences.find((l) => l.item === 'VMware vSphere')!.edition).not.toContain('Standard');
    }
  });
  it('array-snapshot: snapshot reserve capacity and an array licence', () => {
    const o = compareOptions(withInputs({ backup_method: 'array-snapshot' }), reference).options[2]!;
    expect(Number(o.storage.snapshotReserveGB)).toBeGreaterThan(0);
    expect(o.licences.find((l) => l.item === 'Array VSS snapshot backup')).toMatchObject({ quantity: 1 });
  });
});

describe('Windows Server 2012-style rules are rows of data, not code', () => {
  it('making the 2012 rows available licenses a DAG with 2012 Standard (clustering, two VMs per licence) where cheaper', async () => {
    const { parseReferenceData } = await import('../src/model/reference-data.js');
    const { readFileSync, readdirSync } = await import('node:fs');
    const { packageDataDirectory } = await import('../src/io/read-reference-data.js');
    const texts = Object.fromEntries(
      readdirSync(packageDataDirectory)
        .filter((f) => f.endsWith('.csv'))
        .map((f) => [f.slice(0, -4), readFileSync(packageDataDirectory + f, 'utf8')]),
    );
    texts['windows-editions'] = texts['windows-editions']!.replace(
      'Windows Server 2012 Standard,no,',
      'Windows Server 2012 Standard,yes,',
    ).replace('Windows Server 2012 Datacenter,no,', 'Windows Server 2012 Datacenter,yes,');
    const with2012 = parseReferenceData(texts);
    const o = compareOptions(small, with2012, { options: ['dag'] }).options[0]!;
    // Two hosts of 2 sockets, each may run 4 VMs after a failover: 2012 Standard needs MAX(2/2, 4/2) = 2
    // licences a host at $882 = $1,764, less than 2008 R2 Enterprise's one licence ($2,358) or Datacenter's 2 x $2,405.
    expect(o.licences.find((l) => l.item === 'Windows Server')).toMatchObject({
      edition: 'Windows Server 2012 Standard',
      quantity: 4,
      unitPrice: '882.00',
    });
  });
});
