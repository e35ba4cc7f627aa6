import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type FileSystem,
  OutputExistsError,
  type ParallelFileSystem,
  writeFilesAtomically,
  writeFilesInParallel,
} from '../src/io/write-files-atomically.js';
import { temporaryDirectory } from './cli.js';

const earlier = {
  'comparison.xlsx': Buffer.from([1, 2, 3]),
  'summary.csv': 'old summary\r\n',
  'details.csv': 'old details\r\n',
};
const next = [
  { name: 'comparison.xlsx', content: Buffer.from([9, 9]) },
  { name: 'summary.csv', content: 'new summary\r\n' },
  { name: 'details.csv', content: 'new details\r\n' },
  { name: 'comparison.json', content: '{}\n' },
];

function folderWithEarlierOutputs(): string {
  const dir = temporaryDirectory('sizer-out-');
  for (const [name, content] of Object.entries(earlier)) fs.writeFileSync(join(dir, name), content);
  return dir;
}

function expectEarlierOutputsIntact(dir: string): void {
  expect(fs.readdirSync(dir).sort()).toEqual(Object.keys(earlier).sort());
  for (const [name, content] of Object.entries(earlier))
    expect(fs.readFileSync(join(dir, name))).toEqual(Buffer.from(content));
}

/** The real file system, failing on the n-th call of one operation. */
function failingOn(operation: 'writeFileSync' | 'renameSync', n: number): FileSystem {
  let calls = 0;
  return {
    ...fs,
    [operation]: (...args: unknown[]) => {
      if (++calls === n) throw new Error(`disk full (simulated, ${operation} #${n})`);
      // biome-ignore lint/performance/noDynamicNamespaceImportAccess: wraps whichever operation the test names
      return (fs[operation] as (...a: unknown[]) => unknown)(...args);
    },
  } as FileSystem;
}

describe('outputs are written atomically and never replaced without --force', () => {
  it('refuses to replace existing outputs without force, touching nothing', () => {
    const dir = folderWithEarlierOutputs();
    expect(() => writeFilesAtomically(dir, next, false)).toThrow(OutputExistsError);
    expectEarlierOutputsIntact(dir);
  });

  for (const [operation, n] of [
    ['writeFileSync', 1],
    ['writeFileSync', 3],
    // The journal's rename, then the outputs' (after the journal: put back from the hard-linked copies).
    ['renameSync', 1],
    ['renameSync', 2],
    ['renameSync', 5],
  ] as const) {
    it(`a failure half-way (${operation} #${n}) leaves every earlier output intact and no temporary file`, () => {
      const dir = folderWithEarlierOutputs();
      expect(() => writeFilesAtomically(dir, next, true, failingOn(operation, n))).toThrow(/simulated/);
      expectEarlierOutputsIntact(dir);
    });
  }

  it('with force, replaces every output and leaves nothing else behind', () => {
    const dir = folderWithEarlierOutputs();
    writeFilesAtomically(dir, next, true);
    expect(fs.readdirSync(dir).sort()).toEqual(next.map((f) => f.name).sort());
    expect(fs.readFileSync(join(dir, 'summary.csv'), 'utf8')).toBe('new summary\r\n');
  });

  describe('written in parallel (the size command: issue 16)', () => {
    /** The real file system, the n-th temporary file failing as it is written. */
    const failingWrite = (n: number): ParallelFileSystem => {
      let calls = 0;
      return {
        ...fs,
        promises: {
          open: async (...args: Parameters<typeof fs.promises.open>) => {
            const handle = await fs.promises.open(...args);
            if (++calls !== n) return handle;
            return Object.assign(Object.create(handle) as typeof handle, {
              writeFile: async () => {
                await handle.writeFile('half');
                throw new Error(`disk full (simulated, write #${n})`);
              },
              sync: () => handle.sync(),
              close: () => handle.close(),
            });
          },
        },
      } as ParallelFileSystem;
    };

    it('refuses to replace existing outputs without force, touching nothing', async () => {
      const dir = folderWithEarlierOutputs();
      await expect(writeFilesInParallel(dir, next, false)).rejects.toThrow(OutputExistsError);
      expectEarlierOutputsIntact(dir);
    });

    for (const n of [1, 3])
      it(`a failed write (#${n}) leaves every earlier output intact and no temporary file`, async () => {
        const dir = folderWithEarlierOutputs();
        await expect(writeFilesInParallel(dir, next, true, failingWrite(n))).rejects.toThrow(/simulated/);
        expectEarlierOutputsIntact(dir);
      });

    it('a failure putting them in place (renameSync #2) puts every earlier output back', async () => {
      const dir = folderWithEarlierOutputs();
      await expect(
        writeFilesInParallel(dir, next, true, { ...failingOn('renameSync', 2), promises: fs.promises }),
      ).rejects.toThrow(/simulated/);
      expectEarlierOutputsIntact(dir);
    });

    it('with force, the same files as writeFilesAtomically, nothing else behind', async () => {
      const dir = folderWithEarlierOutputs();
      expect(await writeFilesInParallel(dir, next, true)).toEqual(next.map((f) => join(dir, f.name)));
      expect(fs.readdirSync(dir).sort()).toEqual(next.map((f) => f.name).sort());
      for (const file of next) expect(fs.readFileSync(join(dir, file.name))).toEqual(Buffer.from(file.content));
    });
  });
});
