/** Excel's rules for a sheet name, as the text of an expectation. */
export const SHEET_NAME_RULE =
  'a name Excel takes for a sheet: 1 to 31 characters, none of : \\ / ? * [ ], no apostrophe at either end';

/** Whether Excel takes a text as a sheet name (uniqueness, ignoring case, is the workbook's to check). */
export function isExcelSheetName(name: string): boolean {
  return (
    name.length >= 1 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'")
  );
}

/** Whether Excel takes a text as a defined name: a letter, _ or \ first, then letters, digits, _ . \; at most 255 characters. */
export function isExcelDefinedName(name: string): boolean {
  return name.length <= 255 && /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name);
}
