import { describe, expect, it } from 'vitest';
import { type MailboxRoleInputs, sizeMailboxRole } from '../src/sizing/size-mailbox-role.js';
import { inputIssuesOf } from './input-issues.js';
import { reference } from './reference.js';

const tier = { tier: 'staff', mailboxes: 5000, messages_per_day: 150 };

const issuesOf = (inputs: MailboxRoleInputs) => inputIssuesOf(() => sizeMailboxRole(inputs, reference));

describe('bad mailbox-role inputs are typed errors that name the input and why', () => {
  it('negative mailboxes', () => {
    expect(issuesOf({ layout: 'standalone', tiers: [{ ...tier, mailboxes: -5 }] })).toEqual([
      {
        file: 'inputs',
        column: 'tiers[0].mailboxes',
        value: '-5',
        expected: 'a whole number from 1 to 10000000 (mailboxes_per_tier_max) mailboxes',
      },
    ]);
  });
  it('600 messages per day, beyond the profile table', () => {
    expect(issuesOf({ layout: 'standalone', tiers: [{ ...tier, messages_per_day: 600 }] })).toEqual([
      {
        file: 'inputs',
        column: 'tiers[0].messages_per_day',
        value: '600',
        expected: 'a number from 50 to 500 (the rows of data/mailbox-profiles.csv) messages/day',
      },
    ]);
  });
  it('zero servers', () => {
    const issues = issuesOf({ layout: 'dag', scenario: { dag_member_servers: 0 }, tiers: [tier] });
    expect(issues).toEqual([
      {
        file: 'inputs',
        column: 'dag_member_servers',
        value: '0',
        expected: 'a whole number from 1 to 16 (members_per_dag_max) servers',
      },
    ]);
  });
  it('as many failures as copies', () => {
    const issues = issuesOf({ layout: 'dag', scenario: { dag_copies: 2, mailbox_server_failures: 2 }, tiers: [tier] });
    expect(issues).toEqual([
      {
        file: 'inputs',
        column: 'mailbox_server_failures',
        value: '2',
        expected: 'fewer failures than dag_copies (2): a database survives only while one copy is left',
      },
    ]);
  });
  it('more copies than Exchange allows, an unknown parameter, a missing tier value, all reported at once', () => {
    const issues = issuesOf({
      layout: 'dag',
      // @ts-expect-error a misspelt parameter does not compile in TypeScript; a JavaScript caller gets the issue at run time
      scenario: { dag_copies: 17, dag_copise: 3 },
      tiers: [{ tier: 'x', messages_per_day: 100 }],
    });
    expect(issues.map((i) => i.column)).toEqual(['dag_copise', 'dag_copies', 'tiers[0].mailboxes']);
  });
  it('no tiers at all', () => {
    expect(issuesOf({ layout: 'standalone', tiers: [] })[0]).toMatchObject({
      column: 'tiers',
      expected: 'at least one mailbox tier',
    });
  });
  it('a host with less RAM than the smallest server row names host_ram_gb', () => {
    const issues = issuesOf({ layout: 'standalone', scenario: { host_ram_gb: 3 }, tiers: [tier] });
    expect(issues).toEqual([
      {
        file: 'inputs',
        column: 'host_ram_gb',
        value: '3',
        expected:
          'at least hypervisor_ram_reserve_gb + 2 GB, the smallest server in data/server-ram-database-cache.csv',
      },
    ]);
  });
  it('a host whose largest VM cannot serve one mailbox names the host inputs', () => {
    const issues = issuesOf({
      layout: 'standalone',
      scenario: { host_ram_gb: 4, host_sockets: 1, host_cores_per_socket: 1, host_specint_rate2006: 0.01 },
      tiers: [tier],
    });
    expect(issues[0]!.column).toBe('host_cores_per_socket, host_ram_gb, max_vcpu_per_vm');
  });
  it('a large organisation on a fixed small DAG gets more DAGs, not an error', () => {
    const server = sizeMailboxRole(
      { layout: 'dag', scenario: { dag_member_servers: 3, dag_copies: 2 }, tiers: [{ ...tier, mailboxes: 100000 }] },
      reference,
    ).mailboxServer;
    expect(server.memberServers).toBe(3);
    expect(server.dags).toBeGreaterThan(1);
    expect(server.vcpu).toBeLessThanOrEqual(8);
  });
});
