import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { evaluateComparison } from '../src/options/compare-options.js';
import { buildWorkbook } from '../src/output/build-workbook.js';
import {
  COPIES_COLUMNS,
  DATABASES_COLUMNS,
  DRS_COLUMNS,
  layoutScript,
  psString,
  SERVERS_COLUMNS,
  timeSpan,
} from '../src/output/layout-exports.js';
import { renderOutputs } from '../src/output/render-outputs.js';
import { layoutSheet } from '../src/output/sheets/layout-sheet.js';
import { copyLayout } from '../src/plan/copy-layout.js';
import type { TierLimits } from '../src/plan/option-layout.js';
import { reference } from './reference.js';
import { withInputs } from './shipped.js';
import { WORKBOOK_TIMEOUT } from './timeouts.js';

const read = (content: string | Buffer) =>
  parse(String(content).replace(/^\uFEFF/, ''), { columns: false }) as string[][];

// A workload whose name a spreadsheet would run as a formula, kept apart by a DRS rule.
const evaluated = evaluateComparison(
  withInputs({}, undefined, [
    {
      workload: "=HYPERLINK('x')",
      vms: '2',
      vcpu: '1',
      ram_gb: '4',
      storage_gb: '60',
      physical_servers: '2',
      anti_affinity: 'yes',
      domain_controller: 'no',
      notes: '',
    },
  ]),
  reference,
);
const files = await renderOutputs(evaluated, reference, ['layout']);
const file = (name: string) => files.find((f) => f.name === name)!.content;

/**
 * The cmdlet forms the script may hold, parameter by parameter, each value a single-quoted PowerShell string
 * (quotes doubled inside), a whole number or `$false`; a spec starting with `-` is a switch written as is: a strict
 * grammar in place of PowerShell's parser, which Debian does not package (`apt-cache policy powershell` finds none).
 * `Set-Mailbox` appears only commented, for the admin to run per mailbox: the comment's text is parsed with it.
 */
const QUOTED = "'(?:[^'\\u2018\\u2019\\u201A\\u201B]|'')*'";
const QUOTAS = ['IssueWarningQuota', 'ProhibitSendQuota', 'ProhibitSendReceiveQuota'];
const FORMS: Readonly<Record<string, readonly string[]>> = {
  'Set-DatabaseAvailabilityGroup': ['Identity', 'DatacenterActivationMode'],
  'Set-MailboxServer': ['Identity', 'DatabaseCopyAutoActivationPolicy'],
  'New-MailboxDatabase': ['Name', 'Server', 'EdbFilePath', 'LogFolderPath'],
  'Set-MailboxDatabase': ['Identity', ...QUOTAS, 'DeletedItemRetention'],
  'Mount-Database': ['Identity'],
  'Add-MailboxDatabaseCopy': ['Identity', 'MailboxServer', 'ActivationPreference', 'ReplayLagTime?'],
  'Suspend-MailboxDatabaseCopy': ['Identity', '-ActivationOnly', '-Confirm:$false'],
  'Set-Mailbox': [
    'Identity',
    'UseDatabaseQuotaDefaults',
    ...QUOTAS,
    'UseDatabaseRetentionDefaults',
    'RetainDeletedItemsFor',
  ],
};
const INTEGER_PARAMETERS = new Set(['ActivationPreference']);
const FALSE_PARAMETERS = new Set(['UseDatabaseQuotaDefaults', 'UseDatabaseRetentionDefaults']);
const COMMENTED = '# Set-Mailbox ';
const literally = (text: string) => text.replaceAll(/[$^.*+?()[\]{}|\\]/g, '\\$&');

