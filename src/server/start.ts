/**
 * `npm start`: builds the site when there is no build yet, then serves it from one Node process
 * (or SITE_PROCESSES of them, src/server/site-processes.ts) with the embedded default
 * configuration (see README for the environment variables). The signup store and the delivery
 * worker start with the server, so pending deliveries resume.
 */
import { spawnSync } from 'node:child_process';
import cluster from 'node:cluster';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLOCK_ORIGIN_VARIABLE, clockFromEnv } from '../lib/clock.ts';
import { ConfigError, siteConfig, type SiteConfig } from '../lib/config.ts';
import { ON_DEMAND_CONTENT_FILE, parseOnDemandContent } from '../lib/on-demand-content.ts';
import { storeLocation } from '../lib/registrations/open-store.ts';
import { createSignupRuntime, prepareSignupStore } from '../lib/registrations/runtime.ts';
import { canReach, signupConfigFrom } from '../lib/registrations/config.ts';
import { healthReport } from './health.ts';
import { gracefulStop } from './graceful-stop.ts';
import { createRateLimiter } from './rate-limit.ts';
import { createSiteServer, type AstroHandler } from './site-server.ts';
import { askingRateLimiter, startSiteProcesses, type Channel } from './site-processes.ts';

/** The configuration, checked before anything else: a wrong variable stops the start at once. */
function configOrExit(): SiteConfig {
  try {
    return siteConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${error.message}\nSee README, Configuration. The site did not start.`);
    process.exit(1);
  }
}

const config = configOrExit();
// Only the serving processes of SITE_PROCESSES get a clock origin, from their first process: one
// that came along from elsewhere would set this process's clock by someone else's start.
if (cluster.isPrimary) delete process.env[CLOCK_ORIGIN_VARIABLE];
const root = path.resolve(import.meta.dirname, '../..');
const distDir = path.resolve(root, config.DIST_DIR);
const entry = path.join(distDir, 'server', 'entry.mjs');
const signupConfig = signupConfigFrom(config);
const host = config.HOST;
const port = config.PORT;

// Built once, by the first process; with SITE_PROCESSES the others start from the same script.
if (cluster.isPrimary && (!existsSync(entry) || process.argv.includes('--build'))) {
  console.info('Building the site first (this takes up to a minute)...');
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const build = spawnSync(process.execPath, [astro, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** A database that is down or refuses the login: say which store, never the password. */
function storeFailed(error: unknown): never {
  console.error(
    `The signup store could not be opened (${storeLocation(signupConfig)}): ${error instanceof Error ? error.message : String(error)}`,
  );
  console.error('The site did not start.');
  process.exit(1);
}

/** What the log says once the site serves, by the one process or the first of several. */
function announce(processes: number) {
  const address = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`;
  console.info(`The site runs at ${address}${processes > 1 ? ` (${processes} processes)` : ''}`);
  console.info(`Signups are stored in ${storeLocation(signupConfig)}`);
  if (Object.keys(config.DELIVERY).length === 0) {
    console.warn(
      'No delivery channel is configured: signups and plans are stored but reach no WSP. Set DELIVERY_<ID>_WEBHOOK_URL, _EMAIL or _EXPORT_TOKEN (README, Configuration).',
    );
  }
}

const processes = config.SITE_PROCESSES;
if (cluster.isPrimary && processes > 1) {
  // The first of several processes serves nothing itself (src/server/site-processes.ts).
  await prepareSignupStore(signupConfig).catch(storeFailed);
  const siteProcesses = startSiteProcesses(processes, createRateLimiter(signupConfig.rateLimit), {
    ready: () => announce(processes),
    failed: (reason) => {
      console.error(`${reason} The site did not start.`);
      void siteProcesses.stop().then(() => process.exit(1));
    },
  });
  let stopping = false;
  const stopAll = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.info(`${signal}: stopping the ${processes} site processes.`);
    void siteProcesses.stop().then((code) => process.exit(code));
  };
  process.on('SIGTERM', () => stopAll('SIGTERM'));
  process.on('SIGINT', () => stopAll('SIGINT'));
} else {
  await serve();
}

/** Serves the site from this process: the only one, or one of several (SITE_PROCESSES). */
async function serve() {
  // The one signup pipeline of this process, handed to the routes on every request as
  // `Astro.locals.signups` (the routes run a bundled copy of the code, so they cannot import it).
  const runtime = await createSignupRuntime(signupConfig, clockFromEnv(config), {
    // With several processes the first one let go of the claims before any of them started.
    releaseClaims: cluster.isPrimary,
  }).catch(storeFailed);
  // The content the on-demand routes read (events, rules, service points), written by the build:
  // read once here, so that no request loads Astro's whole content store.
  const contentFile = path.join(distDir, 'server', ON_DEMAND_CONTENT_FILE);
  const content = existsSync(contentFile)
    ? parseOnDemandContent(readFileSync(contentFile, 'utf8'))
    : undefined;
  const { handler } = (await import(pathToFileURL(entry).href)) as { handler: AstroHandler };
  const server = createSiteServer({
    clientDir: path.join(distDir, 'client'),
    astroHandler: handler,
    trustedProxyHops: config.TRUST_PROXY,
    // One limiter for all processes: with several, they ask the first one.
    rateLimiter: cluster.isPrimary
      ? createRateLimiter(runtime.config.rateLimit)
      : askingRateLimiter(process as Channel),
    health: () =>
      healthReport(runtime.store, (servicePoint) => canReach(runtime.config, servicePoint)),
    maxBodyBytes: 16 * 1024,
    publicOrigin: new URL(config.SITE_URL).origin,
    locals: () => ({ signups: runtime, ...(content ? { content } : {}) }),
  });

  // A port that is taken, or an address this machine does not have: said in one line.
  const cannotListen = (error: NodeJS.ErrnoException) => {
    console.error(`Cannot listen on ${host}:${port} (${error.code ?? error.message}).`);
    console.error('The site did not start.');
    process.exit(1);
  };
  server.once('error', cannotListen);
  server.listen(port, host, () => {
    server.off('error', cannotListen);
    if (cluster.isPrimary) announce(1);
  });

  const stopper = gracefulStop(server, { idleGraceMs: 1_000, maxMs: 5_000 });
  let stopping = false;
  /**
   * Stops accepting, lets requests in flight finish (answered with `Connection: close`, as is every
   * request still arriving on an open connection), stops the worker after its current attempts,
   * closes the store and exits 0: within 12 seconds (README, Operations). The timer is a last
   * resort only.
   */
  async function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    console.info(`${signal}: finishing open requests, then stopping.`);
    const force = setTimeout(() => {
      console.error(`${signal}: not stopped after 15 seconds; exiting anyway.`);
      process.exit(1);
    }, 15_000);
    force.unref();
    try {
      await Promise.all([stopper.drain(), runtime.worker.stop()]);
      await runtime.close();
    } catch (error) {
      console.error(`${signal}: stopping failed:`, error instanceof Error ? error.message : error);
      process.exit(1);
    }
    console.info(`${signal}: stopped; the store is closed.`);
    process.exit(0);
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
