/**
 * `npm run cms`: local editing in one command. Starts the site with live reload (astro dev) and
 * Decap's local backend (decap-server, file-system mode) that writes straight into content/ of
 * this working tree; Ctrl-C stops both. Open http://localhost:4321/admin/ and choose "Inloggen".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { siteConfig } from '../src/lib/config.ts';

const root = path.resolve(import.meta.dirname, '..');
const backendPort = siteConfig().CMS_LOCAL_PORT;
const localUrl = `http://127.0.0.1:${backendPort}/api/v1`;

function start(name: string, script: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [path.join(root, script), ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  child.on('exit', (code, signal) => stopAll(`${name} stopped (${signal ?? code})`, code ?? 0));
  return child;
}

const children: ChildProcess[] = [];
let stopping = false;

function stopAll(reason: string, code: number) {
  if (stopping) return;
  stopping = true;
  console.info(`${reason}; stopping the CMS and the site.`);
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
  // Give both a moment to close, then leave with the first reason's code.
  setTimeout(() => process.exit(code), 1500).unref();
}

children.push(
  start('decap-server', 'node_modules/decap-server/dist/index.js', [], {
    PORT: String(backendPort),
    // Only this machine may write into the working tree.
    BIND_HOST: '127.0.0.1',
    GIT_REPO_DIRECTORY: root,
    MODE: 'fs',
  }),
  start('astro dev', 'node_modules/astro/bin/astro.mjs', ['dev', ...process.argv.slice(2)], {
    PUBLIC_CMS_BACKEND: 'local',
    PUBLIC_CMS_LOCAL_URL: localUrl,
    ASTRO_TELEMETRY_DISABLED: '1',
  }),
);

// `npm run cms -- --port 4400` passes the port on to astro dev.
const portArgument = process.argv.indexOf('--port');
const sitePort = portArgument >= 0 ? process.argv[portArgument + 1] : '4321';
console.info(`The CMS opens at http://localhost:${sitePort}/admin/ (backend: ${localUrl}).`);

process.on('SIGINT', () => stopAll('Ctrl-C', 0));
process.on('SIGTERM', () => stopAll('SIGTERM', 0));
