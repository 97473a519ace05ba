/**
 * A workspace for the CMS browser test: a throw-away copy of the project, the local Decap backend
 * (decap-server, file-system mode) writing into that copy, and a way to rebuild and serve the
 * copy. The admin page itself comes from the test build (playwright.config.ts points its local
 * backend at `cmsBackendPort`); the real content/ is never touched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createSiteServer } from '../../src/server/site-server.ts';
import { createRateLimiter } from '../../src/server/rate-limit.ts';
import { buildCopy, copyProject, projectRoot } from './project-copy.ts';

export interface CmsWorkspace {
  /** The project copy; decap-server writes into its content/. */
  dir: string;
  /** Builds the copy and serves its static pages; returns the site's address. */
  rebuild(env: Record<string, string>): Promise<string>;
  stop(): Promise<void>;
}

async function waitForBackend(url: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) throw new Error(`decap-server stopped (${server.exitCode})`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`decap-server did not answer at ${url}`);
}

export async function startCmsWorkspace(port: number): Promise<CmsWorkspace> {
  const dir = copyProject('cms-e2e-');
  let log = '';
  const backend = spawn(
    process.execPath,
    [path.join(projectRoot, 'node_modules/decap-server/dist/index.js')],
    {
      cwd: dir,
      env: {
        ...process.env,
        PORT: String(port),
        BIND_HOST: '127.0.0.1',
        GIT_REPO_DIRECTORY: dir,
        MODE: 'fs',
        LOG_LEVEL: 'warn',
      },
    },
  );
  backend.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  backend.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  try {
    await waitForBackend(`http://127.0.0.1:${port}/api/v1`, backend);
  } catch (error) {
    backend.kill();
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${log}`);
  }

  let site: Server | undefined;
  const closeSite = () =>
    new Promise<void>((resolve) => {
      if (!site) return resolve();
      site.close(() => resolve());
      site.closeAllConnections();
    });

  return {
    dir,
    async rebuild(env) {
      await closeSite();
      const { status, output } = await buildCopy(dir, env);
      if (status !== 0) throw new Error(`The build of the edited copy failed:\n${output}`);
      // The pages checked are static; no on-demand route is needed.
      site = createSiteServer({
        clientDir: path.join(dir, 'dist', 'client'),
        astroHandler: async (_request, _response, next) => next(),
        trustedProxyHops: 0,
        rateLimiter: createRateLimiter({ max: 1000, windowSeconds: 60 }),
        health: async () => ({
          status: 'ok',
          store: { writable: true },
          deliveries: { pending: 0, failed: 0, unreachable: 0 },
        }),
        maxBodyBytes: 16 * 1024,
        publicOrigin: 'https://werkgevers.regioamersfoort.nl',
      });
      await new Promise<void>((resolve) => site?.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    },
    async stop() {
      await closeSite();
      backend.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
