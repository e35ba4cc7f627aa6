import { describe, expect, it } from 'vitest';
import {
  add,
  div,
  ifThen,
  input,
  lookup,
  max,
  mul,
  num,
  pick,
  ref,
  roundUp,
  sub,
  tierInput,
} from '../src/expr/expression.js';
import { type FormulaAddresses, renderFormula } from '../src/expr/render-formula.js';
import type { FigureId } from '../src/model/figure-ids.js';
import { mailboxRoleModel } from '../src/sizing/mailbox-role-model.js';

/** Addresses as defined names, the way the workbook names its inputs and reference columns. */
const names: FormulaAddresses = {
  input: (name) => `in_${name}`,
  itemInput: (list, name, at) => `${list}!${name}${(at.item ?? 0) + 2}`,
  optionInput: (name) => `opt_${name}`,
  constant: (name) => `k_${name}`,
  tableColumn: (table, column) => `${table.replaceAll('-', '_')}.${column}`,
  figure: (id) => id,
  figureColumn: (id) => `${id}_rows`,
  rowKey: (at) => `$A${(at.row ?? 0) + 2}`,
  rowField: (column) => column,
};
const formulaOf = (id: FigureId, at = {}) => renderFormula(mailboxRoleModel.figures.get(id)!.expr, names, at);

describe('rendering a figure as an Excel formula', () => {
  it('whitespace per mailbox [S3]', () => {
    expect(formulaOf('whitespaceMB', { item: 0 })).toBe('tier!messages_per_day2*tier!average_message_kb2/k_kb_per_mb');
  });
  it('adjusted megacycles per core [S11]', () => {
    expect(formulaOf('megacyclesPerCore')).toBe(
      'specintRatePerCore*k_baseline_megacycles_per_core/k_baseline_specint_rate2006_per_core',
    );
  });
  it('largest JBOD database [S3]: the free-space and content-index terms keep their parentheses', () => {
    expect(formulaOf('jbodMaxDatabaseSizeGB')).toBe(
      'INDEX(disk_catalog.formatted_capacity_gb,MATCH(in_database_disk,disk_catalog.disk,0))*(1-in_lun_free_space_pct/100)/(1+in_content_index_pct/100)',
    );
  });
  it('the RAM row whose cache covers the need: the smallest key at or above it', () => {
    expect(formulaOf('ramForCacheGB', { option: 'dag' })).toBe(
      'INDEX(server_ram_database_cache.server_ram_gb,SUMPRODUCT(--(server_ram_database_cache.database_cache_mailbox_only_gb<databaseCacheRequiredGB))+1)',
    );
  });
  it('the profile interpolates linearly between rows of messages per day', () => {
    const m = 'tier!messages_per_day2';
    const row = `MATCH(${m},mailbox_profiles.messages_per_day,1)`;
    expect(formulaOf('databaseCachePerMailboxMB', { item: 0 })).toBe(
      `IF(${m}=INDEX(mailbox_profiles.messages_per_day,${row}),INDEX(mailbox_profiles.database_cache_per_mailbox_mb,${row}),` +
        `INDEX(mailbox_profiles.database_cache_per_mailbox_mb,${row})+(${m}-INDEX(mailbox_profiles.messages_per_day,${row}))*` +
        `(INDEX(mailbox_profiles.database_cache_per_mailbox_mb,${row}+1)-INDEX(mailbox_profiles.database_cache_per_mailbox_mb,${row}))/` +
        `(INDEX(mailbox_profiles.messages_per_day,${row}+1)-INDEX(mailbox_profiles.messages_per_day,${row})))`,
    );
  });
  it('the chosen candidate row is picked with INDEX/MATCH over the candidate columns', () => {
    expect(formulaOf('dags', { option: 'dag' })).toBe(
      'MAX(1,INDEX(candidateDags_rows,MATCH(memberServers,candidateServers_rows,0)))',
    );
  });
  it('precedence: a-(b-c), (a+b)*c, a/(b*c), exact and floor look-ups, IF and ROUNDUP', () => {
    const at = {};
    expect(renderFormula(sub(input('a'), sub(input('b'), input('c'))), names, at)).toBe('in_a-(in_b-in_c)');
    expect(renderFormula(mul(add(input('a'), input('b')), input('c')), names, at)).toBe('(in_a+in_b)*in_c');
    expect(renderFormula(div(input('a'), mul(input('b'), input('c'))), names, at)).toBe('in_a/(in_b*in_c)');
    expect(renderFormula(lookup('t', 'k', 'v', tierInput('x'), 'exact'), names, { item: 1 })).toBe(
      'INDEX(t.v,MATCH(tier!x3,t.k,0))',
    );
    expect(renderFormula(lookup('t', 'k', 'v', num(2), 'floor'), names, at)).toBe('INDEX(t.v,MATCH(2,t.k,1))');
    expect(renderFormula(ifThen(ref('ok'), roundUp(input('a')), max(0, input('b'))), names, at)).toBe(
      'IF(ok,ROUNDUP(in_a,0),MAX(0,in_b))',
    );
    expect(renderFormula(pick('x', 'y', 3), names, at)).toBe('INDEX(x_rows,MATCH(3,y_rows,0))');
  });
});

describe('formula templates (issue 16)', () => {
  it('give the text renderFormula gives, for every figure of the workbook at every position it takes', async () => {
    const { OPTION_SECTIONS, optionsModel } = await import('../src/options/options-model.js');
    const { WorkbookLayout } = await import('../src/output/workbook-layout.js');
    const { formulaTemplate } = await import('../src/expr/render-formula.js');
    const { reference } = await import('./reference.js');
    const options = reference.tables.get('options')!.rows.map((r) => String(r.id));
    const layout = new WorkbookLayout(
      optionsModel,
      reference,
      options,
      { tier: 3, workload: 2, price: 4 },
      OPTION_SECTIONS,
    );
    let compared = 0;
    for (const figure of optionsModel.figures.values()) {
      const template = formulaTemplate(figure.expr, layout);
      const positions =
        figure.scope === 'tier' || figure.scope === 'workload'
          ? [0, 1, 2].map((item) => ({ item }))
          : figure.scope === 'scenario'
            ? [{}]
            : options.flatMap((option) =>
                figure.scope === 'option'
                  ? [{ option }]
                  : [0, 1, 5].map((row) => ({ option, row, rowSet: figure.scope.slice('rows:'.length) })),
              );
      for (const at of positions) {
        expect(template(at)).toBe(renderFormula(figure.expr, layout, at));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
