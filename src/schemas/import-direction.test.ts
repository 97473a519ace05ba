/**
 * The schemas are the bottom layer: src/lib builds on them (the types of content, the vocabulary,
 * the date values), and they import nothing from src/lib, so the two never import each other.
 * Tests are left out: a schema's test may use src/lib to check content with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const schemasDir = import.meta.dirname;
const libDir = path.resolve(schemasDir, '../lib');

/** The relative imports of a file, resolved to absolute paths. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) =>
    path.resolve(path.dirname(file), match[1] ?? ''),
  );
}

describe('the schemas', () => {
  it('import nothing from src/lib', () => {
    const files = readdirSync(schemasDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
      .map((name) => path.join(schemasDir, name));
    expect(files.length).toBeGreaterThan(5);
    const upward = files.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith(libDir + path.sep))
        .map(
          (target) => `${path.relative(schemasDir, file)} → ${path.relative(schemasDir, target)}`,
        ),
    );
    expect(upward).toEqual([]);
  });
});