function parseLine(line: string): { cmdlet: string; parameters: Map<string, string> } | undefined {
  // No line break of any kind inside a line: a comment that held one would run its rest as a command.
  if (/[\r\n\u0085\u2028\u2029]/.test(line)) throw new Error(`line break inside: ${line}`);
  const commented = line.startsWith(COMMENTED);
  if (line.startsWith('#') && !commented) return undefined;
  const [cmdlet, ...rest] = (commented ? line.slice(2) : line).split(' ');
  if (commented !== (cmdlet === 'Set-Mailbox')) throw new Error(`Set-Mailbox only commented, in: ${line}`);
  const expected = FORMS[cmdlet!];
  if (!expected) throw new Error(`unknown cmdlet in: ${line}`);
  let tail = rest.join(' ');
  const parameters = new Map<string, string>();
  for (const spec of expected) {
    const name = spec.replace('?', '');
    const value = INTEGER_PARAMETERS.has(name) ? '[1-9][0-9]*' : FALSE_PARAMETERS.has(name) ? '\\$false' : QUOTED;
    const pattern = spec.startsWith('-') ? `^${literally(spec)}()(?: |$)` : `^-${name} (${value})(?: |$)`;
    const match = new RegExp(pattern).exec(tail);
    if (!match) {
      if (spec.endsWith('?')) continue;
      throw new Error(`expected ${spec.startsWith('-') ? spec : `-${name}`} in: ${line}`);
    }
    parameters.set(name, match[1]!);
    tail = tail.slice(match[0].length);
  }
  if (tail !== '') throw new Error(`unexpected "${tail}" in: ${line}`);
  return { cmdlet: cmdlet!, parameters };
}

const unquote = (literal: string) => literal.slice(1, -1).replaceAll("''", "'");

/** The commands of an option's script, parsed line by line with the grammar. */
const scriptOf = (content: string | Buffer) => {
  const lines = String(content)
    .replace(/^\uFEFF/, '')
    .split('\r\n');
  expect(lines.at(-1)).toBe('');
  return lines.slice(0, -1).flatMap((l) => parseLine(l) ?? []);
};
const commands = (option: string, cmdlet: string, from = files) =>
  scriptOf(from.find((f) => f.name === `${option}-CreateDatabases.ps1`)!.content)
    .filter((c) => c.cmdlet === cmdlet)
    .map((c) => Object.fromEntries([...c.parameters].map(([k, v]) => [k, v.startsWith("'") ? unquote(v) : v])));

/** A tier's limits as the plan derives them for a 2,048 MB quota and 14 days (worked in the quota test below). */
const limits = (tier: string, mailboxes: number): TierLimits => ({
  tier,
  mailboxes,
  issueWarningMB: 1691,
  prohibitSendMB: 1780,
  prohibitSendReceiveMB: 2048,
  deletedItemRetentionDays: 14,
});

