/**
 * A wrong environment variable stops `npm start` before it builds or listens: exit code 1 and a
 * message on stderr that names the variable and says what is allowed (src/lib/config.ts).
 */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { runServerToExit } from '../support/server-process.ts';

const secret = `whsec_${Buffer.from('a'.repeat(32)).toString('base64')}`;

test('a bad PORT stops the start with its name and what is allowed', async () => {
  const run = await runServerToExit({ PORT: 'tachtig' });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(
    'PORT="tachtig" is not allowed: it must be a whole number from 1 to 65535.',
  );
  expect(run.stderr).toContain('The site did not start.');
  expect(run.stdout).not.toContain('The site runs at');
});

test('a PostgreSQL store that cannot be reached stops the start, naming it without its password', async () => {
  const run = await runServerToExit({
    PORT: '4321',
    DATABASE_URL: 'postgres://werkgevers:geheim-wachtwoord@127.0.0.1:1/werkgevers',
  });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(
    'The signup store could not be opened (PostgreSQL at 127.0.0.1:1/werkgevers)',
  );
  expect(run.stderr).toContain('The site did not start.');
  expect(run.stderr + run.stdout).not.toContain('geheim-wachtwoord');
  expect(run.stdout).not.toContain('The site runs at');
});

test('a bad webhook URL stops the start, however many variables are wrong', async () => {
  const run = await runServerToExit({
    PORT: '4321',
    DELIVERY_WSP_FOODVALLEY_WEBHOOK_URL: 'wsp.example/hooks',
    DELIVERY_WSP_FOODVALLEY_WEBHOOK_SECRET: secret,
    TRUST_PROXY: 'ja',
  });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(
    'DELIVERY_WSP_FOODVALLEY_WEBHOOK_URL="wsp.example/hooks" is not allowed: it must be an http(s) address.',
  );
  expect(run.stderr).toContain('TRUST_PROXY="ja" is not allowed');
  // Checked before the build: a wrong variable never costs a minute of building first.
  expect(run.stdout).not.toContain('Building the site first');
});

test('a port that is taken stops the start with a plain message, with one process or several', async () => {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const address = taken.address();
  const port = String(typeof address === 'object' && address ? address.port : 0);
  try {
    for (const processes of ['1', '2']) {
      const run = await runServerToExit({
        PORT: port,
        SITE_PROCESSES: processes,
        DATA_DIR: mkdtempSync(path.join(tmpdir(), 'port-taken-')),
      });
      expect(run.code, `SITE_PROCESSES=${processes}`).toBe(1);
      expect(run.stderr).toContain(`Cannot listen on 127.0.0.1:${port} (EADDRINUSE).`);
      expect(run.stderr).toContain('The site did not start.');
      expect(run.stderr).not.toContain('    at ');
      expect(run.stdout).not.toContain('The site runs at');
    }
  } finally {
    taken.close();
  }
});
