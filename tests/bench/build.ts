/**
 * `npm run bench:build`: how long `astro build` takes with N generated stories (500 and 5,000 by
 * default), against a bare Astro blog built from the same Markdown files with the same astro
 * package. Each build runs in its own process under `/usr/bin/time -v` (for the peak memory), and
 * the two projects take turns (baseline, project, baseline, project, …) so that load from anything
 * else on the machine falls on both alike. Per count and round: a clean build (no dist, no Astro
 * cache, no share-card cache) and a second build right after it with nothing changed.
 *
 * Settings (environment): BENCH_COUNTS="500,5000", BENCH_ROUNDS=2, BENCH_KEEP=1 to keep the
 * temporary projects. Writes its section of docs/benchmarks.md.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { writeGeneratedStories } from '../support/generated-stories.ts';
import { writeSection } from './bench-support.ts';
import { copyProject, projectRoot } from '../support/project-copy.ts';

const counts = (process.env['BENCH_COUNTS'] ?? '500,5000').split(',').map(Number);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 2);
const keep = process.env['BENCH_KEEP'] === '1';

interface BuildRun {
  seconds: number;
  /** Peak resident memory of the build process, in MiB. */
  peakMiB: number;
  /** Share images drawn (new files in the share-card cache); undefined for the baseline. */
  drawn?: number;
  /** Where the project's build spent its time, from its own log; undefined for the baseline. */
  phases?: BuildPhases;
}

/** Seconds of the build's own steps that the bare blog does not have. */
interface BuildPhases {
  /** Drawing the share images the cache did not have. */
  cards: number;
  /** Pagefind's index, with the hyphenation that runs alongside it. */
  search: number;
  /** Brotli and gzip copies (src/integrations/precompress.ts). */
  compression: number;
}

