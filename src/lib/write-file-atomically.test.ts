import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from './write-file-atomically.ts';

describe('writeFileAtomically', () => {
  it('leaves one whole file when the same file is written several times at once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atomic-write-'));
    const file = path.join(dir, 'kaart.png');
    const versions = ['a', 'b', 'c', 'd'].map((letter) => Buffer.alloc(64 * 1024, letter));

    await Promise.all(versions.map((bytes) => writeFileAtomically(file, bytes)));

    expect(readdirSync(dir)).toEqual(['kaart.png']);
    const written = readFileSync(file);
    expect(versions.some((bytes) => bytes.equals(written))).toBe(true);
  });
});
