/**
 * The site served by two processes on one port and one SQLite file (SITE_PROCESSES=2): real
 * server processes on 127.0.0.1, a real webhook receiver. Places are counted across processes,
 * every registration is delivered once, the rate limit holds over both, a process that dies is
 * replaced, and when the first process is killed nothing acknowledged is lost.
 */
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { childrenOf, health, startServer, type RunningServer } from '../support/server-process.ts';
import { fetchTicket, postSignup, signUp, validSignup } from '../support/signup-client.ts';
import { startReceiver } from '../support/webhook-receiver.ts';
import { exportedRegistrations, report } from '../support/wsp-export.ts';

const secret = `whsec_${Buffer.from('site-processes-secret-of-enough-length').toString('base64')}`;
const exportToken = 'site-processes-export-token-0123456789';
/** 15 places (content/events/koffie-met-een-ambassadeur-soest.md). */
const eventId = 'koffie-met-een-ambassadeur-soest';
const capacity = 15;

const exported = (server: RunningServer) => exportedRegistrations(server.url, exportToken);

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A post on a connection of its own, so that either process may take it. */
function postAlone(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const body = 'name=x';
    const req = request(
      target,
      {
        method: 'POST',
        agent: false,
        headers: {
          origin: target.origin,
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

test.describe.configure({ mode: 'serial' });

test('two processes on one SQLite file: 120 signups for 15 places at once, exactly 15 confirmed, each delivered once', async () => {
  test.setTimeout(180_000);
  const receiver = await startReceiver(secret);
  const server = await startServer({
    SITE_PROCESSES: '2',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'processes-')),
    DELIVERY_WSP_REGIO_AMERSFOORT_WEBHOOK_URL: receiver.url,
    DELIVERY_WSP_REGIO_AMERSFOORT_WEBHOOK_SECRET: secret,
    DELIVERY_WSP_REGIO_AMERSFOORT_EXPORT_TOKEN: exportToken,
    DELIVERY_RETRY_BASE_SECONDS: '0.2',
  });
  try {
    const pid = server.process.pid ?? 0;
    expect(childrenOf(pid)).toHaveLength(2);
    expect(server.output()).toContain('(2 processes)');

    const total = 120;
    const results = await Promise.all(
      Array.from({ length: total }, async (_, i) => {
        const form = await fetchTicket(server.url, eventId);
        return postSignup(server.url, eventId, {
          ...validSignup,
          ...form,
          name: `Werkgever ${i}`,
          email: `werkgever-${i}@example.nl`,
        });
      }),
    );
    expect(results.filter((result) => result.status !== 303)).toEqual([]);

    const stored = (await exported(server)).filter((row) => row.event.id === eventId);
    expect(stored).toHaveLength(total);
    const confirmed = stored.filter((row) => row.status === 'bevestigd');
    expect(confirmed).toHaveLength(capacity);
    expect(stored.filter((row) => row.status === 'wachtlijst')).toHaveLength(total - capacity);

    // Both processes' delivery workers take from one outbox: every registration arrives once.
    const ids = stored.map((row) => row.id);
    await expect
      .poll(() => ids.filter((id) => !receiver.accepted.has(id)).length, { timeout: 60_000 })
      .toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect([...receiver.accepted.values()].every((count) => count === 1)).toBe(true);
    expect(receiver.forged).toBe(0);
    await expect
      .poll(async () => (await health(server.url)).deliveries.pending, { timeout: 30_000 })
      .toBe(0);
    report(
      `Two processes on one SQLite file: ${total} signups for ${capacity} places at once, ` +
        `${stored.length} stored, ${confirmed.length} confirmed, ${receiver.accepted.size} delivered, each once.`,
    );
  } finally {
    await server.stop();
    await receiver.close();
  }
});

test('the rate limit holds over both processes', async () => {
  const server = await startServer({
    SITE_PROCESSES: '2',
    RATE_LIMIT_MAX: '4',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'processes-limit-')),
  });
  try {
    const url = `${server.url}/bijeenkomsten/${eventId}/aanmelden/`;
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) statuses.push(await postAlone(url));
    // Four taken (the form is incomplete: 422), then 429 whichever process answers.
    expect(statuses.filter((status) => status !== 429)).toHaveLength(4);
    expect(statuses.slice(4)).toEqual(Array.from({ length: 6 }, () => 429));
  } finally {
    await server.stop();
  }
});

test('a serving process that dies is replaced; SIGTERM stops them all', async () => {
  const server = await startServer({
    SITE_PROCESSES: '2',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'processes-replace-')),
  });
  const pid = server.process.pid ?? 0;
  const [victim] = childrenOf(pid);
  expect(victim).toBeDefined();
  process.kill(victim!, 'SIGKILL');
  await expect
    .poll(() => server.output(), { timeout: 30_000 })
    .toContain('A site process stopped (SIGKILL); starting another.');
  await expect
    .poll(() => server.output(), { timeout: 30_000 })
    .toContain('The new site process serves.');
  expect(childrenOf(pid)).toHaveLength(2);
  expect(childrenOf(pid)).not.toContain(victim);
  expect((await signUp(server.url, eventId)).status).toBe(303);
  const children = childrenOf(pid);

  expect(await server.stop('SIGTERM')).toBe(0);
  expect(children.filter(isRunning)).toEqual([]);
  expect(server.output().match(/SIGTERM: stopped; the store is closed\./g)).toHaveLength(2);
});

test('when the first process is killed the others stop at once, and every acknowledged signup is there', async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'processes-kill-'));
  const env = {
    SITE_PROCESSES: '2',
    DATA_DIR: dataDir,
    DELIVERY_WSP_REGIO_AMERSFOORT_EXPORT_TOKEN: exportToken,
  };
  const server = await startServer(env);
  const children = childrenOf(server.process.pid ?? 0);
  const acknowledged: string[] = [];
  const total = 300;
  let killAt: () => void = () => {};
  const tenAcknowledged = new Promise<void>((resolve) => (killAt = resolve));
  const attempts = Array.from({ length: total }, (_, i) =>
    signUp(server.url, 'ontbijtsessie-personeel-via-het-wsp', { name: `Snel ${i}` })
      .then((result) => {
        if (result.status === 303) acknowledged.push(`Snel ${i}`);
        if (acknowledged.length >= 10) killAt();
      })
      .catch(() => undefined),
  );
  await Promise.race([tenAcknowledged, Promise.all(attempts)]);
  await server.stop('SIGKILL');
  await Promise.all(attempts);
  expect(acknowledged.length).toBeLessThan(total);
  // The serving processes lost their first process: they end by themselves.
  await expect.poll(() => children.filter(isRunning), { timeout: 10_000 }).toEqual([]);

  const restarted = await startServer(env);
  try {
    const names = (await exported(restarted)).map((row) => row.name);
    expect(acknowledged.filter((name) => !names.includes(name))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
    report(
      `First process killed: ${total} signups sent, ${acknowledged.length} acknowledged, ` +
        `${names.length} stored after the restart, none lost.`,
    );
  } finally {
    await restarted.stop();
  }
});
