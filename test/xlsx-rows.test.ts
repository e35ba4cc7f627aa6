import { closeSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from '../src/model/neutralise-cell.js';
import { openSweepSheet } from '../src/output/sweep-sheet.js';
import { openXlsxRows } from '../src/output/xlsx-package.js';
import { writeZip, ZipFileWriter } from '../src/output/zip-archive.js';
import { temporaryDirectory } from './cli.js';

const ROOT = join(import.meta.dirname, '..');

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe('the zip written into a file, an entry streamed in pieces', () => {
  it('gives the bytes writeZip gives for the same entries', async () => {
    const small = { name: 'a.txt', data: Buffer.from('hello, '.repeat(1000)) };
    const large = {
      name: 'b/c.xml',
      data: Buffer.from(Array.from({ length: 40_000 }, (_, i) => `<r n="${(i * 7919) % 10007}"/>`).join('')),
    };
    const path = join(temporaryDirectory(), 'x.zip');
    const fd = openSync(path, 'w');
    const zip = new ZipFileWriter(fd);
    zip.add(small);
    const entry = zip.openEntry(large.name);
    expect(() => zip.add(small)).toThrow(/still being written/);
    for (let at = 0; at < large.data.length; at += 7001) await entry.write(large.data.subarray(at, at + 7001));
    await entry.end();
    zip.add({ name: 'd.txt', data: Buffer.alloc(0) });
    zip.finish();
    closeSync(fd);
    expect(readFileSync(path).equals(writeZip([small, large, { name: 'd.txt', data: Buffer.alloc(0) }]))).toBe(true);
  });
});

describe('a sheet written row by row (openXlsxRows)', () => {
  it('reads back with its frozen bold header, numbers as numbers, text as written, empty cells left out', async () => {
    const path = join(temporaryDirectory(), 'rows.xlsx');
    const rows = await openXlsxRows(path, { name: 'Data', frozenRows: 1, styles: ['heading'] });
    await rows.add([{ values: ['id', 'text', 'number', 'flag'], style: 'heading' }]);
    await rows.add([{ values: [1, ' spaced & <tagged> ', -2.5, true] }, { values: [2, '', null, false] }]);
    await expect(rows.add([{ values: [3], style: 'header' }])).rejects.toThrow(/not declared/);
    await rows.close();
    const sheet = (await readBack(path)).getWorksheet('Data')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).value).toBe('id');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([1, ' spaced & <tagged> ', -2.5, true]);
    expect(sheet.getRow(3).cellCount).toBe(4);
    expect([2, 3].map((c) => sheet.getRow(3).getCell(c).value)).toEqual([null, null]);
    expect(sheet.getRow(3).getCell(4).value).toBe(false);
    expect(sheet.rowCount).toBe(3);
  });

  it('the same rows give the same bytes', async () => {
    const dir = temporaryDirectory();
    const write = async (name: string) => {
      const rows = await openXlsxRows(join(dir, name), { name: 'Data', frozenRows: 1, styles: [] });
      for (let i = 0; i < 50; i++) await rows.add([{ values: [i, `row ${i}`] }]);
      await rows.close();
      return readFileSync(join(dir, name));
    };
    expect((await write('a.xlsx')).equals(await write('b.xlsx'))).toBe(true);
  });

  it('abort leaves a file to remove and writes nothing after it', async () => {
    const dir = temporaryDirectory();
    const path = join(dir, 'half.xlsx');
    const rows = await openXlsxRows(path, { name: 'Data', frozenRows: 0, styles: [] });
    const adding = rows.add(Array.from({ length: 20_000 }, (_, i) => ({ values: [i, `text ${i}`] })));
    rows.abort();
    await adding.catch(() => undefined);
    rmSync(path);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('the sweep sheet', () => {
  it('holds the CSV text un-neutralised by the one inverse of neutraliseCell, numbers with a decimal comma as numbers', async () => {
    const path = join(temporaryDirectory(), 'sweep.xlsx');
    const sheet = await openSweepSheet(path, { delimiter: ';', decimalComma: true, bom: true });
    await sheet.add('\uFEFFscenario;name;iops_factor\r\n');
    await sheet.add(`1;${neutraliseCell('=1+1')};1,5\r\n2;${neutraliseCell('-5')};-2\r\n3;'-5;x\r\n`);
    await sheet.close();
    const rows = (await readBack(path)).getWorksheet('Sweep')!.getSheetValues().slice(1) as unknown[][];
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['scenario', 'name', 'iops_factor'],
      [1, '=1+1', 1.5],
      [2, -5, -2],
      [3, "'-5", 'x'],
    ]);
  });

  it('writes a flag column as logical cells and sizes the columns to their headers (a name "true" stays text)', async () => {
    const path = join(temporaryDirectory(), 'sweep.xlsx');
    const sheet = await openSweepSheet(path);
    await sheet.add('\uFEFFscenario,name,designValid,siteLossProtected\r\n1,true,true,false\r\n');
    await sheet.close();
    const worksheet = (await readBack(path)).getWorksheet('Sweep')!;
    expect((worksheet.getSheetValues()[2] as unknown[]).slice(1)).toEqual([1, 'true', true, false]);
    // Header length + 2, at least the workbook's narrowest column (8 characters).
    expect([1, 2, 3, 4].map((c) => worksheet.getColumn(c).width)).toEqual([10, 8, 13, 19]);
  });
});

describe('restoreCell', () => {
  it('undoes neutraliseCell for any text that does not itself start with an apostrophe', () => {
    for (const text of ['=1+1', '+1', '-2+3', '@SUM(1)', '\t=1', '\r=1', '-5', '+5.5', 'plain', '', "a'b", '=', '-'])
      expect(restoreCell(neutraliseCell(text)), JSON.stringify(text)).toBe(text);
    expect(restoreCell("'-5")).toBe("'-5");
    expect(restoreCell("'plain")).toBe("'plain");
  });
});

describe('exceljs', () => {
  /** The files a module imports statically, followed from it through src/. */
  function staticImports(entry: string): Map<string, string[]> {
    const seen = new Map<string, string[]>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      const source = readFileSync(file, 'utf8');
      const specifiers = [...source.matchAll(/^(?:import|export)\s(?:[^;']*?from\s+)?'([^']+)'/gms)]
        .filter((m) => !/^(?:import|export)\s+type\s/.test(m[0]))
        .map((m) => m[1]!);
      seen.set(file, specifiers);
      for (const s of specifiers) if (s.startsWith('.')) visit(join(dirname(file), s).replace(/\.js$/, '.ts'));
    };
    visit(join(ROOT, entry));
    return seen;
  }

  it('is only a reader, imported lazily: no library entry point or command loads it until a workbook is read', () => {
    const commands = readdirSync(join(ROOT, 'src/cli/commands')).map((f) => `src/cli/commands/${f}`);
    for (const entry of ['src/index.ts', 'src/output/workbook.ts', 'src/cli/main.ts', ...commands]) {
      const graph = staticImports(entry);
      expect(graph.size, entry).toBeGreaterThan(3);
      const importers = [...graph]
        .filter(([, specifiers]) => specifiers.some((s) => s === 'exceljs' || s.startsWith('exceljs/')))
        .map(([file]) => relative(ROOT, file));
      expect(importers, entry).toEqual([]);
    }
    expect(readFileSync(join(ROOT, 'src/io/read-workbook-inputs.ts'), 'utf8')).toContain("await import('exceljs')");
  });
});
