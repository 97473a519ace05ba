import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.ts';
import { envKeyOf, signupConfigFrom } from './config.ts';

const secret = `whsec_${Buffer.from('a'.repeat(32)).toString('base64')}`;

describe('signupConfigFromEnv', () => {
  it('has embedded defaults, so npm start works without any variable', () => {
    const config = signupConfigFrom(readConfig({}));
    expect(config).toMatchObject({
      dataDir: './data',
      retentionDays: 30,
      retryHours: 72,
      minFillSeconds: 2,
      rateLimit: { max: 10, windowSeconds: 600 },
    });
    expect(config.smtp).toBeUndefined();
    expect(config.channels('wsp-regio-amersfoort')).toEqual({});
  });

  it('reads the channels of a service point from its own variables', () => {
    const config = signupConfigFrom(
      readConfig({
        DELIVERY_WSP_FOODVALLEY_WEBHOOK_URL: 'https://wsp.example/hooks',
        DELIVERY_WSP_FOODVALLEY_WEBHOOK_SECRET: secret,
        DELIVERY_WSP_FOODVALLEY_EMAIL: 'aanmeldingen@wsp.example',
        DELIVERY_WSP_FOODVALLEY_EXPORT_TOKEN: 't'.repeat(32),
      }),
    );
    expect(config.channels('wsp-foodvalley')).toEqual({
      webhook: { url: 'https://wsp.example/hooks', secret },
      email: 'aanmeldingen@wsp.example',
      exportToken: 't'.repeat(32),
    });
    expect(config.channels('wsp-regio-amersfoort')).toEqual({});
  });

  it('keeps unseen or failed registrations 90 days at most, never less than the period', () => {
    expect(signupConfigFrom(readConfig({})).retentionMaxDays).toBe(90);
    expect(signupConfigFrom(readConfig({ RETENTION_MAX_DAYS: '120' })).retentionMaxDays).toBe(120);
    expect(
      signupConfigFrom(readConfig({ RETENTION_DAYS: '60', RETENTION_MAX_DAYS: '30' }))
        .retentionMaxDays,
    ).toBe(60);
    expect(() => signupConfigFrom(readConfig({ RETENTION_MAX_DAYS: 'altijd' }))).toThrow(
      /RETENTION_MAX_DAYS/,
    );
  });

  it('names the variable that is wrong', () => {
    expect(() =>
      readConfig({
        DELIVERY_WSP_X_WEBHOOK_URL: 'https://x',
        DELIVERY_WSP_X_WEBHOOK_SECRET: 'geheim',
      }),
    ).toThrow(/DELIVERY_WSP_X_WEBHOOK_SECRET/);
    expect(() => signupConfigFrom(readConfig({ RETENTION_DAYS: 'dertig' }))).toThrow(
      /RETENTION_DAYS/,
    );
    expect(() => signupConfigFrom(readConfig({ SMTP_URL: 'mail.example' }))).toThrow(/SMTP_URL/);
  });

  it('turns a service point id into its variable prefix', () => {
    expect(envKeyOf('wsp-gooi-en-vechtstreek')).toBe('WSP_GOOI_EN_VECHTSTREEK');
  });
});
