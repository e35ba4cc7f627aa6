/**
 * The names by which comparison.xlsx is written (src/output/workbook-layout.ts) and read back
 * (src/io/read-workbook-inputs.ts): its sheets and the titles of the list blocks on its Inputs sheet.
 */
export const SHEETS = {
  summary: 'Summary',
  inputs: 'Inputs',
  sizing: 'Sizing',
  tiers: 'Tiers',
  workloads: 'Workloads',
  network: 'Network',
  licences: 'Licences',
  layout: 'Layout',
  assumptions: 'Assumptions',
} as const;
export const INPUT_LISTS = ['tier', 'workload', 'price'] as const;
export type InputList = (typeof INPUT_LISTS)[number];
/** The titles of the list blocks on the Inputs sheet, by which an edited workbook is read back. */
export const INPUT_LIST_TITLES: Readonly<Record<InputList, string>> = {
  tier: 'Mailbox tiers',
  workload: 'Other workloads to consolidate',
  price: 'Prices',
};
