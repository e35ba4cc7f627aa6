import type { Figure } from '../expr/figure.js';

/** The Excel number format of a figure's cells, by its kind. */
export function numberFormat(figure: Pick<Figure, 'kind'>): string | undefined {
  switch (figure.kind) {
    case 'count':
      return '#,##0';
    case 'money':
      return '#,##0.00';
    case 'share':
      return '0.0%';
    case 'quantity':
      return '#,##0.00##';
    case 'flag':
      // Excel shows a boolean as TRUE or FALSE whatever the format; LibreOffice, which shows it as 1 or 0, reads yes or no.
      return '"yes";"yes";"no"';
    default:
      return undefined;
  }
}
