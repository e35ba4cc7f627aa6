// Tab, line feed and carriage return as references: an XML reader turns them into spaces in an attribute.
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Text as XML character data or an attribute value: escaped, with characters XML cannot hold dropped. */
export function xmlText(text: string): string {
  // Most texts (formulas, labels) need neither: tested once, no copy made (issue 16).
  if (!NEEDS_WORK.test(text)) return text;
  // One pass: a character XML cannot hold goes, a special one becomes its reference (ENTITY has no entry for the first).
  return text.replace(EITHER, (c) => ENTITY[c] ?? '');
}
/**
 * Characters XML 1.0 cannot carry at all (control characters other than tab, line feed and carriage return), and
 * those written as references.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are what it finds
const NEEDS_WORK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF&<>"\t\n\r]/;
const EITHER = new RegExp(NEEDS_WORK.source, 'g');

/**
 * Text of a cell: as xmlText, and a literal `_x0041_` kept literal (SpreadsheetML reads `_xHHHH_` in
 * cell text as the character HHHH, so its underscore is itself written as `_x005F_`).
 */
export function cellText(text: string): string {
  return xmlText(text.includes('_') ? text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_') : text);
}

/** A cell's text as a `<t>` element, its leading or trailing spaces kept. */
export function textElement(text: string): string {
  return `<t${/^\s|\s$/.test(text) ? ' xml:space="preserve"' : ''}>${cellText(text)}</t>`;
}

/** An XML declaration and one root element: every part of the package starts this way. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
