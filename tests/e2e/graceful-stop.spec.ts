/**
 * SIGTERM under keep-alive traffic, against the real server: twenty clients post signups
 * continuously on open connections while the server is told to stop.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test } from '@playwright/test';
import { keepAliveTraffic } from '../support/keep-alive-clients.ts';
import { startServer } from '../support/server-process.ts';
import { fetchTicket, validSignup, type FormTicket } from '../support/signup-client.ts';

const eventId = 'ontbijtsessie-personeel-via-het-wsp';
const clients = 20;

test('SIGTERM with 20 busy keep-alive clients: no resets, complete answers, exit 0, clean store', async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sigterm-'));
  const server = await startServer({ DATA_DIR: dataDir });
  try {
    // Fresh forms up front, so that every post is a new signup that writes to the store.
    const tickets: FormTicket[] = [];
    for (let round = 0; round < 15; round++) {
      tickets.push(
        ...(await Promise.all(
          Array.from({ length: clients }, () => fetchTicket(server.url, eventId)),
        )),
      );
    }
    let next = 0;
    const traffic = keepAliveTraffic(server.url, clients, {
      path: `/bijeenkomsten/${eventId}/aanmelden/`,
      headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
      // Once the fresh forms run out, posts repeat one (answered from the store as a replay).
      body: () =>
        new URLSearchParams({
          ...validSignup,
          email: `stop-${next}@example.nl`,
          ...tickets[Math.min(next++, tickets.length - 1)],
        }).toString(),
    });
    await expect.poll(() => traffic.answered, { timeout: 30_000 }).toBeGreaterThan(100);

    const answeredBefore = traffic.answered;
    const stopStarted = Date.now();
    const exitCode = await server.stop('SIGTERM');
    const stopMs = Date.now() - stopStarted;
    await traffic.done;
    console.info(
      `SIGTERM: ${answeredBefore} answered before, ${traffic.answered - answeredBefore} after; exit ${exitCode} after ${stopMs} ms; ${traffic.errors.length} errors`,
    );

    expect(traffic.errors).toEqual([]);
    expect(traffic.incomplete).toBe(0);
    expect(traffic.closed).toBe(clients);
    expect(exitCode).toBe(0);
    expect(stopMs).toBeLessThan(12_000);
    expect(server.output()).toContain('SIGTERM: stopped; the store is closed.');

    const file = path.join(dataDir, 'signups.db');
    expect(existsSync(`${file}-wal`)).toBe(false);
    const db = new DatabaseSync(file, { readOnly: true });
    try {
      expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      const row = db.prepare('SELECT COUNT(*) AS n FROM registrations').get() as { n: number };
      expect(row.n).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  } finally {
    await server.stop('SIGKILL');
  }
});
