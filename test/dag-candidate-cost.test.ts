import { describe, expect, it } from 'vitest';
import { compareOptions } from '../src/options/compare-options.js';
import type { OptionResult } from '../src/options/option-result.js';
import { reference } from './reference.js';
import { withInputs } from './shipped.js';

describe('the DAG layout is the candidate whose hosts and server licences cost least (method steps 4, 7 and 8)', () => {
  const [dag, lagged] = compareOptions(withInputs({}), reference, { options: ['dag', 'dag-lagged-dr'] }).options as [
    OptionResult,
    OptionResult,
  ];

  it('the shipped dag: one DAG of 8 on 8 hosts, not two of 5 with two more Enterprise licences', () => {
    // Priced at a host's 9,000 and an Exchange Enterprise licence's 3,999 (32 copies a server is over Standard's 5 [S6]).
    // S = 8: 1 DAG, 8 servers apart on 8 hosts: 8 x 9,000 + 8 x 3,999 = 103,992.
    // S = 5: 2 DAGs, 10 VMs of 4 vCPU: 40 vCPU, the roles beside them 40 x (3/4 + 1/7 + 1/8) = 40.7 and the workloads'
    // 8 on hosts of 12 vCPU: ROUNDUP(88.7 / 12) = 8 hosts, 8 x 9,000 + 10 x 3,999 = 111,990, dearer.
    expect([dag.figures.memberServers, dag.figures.dags, dag.figures.bestCandidateEligibility]).toEqual([8, 1, '0']);
    expect(dag.figures.bestCandidateCost).toBe('103992.00');
    expect(dag.hosts.primary).toBe(8);
  });

  it('a DR site adds its members to each candidate: dag-lagged-dr takes 3 DAGs of 4 on 12 hosts, not one of 8 on 15', () => {
    // One DAG of 8 takes 7 DR members (16,500 / 2,694 a DR VM serves, rounded up): 15 servers, 15 hosts apart,
    // 15 x 9,000 + 15 x 3,999 = 194,985. Three DAGs of 4 (3 vCPU, 24 GB VMs) take 3 DR members each (5,500 / 1,943):
    // 12 primary VMs, 36 vCPU + 36.6 for the roles + 8 for the workloads = 80.6, 7 hosts; 9 DR VMs, 27 + 27.4 = 54.4,
    // 5 hosts; 12 x 9,000 + 21 x 3,999 = 191,979, the lowest.
    expect([lagged.figures.memberServers, lagged.figures.dags, lagged.figures.drMailboxServersPerDag]).toEqual([
      4, 3, 3,
    ]);
    expect(lagged.figures.bestCandidateCost).toBe('191979.00');
    expect([lagged.hosts.primary, lagged.hosts.dr]).toEqual([7, 5]);
    // The option that adds a DR site never costs less than the DAG alone (compare-options-invariants.test.ts).
    expect(Number(lagged.cost.tco)).toBeGreaterThan(Number(dag.cost.tco));
  });
});
