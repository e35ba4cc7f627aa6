import type { Command } from 'commander';

/** Examples shown at the end of each command's --help, by command name ('' is the program itself). */
export const HELP_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  '': [
    'exchange-sizer init my-design',
    'exchange-sizer size --templates my-design --out my-design/out',
    'exchange-sizer recommend --require host-failure,site-loss --max-rto-minutes 120',
  ],
  init: ['exchange-sizer init my-design', 'exchange-sizer init my-design --from out/comparison.xlsx --force'],
  size: [
    'exchange-sizer size --templates my-design --out my-design/out',
    'exchange-sizer size --format csv --options dag,dag-ha --out out --force',
    'exchange-sizer size --host "Dell PowerEdge M710 (2 x Xeon X5550 2.67 GHz)" --dag-copies 2 --out m710',
    "exchange-sizer size --json | jq '.options[] | {id, valid, tco: .cost.tco}'",
  ],
  sweep: [
    'exchange-sizer sweep --vary mailboxes=1000..20000/1000 --out sweep.csv',
    'exchange-sizer sweep --vary raid_level=RAID5,RAID10 --vary tier1.messages_per_day=50..500/50 --xlsx',
  ],
  recommend: [
    'exchange-sizer recommend --require host-failure,site-loss --max-rto-minutes 120 --top 3',
    'exchange-sizer recommend --require database-corruption --hosts my-hosts.csv --templates my-design',
  ],
  validate: ['exchange-sizer validate --templates my-design', 'exchange-sizer validate --prices my-prices.csv'],
  options: ['exchange-sizer options', 'exchange-sizer options | grep dag'],
  explain: [
    'exchange-sizer explain megacyclesPerCore',
    'exchange-sizer explain tco --option dag-srm --templates my-design',
  ],
  figures: ['exchange-sizer figures', 'exchange-sizer figures | grep -i storage'],
};

/** Adds the examples of the program and of each of its commands to their --help. */
export function addHelpExamples(program: Command): void {
  for (const command of [program, ...program.commands]) {
    const examples = HELP_EXAMPLES[command === program ? '' : command.name()];
    if (examples) command.addHelpText('after', `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}`);
  }
}
