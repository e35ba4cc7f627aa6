import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sizeMailboxRole } from '../src/sizing/size-mailbox-role.js';
import { reference } from './reference.js';

// A host large enough that one DAG of eight servers holds every generated scenario, so the
// layout stays fixed and only the demand moves.
const roomyHost = {
  host_sockets: 4,
  host_cores_per_socket: 8,
  host_specint_rate2006: 800,
  host_ram_gb: 256,
  max_vcpu_per_vm: 32,
  dag_member_servers: 8,
};

const size = (mailboxes: number, messages: number, copies: number) =>
  sizeMailboxRole(
    {
      layout: 'dag',
      scenario: { ...roomyHost, dag_copies: copies, mailbox_server_failures: 1 },
      tiers: [{ tier: 't', mailboxes, messages_per_day: messages }],
    },
    reference,
  ).mailboxServer;

// The worst failure counts whole databases [S13], so its load (and the RAM sized for it) is not monotone in demand:
// more messages may mean smaller databases, more of them, spread more evenly over the survivors (3,920 mailboxes on
// 8 servers, 1 failure: 8 databases of 490 at 400 messages a day, a survivor mounts ROUNDUP(8 / 7) = 2 = 980
// mailboxes; 16 of 245 at 425, ROUNDUP(16 / 7) = 3 = 735). The normal load, the average share, is monotone.
const needs = (server: ReturnType<typeof size>) => ({
  megacycles: Number(server.megacyclesNormal),
  storage: Number(server.mailboxDataPerDagGB) * server.databaseCopiesInSite,
});

const notLess = (bigger: ReturnType<typeof needs>, smaller: ReturnType<typeof needs>) => {
  expect(bigger.megacycles).toBeGreaterThanOrEqual(smaller.megacycles);
  expect(bigger.storage).toBeGreaterThanOrEqual(smaller.storage);
};

describe('more demand never needs fewer megacycles in normal operation or less storage', () => {
  // At most 13,000 mailboxes with up to 8 copies keep one DAG of eight within the 29 database copies a VM of 60
  // virtual disks holds (two LUNs a copy), so the layout stays fixed.
  const mailboxes = fc.integer({ min: 100, max: 8000 });
  const messages = fc.integer({ min: 50, max: 500 });
  const copies = fc.integer({ min: 2, max: 7 });

  it('more mailboxes', () => {
    fc.assert(
      fc.property(mailboxes, fc.integer({ min: 1, max: 5000 }), messages, copies, (m, extra, msg, c) =>
        notLess(needs(size(m + extra, msg, c)), needs(size(m, msg, c))),
      ),
      { numRuns: 60 },
    );
  });
  it('more messages per day', () => {
    fc.assert(
      fc.property(mailboxes, messages, fc.integer({ min: 0, max: 450 }), copies, (m, msg, extra, c) =>
        notLess(needs(size(m, Math.min(500, msg + extra), c)), needs(size(m, msg, c))),
      ),
      { numRuns: 60 },
    );
  });
  it('more database copies', () => {
    fc.assert(
      fc.property(mailboxes, messages, copies, fc.integer({ min: 0, max: 5 }), (m, msg, c, extra) =>
        notLess(needs(size(m, msg, Math.min(8, c + extra))), needs(size(m, msg, c))),
      ),
      { numRuns: 60 },
    );
  });
});
