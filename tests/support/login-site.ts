/**
 * The site as production runs it, for the CMS login tests: a throw-away project copy built with a
 * Git host's `PUBLIC_CMS_*` settings, served by the real server process (src/server/start.ts),
 * with its own environment (the OAuth client's id and secret).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildCopy } from './project-copy.ts';
import { startServer, type RunningServer } from './server-process.ts';

export interface LoginSite {
  /** The copy: its content/ is what the fake Git host serves as the repository. */
  dir: string;
  url: string;
  server: RunningServer;
  stop(): Promise<void>;
}

/**
 * Builds a project copy (tests/support/project-copy.ts) and serves it; the copy is removed when
 * this fails or on `stop`.
 */
export async function serveLoginSite(
  dir: string,
  buildEnv: Record<string, string>,
  serverEnv: Record<string, string> = {},
): Promise<LoginSite> {
  let server: RunningServer;
  try {
    const { status, output } = await buildCopy(dir, buildEnv);
    if (status !== 0) throw new Error(`The build of the copy failed:\n${output}`);
    server = await startServer({
      DIST_DIR: path.join(dir, 'dist'),
      DATA_DIR: path.join(dir, '.data'),
      ...serverEnv,
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    url: server.url,
    server,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
