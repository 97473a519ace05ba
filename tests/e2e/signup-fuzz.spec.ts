/**
 * Property-based tests: malformed input thrown at the signup endpoint never causes a 5xx and
 * never stores anything.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { startServer, type RunningServer } from '../support/server-process.ts';
import { fetchTicket, postSignup, validSignup } from '../support/signup-client.ts';

const eventId = 'werkgeversontbijt-eemnes';
let server: RunningServer;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'fuzz-'));
  server = await startServer({ DATA_DIR: dataDir });
});
test.afterAll(async () => server.stop());

function storedCount(): number {
  const db = new DatabaseSync(path.join(dataDir, 'signups.db'), { readOnly: true });
  const row = db.prepare('SELECT COUNT(*) AS n FROM registrations').get() as { n: number };
  db.close();
  return row.n;
}

test('arbitrary bodies and content types: no 5xx, nothing stored', async () => {
  test.setTimeout(180_000);
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.string({ maxLength: 2000 }),
        fc.string({ unit: 'binary', maxLength: 2000 }),
        fc
          .dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 200 }))
          .map((fields) => new URLSearchParams(fields).toString()),
      ),
      fc.constantFrom(
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=xyz',
        'multipart/form-data',
        'text/plain',
        'application/json',
      ),
      async (body, contentType) => {
        const result = await postSignup(server.url, eventId, {}, { body, contentType });
        expect(result.status).toBeLessThan(500);
      },
    ),
    { numRuns: 150 },
  );
  expect(storedCount()).toBe(0);
  console.info('Fuzz: 150 arbitrary bodies and content types, 0 answers of 500 or more, 0 stored.');
});

/** Values that make a field invalid, per field. */
const badValue: Record<string, fc.Arbitrary<string>> = {
  name: fc.constantFrom('', '   ', 'x'.repeat(101)),
  email: fc.oneof(
    fc.constantFrom(
      '',
      'anna',
      'anna@',
      '@example.nl',
      'anna @example.nl',
      `${'a'.repeat(250)}@x.nl`,
    ),
    fc.string({ maxLength: 40 }).filter((s) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim())),
  ),
  organisation: fc.constantFrom('', ' ', 'o'.repeat(121)),
  municipality: fc
    .string({ maxLength: 30 })
    .filter(
      (s) =>
        ![
          'amersfoort',
          'baarn',
          'barneveld',
          'bunschoten',
          'eemnes',
          'leusden',
          'nijkerk',
          'soest',
          'woudenberg',
          'anders',
        ].includes(s),
    ),
  attendees: fc.oneof(
    fc.constantFrom('0', '6', '-1', '2.5', '1e3', 'twee', '', 'NaN', 'Infinity'),
    fc.integer({ min: 6 }).map(String),
  ),
  phone: fc.constantFrom('123', 'bel me', '+31 6 12345678 ext 9999 99', '<script>'),
  remark: fc.constant('r'.repeat(1001)),
  consent: fc.constantFrom('', 'nee', 'on', 'true', 'JA'),
};

test('a valid form with one field broken: answered with 422, nothing stored', async () => {
  test.setTimeout(180_000);
  const ticket = await fetchTicket(server.url, eventId);
  await fc.assert(
    fc.asyncProperty(
      fc
        .constantFrom(...Object.keys(badValue))
        .chain((field) => badValue[field]!.map((value) => [field, value] as const)),
      async ([field, value]) => {
        const result = await postSignup(server.url, eventId, {
          ...validSignup,
          municipality: 'eemnes',
          email: 'geldig@example.nl',
          ...ticket,
          [field]: value,
        });
        expect(result.status, `${field}=${JSON.stringify(value)}`).toBe(422);
      },
    ),
    { numRuns: 200 },
  );
  expect(storedCount()).toBe(0);
  console.info('Fuzz: 200 valid forms with one field broken, each answered 422, 0 stored.');
});
