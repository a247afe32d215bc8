// Reading a listed record file: one read when it is as listed, and its true bytes when it grew or shrank
// between the listing and the read (fsSource trusts no size it was told).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fsSource } from '../../src/load/load.js';

const dir = mkdtempSync(join(tmpdir(), 'ks-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fsSource.read of a listed file', () => {
  it('gives the file as it is, whatever size the listing saw', () => {
    const abs = join(dir, 'a.yaml');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.nat(4000), (bytes, listed) => {
        writeFileSync(abs, bytes);
        const got = fsSource(dir).read({ rel: 'data/a.yaml', abs, size: listed });
        expect(got).toBeInstanceOf(Uint8Array);
        expect(Buffer.from(got as Uint8Array).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('listed without its size (no cache): gives the file as it is, and refuses a FIFO, a folder or an over-large file put in its place, without waiting', () => {
    const abs = join(dir, 'b.yaml');
    const source = fsSource(dir, false);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        writeFileSync(abs, bytes);
        const got = source.read({ rel: 'data/b.yaml', abs });
        expect(got).toBeInstanceOf(Uint8Array);
        expect(Buffer.from(got as Uint8Array).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 100 },
    );
    rmSync(abs);
    spawnSync('mkfifo', [abs]);
    expect(source.read({ rel: 'data/b.yaml', abs })).toMatchObject([{ code: 'file-not-regular', params: { what: 'fifo' } }]);
    rmSync(abs);
    mkdirSync(abs);
    expect(source.read({ rel: 'data/b.yaml', abs })).toMatchObject([{ code: 'file-not-regular', params: { what: 'folder' } }]);
    rmSync(abs, { recursive: true });
    writeFileSync(abs, Buffer.alloc(1024 * 1024 + 1, 32));
    expect(source.read({ rel: 'data/b.yaml', abs })).toMatchObject([{ code: 'file-too-large' }]);
  });
});
