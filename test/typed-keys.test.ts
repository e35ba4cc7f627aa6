import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageTemplatesDirectory } from '../src/io/read-templates.js';
import type { ScenarioParameters } from '../src/model/scenario-inputs-types.js';
import { SCENARIO_PARAMETER_NAMES, type ScenarioParameterName } from '../src/model/scenario-parameter-names.js';
import { type Comparison, compareOptions } from '../src/options/compare-options.js';
import { MAILBOX_FIGURE_IDS, type MailboxFigureId } from '../src/options/mailbox-figure-ids.js';
import { OPTION_IDS, type OptionId } from '../src/options/option-ids.js';
import type { OptionResult } from '../src/options/option-result.js';
import { mailboxRoleFigures } from '../src/sizing/mailbox-role-model.js';
import { type MailboxRoleResult, sizeMailboxRole } from '../src/sizing/size-mailbox-role.js';
import { reference } from './reference.js';
import { shipped } from './shipped.js';

describe('typed keys: a typo in an option id or a parameter name fails to compile, and the types follow the data', () => {
  it('OptionId lists the ids of data/options.csv, in its order', () => {
    expect([...OPTION_IDS]).toEqual(reference.tables.get('options')!.rows.map((row) => String(row.id)));
  });

  it('ScenarioParameterName lists data/scenario-parameters.csv and the shipped templates/scenario.csv, in their order', () => {
    expect([...SCENARIO_PARAMETER_NAMES]).toEqual(reference.scenarioParameters.map((p) => p.name));
    const template = readFileSync(join(packageTemplatesDirectory, 'scenario.csv'), 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    expect([...SCENARIO_PARAMETER_NAMES]).toEqual(template.map((line) => line.split(',')[0]));
  });

  it('MailboxFigureId lists the mailbox-role figures of each option, and OptionResult.mailbox has each', () => {
    expect([...MAILBOX_FIGURE_IDS]).toEqual(mailboxRoleFigures.filter((f) => f.scope === 'option').map((f) => f.id));
    const dag = compareOptions(shipped, reference, { options: ['dag'] }).options[0]!;
    expect(Object.keys(dag.mailbox)).toEqual([...MAILBOX_FIGURE_IDS]);
    expect(Object.keys(dag.storage).length).toBe(15);
    expect(
      Object.keys(
        sizeMailboxRole(
          { layout: 'dag', tiers: [{ tier: 'staff', mailboxes: 2000, messages_per_day: 100 }] },
          reference,
        ).mailboxServer,
      ),
    ).toEqual([...MAILBOX_FIGURE_IDS]);
    expect(Object.keys(compareOptions(shipped, reference, { options: ['dag'] }).scenario.parameters).sort()).toEqual(
      [...SCENARIO_PARAMETER_NAMES].sort(),
    );
  });

  it('misspelt keys do not compile (checked by tsc -p test)', () => {
    const option: OptionId = 'dag-ha';
    // @ts-expect-error not an option id
    const misspelt: OptionId = 'dag-hha';
    const parameters: ScenarioParameters = { dag_copies: 3, host_ram_gb: '96' };
    // @ts-expect-error not a scenario parameter
    const typo: ScenarioParameters = { dag_copise: 3 };
    const name: ScenarioParameterName = 'tco_years';
    const figure: MailboxFigureId = 'databaseCopiesInSite';
    const read = (o: OptionResult) => [o.mailbox.vcpu, o.storage.totalTB];
    // @ts-expect-error not a mailbox figure
    const wrongFigure = (o: OptionResult) => o.mailbox.vcpus;
    // @ts-expect-error not a storage figure
    const wrongStorage = (o: OptionResult) => o.storage.totalGB;
    // @ts-expect-error not a mailbox-role figure
    const wrongServer = (r: MailboxRoleResult) => r.mailboxServer.vcpus;
    // @ts-expect-error not a scenario parameter
    const wrongParameter = (c: Comparison) => c.scenario.parameters.dag_copise;
    expect(
      [option, misspelt, parameters, typo, name, figure, read, wrongFigure, wrongStorage, wrongServer, wrongParameter]
        .length,
    ).toBe(11);
  });
});
