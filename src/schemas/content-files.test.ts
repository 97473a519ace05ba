import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { findDanglingReferences } from '../lib/content-integrity.ts';
import {
  listContentFiles,
  loadAllEntries,
  validateFile,
} from '../../tests/support/content-files.ts';

describe('the content in content/', () => {
  const files = listContentFiles();

  it.each(files.map((entry) => [`${entry.collection}/${entry.id}`, entry] as const))(
    '%s matches its schema',
    (_name, { collection, file }) => {
      const result = validateFile(collection, file);
      expect(result.success ? '' : z.prettifyError(result.error)).toBe('');
    },
  );

  it('has no reference to an entry that does not exist', () => {
    expect(findDanglingReferences(loadAllEntries())).toEqual([]);
  });
});
