import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, deliveryVariables, readConfig, variableRows, variables } from './config.ts';

const secret = `whsec_${Buffer.from('a'.repeat(32)).toString('base64')}`;

function problemsOf(env: Record<string, string>): string[] {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('readConfig', () => {
  it('has a default for everything, so the site starts without any variable', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      HOST: '127.0.0.1',
      PORT: 4321,
      SITE_URL: 'https://werkgevers.regioamersfoort.nl',
      TRUST_PROXY: 0,
      DATA_DIR: './data',
      DELIVERY: {},
    });
    expect(config.CAMPAIGN_NOW).toBeUndefined();
  });

  it('reads numbers as numbers and treats an empty variable as unset', () => {
    expect(readConfig({ PORT: '8080', RETENTION_DAYS: '' })).toMatchObject({
      PORT: 8080,
      RETENTION_DAYS: 30,
    });
    expect(readConfig({ DELIVERY_RETRY_HOURS: '0.5' }).DELIVERY_RETRY_HOURS).toBe(0.5);
  });

  it('reads TRUST_PROXY as a count, true as one proxy, false as none', () => {
    const hops = (value: string) => readConfig({ TRUST_PROXY: value }).TRUST_PROXY;
    expect([hops(''), hops('false'), hops('0'), hops('true'), hops('TRUE'), hops('2')]).toEqual([
      0, 0, 0, 1, 1, 2,
    ]);
    expect(problemsOf({ TRUST_PROXY: 'ja' })[0]).toMatch(/^TRUST_PROXY="ja" is not allowed/);
    expect(problemsOf({ TRUST_PROXY: '-1' })).toHaveLength(1);
  });

  it('names every wrong variable and says what is allowed', () => {
    expect(
      problemsOf({ PORT: 'tachtig', SITE_URL: 'werkgevers.nl', CAMPAIGN_NOW: 'morgen' }),
    ).toEqual([
      'PORT="tachtig" is not allowed: it must be a whole number from 1 to 65535.',
      'SITE_URL="werkgevers.nl" is not allowed: it must be an http(s) address such as https://werkgevers.regioamersfoort.nl.',
      'CAMPAIGN_NOW="morgen" is not allowed: it must be an ISO instant such as 2026-11-27T12:00:00+01:00.',
    ]);
    expect(problemsOf({ PORT: '70000' })).toHaveLength(1);
    expect(problemsOf({ SMTP_URL: 'mail.example' })[0]).toMatch(/^SMTP_URL=/);
    expect(() => readConfig({ PORT: '0' })).toThrow(/PORT="0" is not allowed/);
  });

  it('groups the delivery variables per service point and checks them at once', () => {
    const config = readConfig({
      DELIVERY_WSP_FOODVALLEY_WEBHOOK_URL: 'https://wsp.example/hooks',
      DELIVERY_WSP_FOODVALLEY_WEBHOOK_SECRET: secret,
      DELIVERY_WSP_X_EMAIL: 'wsp@example.nl',
      DELIVERY_WSP_EMPTY_EMAIL: '',
      DELIVERY_RETRY_HOURS: '10',
    });
    expect(Object.keys(config.DELIVERY).sort()).toEqual(['WSP_FOODVALLEY', 'WSP_X']);
    expect(config.DELIVERY['WSP_FOODVALLEY']?.WEBHOOK_SECRET).toBe(secret);
    expect(problemsOf({ DELIVERY_WSP_X_WEBHOOK_URL: 'ftp://wsp.example' })).toEqual([
      'DELIVERY_WSP_X_WEBHOOK_URL="ftp://wsp.example" is not allowed: it must be an http(s) address.',
      'DELIVERY_WSP_X_WEBHOOK_SECRET is missing: a webhook needs both its URL and its secret.',
    ]);
    expect(problemsOf({ DELIVERY_WSP_X_EXPORT_TOKEN: 'kort' })[0]).toMatch(
      /DELIVERY_WSP_X_EXPORT_TOKEN.*at least 24 characters/,
    );
  });
});

describe('the README', () => {
  it('shows the default each schema really has', () => {
    for (const [name, spec] of Object.entries({ ...variables, ...deliveryVariables })) {
      const fallback: unknown = spec.schema.parse(undefined);
      if (fallback === undefined) expect(spec.shown, name).toMatch(/^\(.+\)$/);
      else expect(spec.shown, name).toBe(String(fallback as string | number));
    }
  });

  it('lists every variable as src/lib/config.ts declares it', () => {
    const readme = readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| Variable'));
    const rows = table
      .slice(0, table.indexOf('\n\n'))
      .split('\n')
      .slice(2)
      .map((line) =>
        line
          .slice(1, -1)
          .split(' | ')
          .map((cell) => cell.trim()),
      );
    const expected = variableRows();
    expect(
      rows,
      `Put this table in the README's Configuration section:\n${expected.map((row) => `| ${row.join(' | ')} |`).join('\n')}`,
    ).toEqual(expected);
  });
});