/** The phases' times as the build logs them (0 for a step that logged nothing: nothing to do). */
function phasesOf(output: string): BuildPhases {
  const seconds = (pattern: RegExp, unit: 's' | 'ms') => {
    const value = Number(pattern.exec(output)?.[1] ?? 0);
    return unit === 'ms' ? value / 1000 : value;
  };
  return {
    cards: seconds(/Share images: .* in ([\d.]+) s \(CPU/, 's'),
    search: seconds(/\[pagefind-index\] Read .* \((\d+) ms\)/, 'ms'),
    compression: seconds(/\[precompress\] Compressed .* in (\d+) ms/, 'ms'),
  };
}

/**
 * A bare Astro blog: one content collection of the same Markdown files (front matter not
 * checked beyond a title, no images), a list page and one page per story. Same astro package.
 */
function writeBaseline(storiesDir: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-bare-blog-'));
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
  mkdirSync(path.join(dir, 'src/pages/blog'), { recursive: true });
  mkdirSync(path.join(dir, 'src/content'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://example.org' });\n",
  );
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  blog: defineCollection({
    loader: glob({ pattern: '*.md', base: ${JSON.stringify(storiesDir)} }),
    schema: z.object({ title: z.string(), summary: z.string() }).loose(),
  }),
};
`,
  );
  writeFileSync(
    path.join(dir, 'src/pages/index.astro'),
    `---
import { getCollection } from 'astro:content';
const posts = await getCollection('blog');
---
<html lang="nl"><head><meta charset="utf-8" /><title>Blog</title></head><body><ul>
{posts.map((post) => <li><a href={\`/blog/\${post.id}/\`}>{post.data.title}</a></li>)}
</ul></body></html>
`,
  );
  writeFileSync(
    path.join(dir, 'src/pages/blog/[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('blog')).map((post) => ({ params: { slug: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
---
<html lang="nl"><head><meta charset="utf-8" /><title>{post.data.title}</title></head>
<body><h1>{post.data.title}</h1><p>{post.data.summary}</p><Content /></body></html>
`,
  );
  return dir;
}

/** Removes what a build leaves behind, so the next build starts from nothing. */
function clean(dir: string) {
  for (const entry of ['dist', '.astro', '.cache']) {
    rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
}

function cachedCards(dir: string): number {
  const cache = path.join(dir, '.cache/share-cards');
  return existsSync(cache) ? readdirSync(cache).length : 0;
}

/** One `astro build` in its own process, timed, with its peak memory from `/usr/bin/time -v`. */
function build(dir: string, isProject: boolean): Promise<BuildRun> {
  const before = cachedCards(dir);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      '/usr/bin/time',
      ['-v', process.execPath, path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: dir,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DIST_DIR: 'dist', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      if (status !== 0) {
        reject(new Error(`build in ${dir} failed (${status}):\n${output.slice(-4000)}`));
        return;
      }
      const rssKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0);
      resolve({
        seconds,
        peakMiB: rssKiB / 1024,
        ...(isProject ? { drawn: cachedCards(dir) - before, phases: phasesOf(output) } : {}),
      });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface Row {
  count: number;
  kind: 'clean' | 'second';
  project: BuildRun[];
  baseline: BuildRun[];
}

const loadAtStart = loadavg()[0] ?? 0;

/** Writes the section for the rows measured so far (after each count, so a cut-short run still reports). */
function writeReport(rows: Row[]) {
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, Node ${process.version}`;
  const date = new Date().toISOString().slice(0, 10);
  const table = rows.map((row) => {
    const project = median(row.project.map((run) => run.seconds));
    const baseline = median(row.baseline.map((run) => run.seconds));
    const peak = (runs: BuildRun[]) => Math.max(...runs.map((run) => run.peakMiB)).toFixed(0);
    const drawn = row.project.map((run) => run.drawn).join(', ');
    const phase = (name: keyof BuildPhases) =>
      median(row.project.map((run) => run.phases?.[name] ?? 0)).toFixed(1);
    const rest =
      project -
      (['cards', 'search', 'compression'] as const).reduce(
        (sum, name) => sum + Number(phase(name)),
        0,
      );
    return `| ${row.count.toLocaleString('en')} stories, ${row.kind} build | ${project.toFixed(1)} s, ${peak(row.project)} MiB | ${baseline.toFixed(1)} s, ${peak(row.baseline)} MiB | ${(project / baseline).toFixed(2)}× | ${drawn} | ${phase('cards')} s | ${phase('search')} s | ${phase('compression')} s | ${rest.toFixed(1)} s |`;
  });
  const section = [
    '## Build (`npm run bench:build`)',
    '',
    `Measured on ${date} on ${machine}. Medians of ${rounds} interleaved rounds; peak memory is the highest of the rounds. The baseline is a bare Astro blog (one collection, a list page and a page per story) built from the same Markdown files with the same astro package. A clean build starts without dist/, .astro/ and .cache/; the second build follows it with nothing changed.`,
    '',
    `Load average (1 min) at the start and end of the run: ${loadAtStart.toFixed(1)} and ${(loadavg()[0] ?? 0).toFixed(1)}. Other work on the machine slows both sides alike (the runs take turns), but inflates the absolute times; compare ratios.`,
    '',
    "The last four columns split the project's time as its build logs it: drawing share images, the Pagefind index (with the hyphenation that runs alongside it), the brotli and gzip copies, and the rest (Astro: content, bundling, rendering the pages, the sitemap), which is what the bare blog does too. The rest is the total less the three phases as rounded to 0.1 s; with several rounds, each column is its own median.",
    '',
    '| Build | Project (time, peak memory) | Bare blog | Ratio | Share images drawn per round | Drawing cards | Search index | Compression | Rest |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...table,
    '',
  ].join('\n');

  writeSection('## Build (`npm run bench:build`)', section);
  console.info(section);
}

const rows: Row[] = [];
for (const count of counts) {
  const project = copyProject('bench-project-');
  await writeGeneratedStories(path.join(project, 'content'), count);
  const baseline = writeBaseline(path.join(project, 'content/stories'));
  const clean_: Row = { count, kind: 'clean', project: [], baseline: [] };
  const second: Row = { count, kind: 'second', project: [], baseline: [] };
  for (let round = 1; round <= rounds; round += 1) {
    clean(baseline);
    clean(project);
    // Alternate which goes first, so neither always gets the warmer (or colder) machine.
    const order =
      round % 2 ? (['baseline', 'project'] as const) : (['project', 'baseline'] as const);
    for (const row of [clean_, second]) {
      for (const which of order) {
        const run = which === 'project' ? await build(project, true) : await build(baseline, false);
        row[which].push(run);
        console.info(
          `${count} stories, round ${round}, ${row.kind} build, ${which}: ${run.seconds.toFixed(1)} s, ${run.peakMiB.toFixed(0)} MiB${run.drawn !== undefined ? `, ${run.drawn} share images drawn` : ''}${run.phases ? ` (cards ${run.phases.cards} s, search ${run.phases.search} s, compression ${run.phases.compression} s)` : ''}`,
        );
      }
    }
  }
  rows.push(clean_, second);
  writeReport(rows);
  if (!keep) {
    rmSync(project, { recursive: true, force: true });
    rmSync(baseline, { recursive: true, force: true });
  }
}
