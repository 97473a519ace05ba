/**
 * The README's way 2 of deploying (static host + Node process) lists the paths to route to the
 * Node process. A page that renders on demand but is missing from that list would be a 404 on the
 * static host, so every on-demand page must match one of the listed paths.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/project-copy.ts';

const pagesDir = path.join(projectRoot, 'src/pages');

/** Every page file under src/pages that is rendered on demand, as its site path. */
function onDemandPaths(): string[] {
  const files = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(astro|ts)$/.test(file),
  );
  return files
    .filter((file) =>
      /export const prerender = false/.test(readFileSync(path.join(pagesDir, file), 'utf8')),
    )
    .map((file) => {
      const route = `/${file}`
        .replace(/\[[^\]]+\]/g, 'x')
        .replace(/\/index\.astro$/, '/')
        .replace(/\.astro$/, '/')
        .replace(/\.ts$/, '');
      return route;
    })
    .sort();
}

/** The paths listed under way 2 in the README, as patterns (`*` stands for one or more segments). */
function listedPatterns(): RegExp[] {
  const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  const way = /2\. \*\*Static host \+ Node process\*\*([\s\S]*?)\n3\. /.exec(readme)?.[1] ?? '';
  return [...way.matchAll(/`(\/[^`\s]*)`/g)].map(
    ([, listed]) =>
      new RegExp(
        `^${listed!
          .split('*')
          .map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
          .join('.+')}$`,
      ),
  );
}

describe('README, deploying way 2', () => {
  it('routes every on-demand page to the Node process', () => {
    const patterns = listedPatterns();
    expect(patterns.length).toBeGreaterThan(5);
    const missing = onDemandPaths().filter((route) => !patterns.some((re) => re.test(route)));
    expect(missing).toEqual([]);
  });
});
