import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether LibreOffice (Debian `libreoffice-calc-nogui`) is installed here. */
export function hasLibreOffice(): boolean {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
}

// A fresh profile that recalculates every formula of an xlsx on load: LibreOffice keeps cached values otherwise.
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Opens a workbook in headless LibreOffice, which recalculates it fully, and converts it (xlsx, pdf...). */
export function convertWithLibreOffice(bytes: Buffer, format: string, extension: string = format): Buffer {
  const work = mkdtempSync(join(tmpdir(), 'sizer-lo-'));
  try {
    mkdirSync(join(work, 'profile', 'user'), { recursive: true });
    writeFileSync(join(work, 'profile', 'user', 'registrymodifications.xcu'), RECALCULATE_ON_LOAD);
    writeFileSync(join(work, 'comparison.xlsx'), bytes);
    const run = spawnSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--convert-to',
        format,
        '--outdir',
        join(work, 'out'),
        join(work, 'comparison.xlsx'),
      ],
      {
        encoding: 'utf8',
        timeout: 180_000,
      },
    );
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
    return readFileSync(join(work, 'out', `comparison.${extension}`));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Whether poppler's pdftoppm is installed here (Debian `poppler-utils`). */
export function hasPdftoppm(): boolean {
  return spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' }).status === 0;
}

/** One page of a PDF (from 1) as RGB pixels, through pdftoppm's binary PPM (a header, then 3 bytes a pixel). */
export function pagePixels(pdf: Buffer, page: number): { width: number; height: number; rgb: Buffer } {
  const run = spawnSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '60', '-singlefile', '-'], {
    input: pdf,
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr.toString()}`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(run.stdout.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a binary PPM');
  return { width: Number(header[1]), height: Number(header[2]), rgb: run.stdout.subarray(header[0].length) };
}

/** How many pixels are within a small distance of a colour given as `RRGGBB`. */
export function pixelsOfColour(page: { rgb: Buffer }, colour: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
  let count = 0;
  for (let i = 0; i + 2 < page.rgb.length; i += 3) {
    if (Math.abs(page.rgb[i]! - r) + Math.abs(page.rgb[i + 1]! - g) + Math.abs(page.rgb[i + 2]! - b) < 24) count++;
  }
  return count;
}