describe('the deployable plan beside the workbook', () => {
  it('writes the calculator CSVs and the script for each DAG option, DRS rules for every option', () => {
    // The options whose mailbox servers form DAGs (data/options.csv dag = yes), the stretched DAG included.
    const dagOptions = ['dag', 'dag-ha', 'dag-srm', 'dag-lagged-dr', 'dag-site-resilient'];
    const expected = [
      ...dagOptions.flatMap((o) =>
        ['Servers.csv', 'MailboxDatabases.csv', 'MailboxDatabaseCopies.csv', 'CreateDatabases.ps1'].map(
          (f) => `${o}-${f}`,
        ),
      ),
      ...evaluated.optionIds.map((o) => `${o}-DrsRules.csv`),
    ];
    expect(files.map((f) => f.name)).toEqual(expected);
  });

  // The calculator's column names (data version 2.1), as its exports are published with ExchangeDsc's examples
  // (dsccommunity/ExchangeDsc: Examples/ConfigureDatabases-FromCalculator/CalculatorAndScripts/
  // MailboxDatabaseCopies.csv, Test/Data/MailboxDatabases v6.6.csv, .../ConfigureAutoMountPoint-FromCalculator/
  // CalculatorAndScripts/Servers.csv) and read by its Get-DBListFromMailboxDatabasesCsv.
  it('uses the calculator column names', () => {
    expect(read(file('dag-Servers.csv'))[0]).toEqual([
      'ServerName',
      'StartDrive',
      'DbPerVolume',
      'AutoReseedVolumes',
      'DbLogIsolation',
      'VolumesRootFolder',
      'DatabasesRootFolder',
      'DbMap',
    ]);
    expect(SERVERS_COLUMNS).toHaveLength(8);
    expect(read(file('dag-MailboxDatabases.csv'))[0]).toEqual([...DATABASES_COLUMNS]);
    expect(DATABASES_COLUMNS.slice(0, 4)).toEqual(['Name', 'Server', 'DBFilePath', 'LogFolderPath']);
    expect(read(file('dag-MailboxDatabaseCopies.csv'))[0]).toEqual([
      'GC',
      'GC2',
      'Name',
      'Server',
      'ActivationPreference',
      'ReplayLagTime',
      'TruncationLagTime',
    ]);
    expect(read(file('dag-DrsRules.csv'))[0]).toEqual([...DRS_COLUMNS]);
    expect(COPIES_COLUMNS).toHaveLength(7);
  });

  it('lists in the CSVs the layout the model sizes: every database, every passive copy, lagged with its lag', () => {
    const option = 'dag-lagged-dr';
    const databases = read(file(`${option}-MailboxDatabases.csv`)).slice(1);
    const copies = read(file(`${option}-MailboxDatabaseCopies.csv`)).slice(1);
    const figure = (id: string) => Number(String(evaluated.evaluation.figure(id as never, { option })));
    expect(databases).toHaveLength(figure('databases'));
    // Each database: the copies in the site less the active one, and its DR copies (one lagged, by default).
    expect(copies).toHaveLength(figure('databases') * (figure('databaseCopiesTotal') - 1));
    const lag = timeSpan(Number(String(evaluated.resolved.scenario.get('replay_lag_days'))));
    expect(copies.filter((c) => c[5] === lag)).toHaveLength(figure('databases'));
    const servers = read(file(`${option}-Servers.csv`)).slice(1);
    expect(servers).toHaveLength(figure('dags') * figure('dagMembersBothSites'));
  });

  it('writes a script whose every line is one of the cmdlet forms, names quoted', () => {
    for (const option of ['dag', 'dag-lagged-dr', 'dag-site-resilient']) {
      const commands = scriptOf(file(`${option}-CreateDatabases.ps1`));
      const lagged = commands.filter((c) => c.parameters.has('ReplayLagTime'));
      if (option === 'dag-lagged-dr') expect(lagged.length).toBeGreaterThan(0);
      else expect(lagged).toEqual([]);
      expect(
        commands.filter((c) => c.cmdlet === 'New-MailboxDatabase').map((c) => unquote(c.parameters.get('Name')!)),
      ).toEqual(
        read(file(`${option}-MailboxDatabases.csv`))
          .slice(1)
          .map((r) => r[0]),
      );
    }
  });

  it("gives the databases the limits of the tier with the most mailboxes, each other tier's per mailbox", () => {
    // Shipped tiers: Staff 16,000 mailboxes at 2,048 MB and 14 days, Executives 500 at 5,120 MB and 30 days.
    // Exchange's defaults [S72c]: warning 1.9 GB, send 2 GB, send and receive 2.3 GB, so at a quota Q (send and
    // receive): send = Q x 2,048 / 2,355.2, warning = Q x 1,945.6 / 2,355.2, rounded down to whole MB.
    // Staff: 2,048 x 2,048 / 2,355.2 = 1,780.87 -> 1,780; 2,048 x 1,945.6 / 2,355.2 = 1,691.83 -> 1,691.
    // Executives: 5,120 x 2,048 / 2,355.2 = 4,452.17 -> 4,452; 5,120 x 1,945.6 / 2,355.2 = 4,229.57 -> 4,229.
    for (const option of ['dag', 'dag-site-resilient']) {
      const set = commands(option, 'Set-MailboxDatabase');
      expect(set).toHaveLength(Number(String(evaluated.evaluation.figure('databases', { option }))));
      for (const s of set)
        expect(s).toMatchObject({
          IssueWarningQuota: '1691MB',
          ProhibitSendQuota: '1780MB',
          ProhibitSendReceiveQuota: '2048MB',
          DeletedItemRetention: '14.00:00:00',
        });
      expect(commands(option, 'Set-Mailbox')).toEqual([
        {
          Identity: '<mailbox>',
          UseDatabaseQuotaDefaults: '$false',
          IssueWarningQuota: '4229MB',
          ProhibitSendQuota: '4452MB',
          ProhibitSendReceiveQuota: '5120MB',
          UseDatabaseRetentionDefaults: '$false',
          RetainDeletedItemsFor: '30.00:00:00',
        },
      ]);
      expect(String(file(`${option}-CreateDatabases.ps1`))).toContain("# Tier 'Executives' (500 mailboxes):");
      // The CSV holds the limits the script sets.
      const [header, ...rows] = read(file(`${option}-MailboxDatabases.csv`));
      const column = (name: string) => header!.indexOf(name);
      for (const row of rows)
        expect(
          ['IssueWarningQuota', 'ProhibitSendQuota', 'ProhibitSendReceiveQuota', 'DeletedItemRetention'].map(
            (c) => row[column(c)],
          ),
        ).toEqual(['1691MB', '1780MB', '2048MB', '14.00:00:00']);
    }
  });

  it('at Exchange default limit of 2.3 GB, gives back its defaults: 2 GB to send, 1.9 GB (rounded down) to warn', async () => {
    const tiers = [{ ...withInputs({}).tiers[0]!, mailbox_quota_mb: '2355.2' }];
    const single = evaluateComparison(withInputs({}, tiers, []), reference);
    const out = await renderOutputs(single, reference, ['layout']);
    expect(commands('dag', 'Set-MailboxDatabase', out)[0]).toMatchObject({
      IssueWarningQuota: '1945MB',
      ProhibitSendQuota: '2048MB',
      ProhibitSendReceiveQuota: '2355.2MB',
    });
    expect(commands('dag', 'Set-Mailbox', out)).toEqual([]);
  });

  // [S72a] Microsoft 'Understanding Datacenter Activation Coordination Mode' (Exchange 2010 SP2/SP3): DAC mode "should
  // be enabled for all DAGs with two or more members that use continuous replication"; [S72b] Set-MailboxServer
  // -DatabaseCopyAutoActivationPolicy Blocked, Suspend-MailboxDatabaseCopy -ActivationOnly.
  it('stretched DAGs: DAC mode, no automatic activation at the DR site (active/passive), lagged copies never activated', () => {
    for (const option of ['dag-lagged-dr', 'dag-site-resilient']) {
      const servers = read(file(`${option}-Servers.csv`))
        .slice(1)
        .map((r) => r[0]!);
      const dags = [...new Set(servers.map((s) => /^MBX-(?:DR-)?(DAG\d+)-/.exec(s)![1]))];
      expect(commands(option, 'Set-DatabaseAvailabilityGroup')).toEqual(
        dags.map((Identity) => ({ Identity, DatacenterActivationMode: 'DagOnly' })),
      );
      const drServers = servers.filter((s) => s.startsWith('MBX-DR-'));
      expect(drServers.length).toBeGreaterThan(0);
      expect(commands(option, 'Set-MailboxServer')).toEqual(
        drServers.map((Identity) => ({ Identity, DatabaseCopyAutoActivationPolicy: 'Blocked' })),
      );
      const lagged = read(file(`${option}-MailboxDatabaseCopies.csv`))
        .slice(1)
        .filter((c) => c[5] !== '0.00:00:00');
      expect(commands(option, 'Suspend-MailboxDatabaseCopy')).toEqual(
        lagged.map((c) => ({ Identity: `${c[2]}\\${c[3]}`, '-ActivationOnly': '', '-Confirm:$false': '' })),
      );
      if (option === 'dag-lagged-dr') expect(lagged.length).toBeGreaterThan(0);
    }
    for (const cmdlet of ['Set-DatabaseAvailabilityGroup', 'Set-MailboxServer', 'Suspend-MailboxDatabaseCopy'])
      expect(commands('dag', cmdlet)).toEqual([]);
  });

  it('active/active: each site serves users of its own, so neither is blocked; activation stays within a site', async () => {
    const both = evaluateComparison(withInputs({ user_distribution: 'active-active' }), reference);
    const out = await renderOutputs(both, reference, ['layout']);
    expect(commands('dag-site-resilient', 'Set-DatabaseAvailabilityGroup', out).length).toBeGreaterThan(0);
    // Every member of the stretched DAG, both sites: automatic activation within its own AD site only [S72d].
    const servers = read(out.find((f) => f.name === 'dag-site-resilient-Servers.csv')!.content)
      .slice(1)
      .map((r) => r[0]);
    expect(commands('dag-site-resilient', 'Set-MailboxServer', out)).toEqual(
      servers.map((s) => ({ Identity: s, DatabaseCopyAutoActivationPolicy: 'IntrasiteOnly' })),
    );
    expect(servers.some((s) => s!.startsWith('MBX-DR-'))).toBe(true);
    // The lagged-copy option is active/passive whatever the distribution: its DR servers stay blocked.
    expect(commands('dag-lagged-dr', 'Set-MailboxServer', out).length).toBeGreaterThan(0);
  });

  it('quotes any name for PowerShell: quotes doubled, so the grammar reads the name back whole', () => {
    expect(psString("O'Brien")).toBe("'O''Brien'");
    expect(psString('a\u2019b')).toBe("'a\u2019\u2019b'");
    const layout = copyLayout({
      dags: 1,
      serversPerDag: 2,
      databasesPerDag: 2,
      copiesInSite: 2,
      failuresTolerated: 1,
      drServersPerDag: 0,
      drCopies: 0,
      laggedCopies: 0,
      replayLagDays: 0,
      mailboxesPerDatabase: 1,
    });
    const tricky = "x'; Remove-Item C:\\ -Recurse; '";
    const script = layoutScript(
      'dag',
      { ...layout, databases: layout.databases.map((d) => ({ ...d, name: tricky })) },
      {
        database: { ...limits('Staff', 16000), tier: tricky },
        mailboxOverrides: [limits(`${tricky}\nRemove-Item C:\\ -Recurse\u2028x`, 500)],
      },
    );
    for (const line of script.trimEnd().split('\r\n')) {
      const parsed = parseLine(line);
      if (parsed && parsed.cmdlet !== 'Set-Mailbox')
        expect(unquote(parsed.parameters.get('Identity') ?? parsed.parameters.get('Name')!)).toBe(tricky);
    }
    // A tier name with line breaks stays within its comment line.
    expect(script).toContain(
      `# Tier 'x''; Remove-Item C:\\ -Recurse; '' Remove-Item C:\\ -Recurse x' (500 mailboxes):`,
    );
  });

  it('keeps redundant VMs apart with a rule per group, and neutralises a name a spreadsheet would run', () => {
    const rows = read(file('dag-DrsRules.csv')).slice(1);
    const rules = new Map<string, string[]>();
    for (const [site, rule, , vm] of rows) rules.set(`${site} ${rule}`, [...(rules.get(`${site} ${rule}`) ?? []), vm!]);
    // The mailbox servers of the DAG, on as many hosts as servers.
    expect(rules.get('primary DAG1-apart')).toHaveLength(
      Number(String(evaluated.evaluation.figure('memberServers', { option: 'dag' }))),
    );
    expect(rows.some((r) => r[3] === "'=HYPERLINK('x')-1")).toBe(true);
    expect(rows.every((r) => !/^[=+\-@]/.test(r[3]!))).toBe(true);
  });

  it('writes time spans as Exchange reads them', () => {
    expect(timeSpan(7)).toBe('7.00:00:00');
    expect(timeSpan(0)).toBe('0.00:00:00');
    expect(timeSpan(1.5)).toBe('1.12:00:00');
    expect(timeSpan(14)).toBe('14.00:00:00');
  });

  it('shows the layout on the Layout sheet, as values, with the copies and active databases per server', {
    timeout: WORKBOOK_TIMEOUT,
  }, () => {
    const sheet = buildWorkbook(evaluated, reference).sheets.find((s) => s.name === 'Layout')!;
    expect(String(sheet.cells.get('A1')!.value)).toContain('not live formulas');
    expect([...sheet.cells.values()].every((c) => c.formula === undefined)).toBe(true);
    // The first block is the first DAG option's first DAG: DAG1-DB01 active (1) on MBX-DAG1-1, column C.
    expect(sheet.cells.get('A6')!.value).toBe('DAG1-DB01');
    expect(sheet.cells.get('C5')!.value).toBe('MBX-DAG1-1');
    expect(sheet.cells.get('C6')!.value).toBe(1);
    const labels = [...sheet.cells.values()].map((c) => c.value);
    expect(labels).toContain('Active at most, after any one server failure');
    expect(labels.some((v) => typeof v === 'string' && / L$/.test(v))).toBe(true); // a lagged copy
  });

  it('counts the active databases of each DAG of the Layout sheet from its own copies, DAGs alike counted once', () => {
    // DAG 1 as copyLayout lays it out: 3 servers, 3 databases, 2 copies, each server active for one and passive for
    // another, so a failed server's database moves to one survivor: at most 2 after any one failure, on each.
    // DAG 2 changed by hand: all three databases active on server 1, passive on server 2. Normal operation 3, 0, 0;
    // server 1 down: server 2 mounts all 3; server 2 or 3 down: server 1 keeps its 3. At most 3, 3, 0.
    const inputs = {
      dags: 2,
      serversPerDag: 3,
      databasesPerDag: 3,
      copiesInSite: 2,
      failuresTolerated: 1,
      drServersPerDag: 0,
      drCopies: 0,
      laggedCopies: 0,
      replayLagDays: 0,
      mailboxesPerDatabase: 100,
    };
    const laid = copyLayout(inputs);
    const onFirst = (name: string) => ({
      name,
      dag: 2,
      copies: [
        { server: 'MBX-DAG2-1', activationPreference: 1, kind: 'active' as const, replayLagDays: 0 },
        { server: 'MBX-DAG2-2', activationPreference: 2, kind: 'passive' as const, replayLagDays: 0 },
      ],
    });
    const layout = {
      servers: laid.servers,
      databases: [...laid.databases.filter((d) => d.dag === 1), ...['A', 'B', 'C'].map((n) => onFirst(`DAG2-DB-${n}`))],
    };
    const cells = layoutSheet([{ option: 'dag', inputs, layout }]).build().cells;
    const rowOf = (label: string, after = 0) =>
      [...cells].find(([address, c]) => c.value === label && Number(address.slice(1)) > after)![0].slice(1);
    const counts = (row: string) => ['C', 'D', 'E'].map((column) => cells.get(`${column}${row}`)?.value);
    const dag2 = Number(rowOf('Database', 5));
    expect(counts(rowOf('Active, normal operation'))).toEqual([1, 1, 1]);
    expect(counts(rowOf('Active at most, after any one server failure'))).toEqual([2, 2, 2]);
    expect(counts(rowOf('Active, normal operation', dag2))).toEqual([3, 0, 0]);
    expect(counts(rowOf('Active at most, after any one server failure', dag2))).toEqual([3, 3, 0]);
  });
});
