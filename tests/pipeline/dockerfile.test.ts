/**
 * The Dockerfile, read the way a reviewer would (no Docker engine runs where the tests run):
 * the final image runs `npm start`'s command as a non-root user, keeps the signup store on a
 * volume, checks /healthz, and contains everything that command loads at run time.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dockerStages,
  packageScripts,
  readText,
  root,
  type DockerInstruction,
} from './ci-files.ts';

const stages = dockerStages(readText('Dockerfile'));
const final = stages.at(-1) ?? [];
const args = (keyword: string, stage: DockerInstruction[] = final) =>
  stage.filter((instruction) => instruction.keyword === keyword).map(({ args }) => args);

/** `ENV A=1 B=2` lines of a stage as one record. */
function envOf(stage: DockerInstruction[]): Record<string, string> {
  return Object.fromEntries(
    args('ENV', stage).flatMap((line) =>
      [...line.matchAll(/(\w+)=(\S+)/g)].map((match) => [match[1] ?? '', match[2] ?? ''] as const),
    ),
  );
}

/** The JSON array of an exec-form instruction (`CMD ["node", "x"]`). */
function execForm(line: string): string[] {
  return JSON.parse(line.replace(/^CMD\s+/, '')) as string[];
}

describe('the Dockerfile', () => {
  it('builds in earlier stages: npm ci, the content check and the build', () => {
    expect(stages.length).toBeGreaterThan(1);
    const runs = stages.slice(0, -1).flatMap((stage) => args('RUN', stage));
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm run content:check && npm run build');
  });

  it('runs the final image as a user that is not root', () => {
    const users = args('USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
  });

  it('keeps the signup store on the volume /data and listens on all addresses', () => {
    expect(args('VOLUME')).toContain('/data');
    expect(envOf(final)).toMatchObject({ DATA_DIR: '/data', HOST: '0.0.0.0' });
  });

  it('starts the same command as npm start, in exec form so node gets SIGTERM', () => {
    const cmd = args('CMD');
    expect(cmd).toHaveLength(1);
    expect(execForm(cmd[0] ?? '')).toEqual(packageScripts()['start']?.split(' '));
  });

  it('uses the same Node major version as the project', () => {
    const image = /NODE_IMAGE=node:(\d+)/.exec(readText('Dockerfile'))?.[1];
    const pkg = JSON.parse(readText('package.json')) as { dependencies: Record<string, string> };
    expect(image).toBe(/\d+/.exec(pkg.dependencies['node'] ?? '')?.[0]);
  });

  it('copies what npm start loads: package.json (ES modules), src/ and dist/', () => {
    const copied = args('COPY').map((line) => line.split(' ').at(-1));
    expect(copied).toEqual(
      expect.arrayContaining(['./node_modules', './package.json', './src', './dist']),
    );
  });

  it('needs no devDependency at run time (the image installs with --omit=dev)', () => {
    const pkg = JSON.parse(readText('package.json')) as { dependencies: Record<string, string> };
    const start = packageScripts()['start']?.split(' ')[1] ?? '';
    const packages = runtimePackages(path.join(root, start));
    expect(packages.size).toBeGreaterThan(0);
    expect([...packages].filter((name) => !(name in pkg.dependencies))).toEqual([]);
  });

  it('has a health check on /healthz that fails on a 503', async () => {
    const healthcheck = args('HEALTHCHECK')[0] ?? '';
    expect(healthcheck).toContain('/healthz');
    const command = execForm(healthcheck.replace(/^.*?CMD\s+/, 'CMD '));
    expect(command.slice(0, 2)).toEqual(['node', '-e']);
    expect(await exitCodeAgainst(200, command[2] ?? '')).toBe(0);
    expect(await exitCodeAgainst(503, command[2] ?? '')).toBe(1);
  });
});

describe('.dockerignore', () => {
  it('keeps host dependencies, builds, signup data and secrets out of the image', () => {
    const ignored = readText('.dockerignore')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(
      expect.arrayContaining(['node_modules', 'dist', 'data', '.env', '.git']),
    );
  });
});

/** The npm packages that a module and the local modules it imports load (type imports aside). */
function runtimePackages(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)(?!\s+type\s)[^'";]*?from\s+'([^']+)'/gm),
    ...source.matchAll(/^\s*import\s+'([^']+)'/gm),
    ...source.matchAll(/import\(\s*'([^']+)'\s*\)/g),
  ].map((match) => match[1] ?? '');
  for (const specifier of specifiers) {
    if (specifier.startsWith('.')) {
      const nested = runtimePackages(path.resolve(path.dirname(file), specifier), seen);
      for (const name of nested) packages.add(name);
    } else if (!specifier.startsWith('node:')) {
      const parts = specifier.split('/');
      packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? ''));
    }
  }
  return packages;
}

/** Runs the health check's script against a server that answers `status` on /healthz. */
async function exitCodeAgainst(status: number, script: string): Promise<number | null> {
  const server = createServer((req, res) => {
    res.writeHead(req.url === '/healthz' ? status : 404).end('{}');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const { port } = server.address() as AddressInfo;
    const child = spawn(process.execPath, ['-e', script], {
      env: { ...process.env, PORT: String(port) },
      stdio: 'ignore',
    });
    const [code] = (await once(child, 'exit')) as [number | null];
    return code;
  } finally {
    server.close();
  }
}
