import { textElement, XML_DECLARATION } from './xml-text.js';

/** The workbook's shared string table: each distinct text once, cells refer to it by index. */
export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private uses = 0;

  indexOf(text: string): number {
    this.uses++;
    let index = this.indexes.get(text);
    if (index === undefined) this.indexes.set(text, (index = this.indexes.size));
    return index;
  }

  xml(): string {
    const items = [...this.indexes.keys()].map((text) => `<si>${textElement(text)}</si>`);
    return `${XML_DECLARATION}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${items.length}">${items.join('')}</sst>`;
  }
}
