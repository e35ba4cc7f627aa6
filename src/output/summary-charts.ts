import { SUMMARY_ROWS } from '../options/summary-rows.js';
import { type ChartModel, columnLetter } from './sheet-model.js';

/** A native chart of the Summary sheet: bars over rows of the summary, one series per row. */
export interface SummaryChart {
  readonly title: string;
  readonly stacked: boolean;
  /** Figure ids (summary.csv columns) of the rows plotted, one series each. */
  readonly series: readonly string[];
  readonly numberFormat: string;
}

/** The charts on the Summary sheet, built on its cells so they follow the inputs. */
export const SUMMARY_CHARTS: readonly SummaryChart[] = [
  { title: 'TCO per mailbox by option', stacked: false, series: ['costPerMailbox'], numberFormat: '#,##0' },
  {
    title: 'Capital cost by category',
    stacked: true,
    series: ['hostCost', 'storageCost', 'licenceCost'],
    numberFormat: '#,##0',
  },
  { title: 'Hosts per site', stacked: false, series: ['primaryHosts', 'drHosts'], numberFormat: '0' },
];

/** Summary layout shared with build-workbook: option names in row 4 from column C, figures from row 5. */
export const SUMMARY_HEADER_ROW = 4;
/** Option ids above the names: short labels for the charts' categories. */
export const SUMMARY_ID_ROW = 3;
export const SUMMARY_FIRST_COLUMN = 3;
export function summaryRowOf(key: string): number {
  const index = SUMMARY_ROWS.findIndex((r) => r.key === key);
  if (index < 0) throw new Error(`no summary row ${key}: see src/options/summary-rows.ts`);
  return SUMMARY_HEADER_ROW + 1 + index;
}
/** Rows one chart takes, and the gap under it. */
const CHART_ROWS = 18;
/** The first row (from 0, as the drawing counts) of the charts: two rows under the summary table. */
const CHARTS_FIRST_ROW = SUMMARY_HEADER_ROW + SUMMARY_ROWS.length + 2;
/** How the Summary prints: the table on its own page, the charts from the next one. */
export const SUMMARY_PRINT = {
  breakBeforeRow: CHARTS_FIRST_ROW + 1,
  lastRow: CHARTS_FIRST_ROW + SUMMARY_CHARTS.length * (CHART_ROWS + 1),
} as const;

/** The Summary's charts as the workbook model declares them: bars over its rows, one under the other below the table. */
export function summaryCharts(options: number): ChartModel[] {
  const across = (row: number) =>
    `${columnLetter(SUMMARY_FIRST_COLUMN)}${row}:${columnLetter(SUMMARY_FIRST_COLUMN + options - 1)}${row}`;
  return SUMMARY_CHARTS.map((chart, i) => {
    const fromRow = CHARTS_FIRST_ROW + i * (CHART_ROWS + 1);
    return {
      title: chart.title,
      stacked: chart.stacked,
      numberFormat: chart.numberFormat,
      categories: across(SUMMARY_ID_ROW),
      series: chart.series.map((key) => ({ name: `A${summaryRowOf(key)}`, values: across(summaryRowOf(key)) })),
      anchor: { fromRow, toRow: fromRow + CHART_ROWS, fromColumn: 0, toColumn: 6 },
    };
  });
}
