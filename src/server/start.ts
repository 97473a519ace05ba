/**
 * `npm start`: builds the site when there is no build yet, then serves it from one Node process
 * with the embedded default configuration (see README for the environment variables). The
 * signup store and the delivery worker start with the server, so pending deliveries resume.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { closeSignupRuntime, signupRuntime } from '../lib/signups/runtime.ts';
import { canReach } from '../lib/signups/config.ts';
import { trustedProxyHops } from './client-address.ts';
import { healthReport } from './health.ts';
import { createRateLimiter } from './rate-limit.ts';
import { createSiteServer, type AstroHandler } from './site-server.ts';

const root = path.resolve(import.meta.dirname, '../..');
const distDir = path.resolve(root, process.env['DIST_DIR'] ?? 'dist');
const entry = path.join(distDir, 'server', 'entry.mjs');
const host = process.env['HOST'] ?? '127.0.0.1';
const port = Number(process.env['PORT'] ?? 4321);

if (!existsSync(entry) || process.argv.includes('--build')) {
  console.info('Building the site first (this takes up to a minute)...');
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const build = spawnSync(process.execPath, [astro, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const runtime = signupRuntime();
const { handler } = (await import(pathToFileURL(entry).href)) as { handler: AstroHandler };
const server = createSiteServer({
  clientDir: path.join(distDir, 'client'),
  astroHandler: handler,
  trustedProxyHops: trustedProxyHops(process.env['TRUST_PROXY']),
  rateLimiter: createRateLimiter(runtime.config.rateLimit),
  health: () =>
    healthReport(runtime.store, (servicePoint) => canReach(runtime.config, servicePoint)),
  maxBodyBytes: 16 * 1024,
  publicOrigin: new URL(process.env['SITE_URL'] ?? 'https://werkgevers.regioamersfoort.nl').origin,
});

server.listen(port, host, () => {
  console.info(`The site runs at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
  console.info(`Signups are stored in ${path.resolve(runtime.config.dataDir, 'signups.db')}`);
  if (
    !Object.keys(process.env).some((name) =>
      /^DELIVERY_\w+_(WEBHOOK_URL|EMAIL|EXPORT_TOKEN)$/.test(name),
    )
  ) {
    console.warn(
      'No delivery channel is configured: signups and plans are stored but reach no WSP. Set DELIVERY_<ID>_WEBHOOK_URL, _EMAIL or _EXPORT_TOKEN (README, Configuration).',
    );
  }
});

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.info(`${signal}: finishing open requests, then stopping.`);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  server.close(() => {
    void closeSignupRuntime().then(() => process.exit(0));
  });
  server.closeIdleConnections();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
