/**
 * The story generator used by the benchmarks and the at-scale tests writes content that the
 * content check (same schemas and reference check as the build) accepts, spread over the vocabularies.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, parseContentFile } from '../../src/lib/content-check.ts';
import { generatedStoryId, writeGeneratedStories } from '../support/generated-stories.ts';

const root = mkdtempSync(path.join(tmpdir(), 'generated-stories-'));
cpSync(path.resolve(import.meta.dirname, '../../content'), path.join(root, 'content'), {
  recursive: true,
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeGeneratedStories', () => {
  it('writes valid stories that reference existing content', async () => {
    const before = readdirSync(path.join(root, 'content/stories')).length;
    await writeGeneratedStories(path.join(root, 'content'), 60);

    expect(readdirSync(path.join(root, 'content/stories'))).toHaveLength(before + 60);
    const result = checkContent(root);
    expect(result.problems).toEqual([]);

    const stories = Array.from({ length: 60 }, (_, index) =>
      parseContentFile(path.join(root, 'content/stories', `${generatedStoryId(index)}.md`)),
    ) as { employer: { sector: string }; municipality: string }[];
    expect(new Set(stories.map((story) => story.employer.sector)).size).toBeGreaterThan(5);
    expect(new Set(stories.map((story) => story.municipality)).size).toBeGreaterThan(5);

    const ambassador = parseContentFile(
      path.join(root, 'content/ambassadors/anouk-de-wit.yml'),
    ) as {
      stories: string[];
    };
    expect(ambassador.stories).toContain('lunchroom-met-wajong-talent');
    expect(ambassador.stories.some((id) => id.startsWith('gegenereerd-verhaal-'))).toBe(true);
  });
});
