/**
 * The signup pipeline's configuration, from the environment. Delivery secrets (webhook URLs and
 * secrets, inboxes, export tokens) live here and never in content. Per service point, with the
 * service point's id in capitals: wsp-regio-amersfoort → DELIVERY_WSP_REGIO_AMERSFOORT_WEBHOOK_URL.
 */

export interface DeliveryChannels {
  webhook?: { url: string; secret: string };
  /** The service point's inbox for signups. */
  email?: string;
  /** Bearer token for pulling the CSV/JSON export. */
  exportToken?: string;
}

export interface SignupConfig {
  dataDir: string;
  retentionDays: number;
  /**
   * The hard maximum (days after the event) for registrations the WSP has not seen or whose
   * delivery failed; never less than `retentionDays` (src/lib/registrations/retention.ts).
   */
  retentionMaxDays: number;
  retryHours: number;
  /** First retry delay; doubles per attempt up to six hours. */
  retryBaseSeconds: number;
  minFillSeconds: number;
  formMaxAgeHours: number;
  rateLimit: { max: number; windowSeconds: number };
  smtp?: { url: string; from: string };
  /** Where failed deliveries are reported besides the log and /healthz. */
  alertEmail?: string;
  channels(servicePoint: string): DeliveryChannels;
}

type Env = Record<string, string | undefined>;

/** The channels that get an outbox entry for a new registration at this service point. */
export function pushChannels(
  config: Pick<SignupConfig, 'channels' | 'smtp'>,
  servicePoint: string,
) {
  const channels = config.channels(servicePoint);
  return {
    webhook: channels.webhook !== undefined,
    email: channels.email !== undefined,
    confirmation: config.smtp !== undefined,
  };
}

/** True when registrations for this service point reach it in some way (push or pull). */
export function canReach(config: Pick<SignupConfig, 'channels' | 'smtp'>, servicePoint: string) {
  const channels = config.channels(servicePoint);
  return Boolean(channels.webhook || (channels.email && config.smtp) || channels.exportToken);
}

export function envKeyOf(servicePoint: string): string {
  return servicePoint.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

function number(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${name} must be a number from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

function channelsFromEnv(env: Env, key: string): DeliveryChannels {
  const prefix = `DELIVERY_${key}_`;
  const channels: DeliveryChannels = {};
  const url = env[`${prefix}WEBHOOK_URL`];
  const secret = env[`${prefix}WEBHOOK_SECRET`];
  if (url || secret) {
    if (!url || !/^https?:\/\//.test(url))
      throw new Error(`${prefix}WEBHOOK_URL must be an http(s) URL.`);
    if (!secret || !/^whsec_[A-Za-z0-9+/=]{24,}$/.test(secret)) {
      throw new Error(
        `${prefix}WEBHOOK_SECRET must be a Standard Webhooks secret (whsec_ + base64).`,
      );
    }
    channels.webhook = { url, secret };
  }
  const email = env[`${prefix}EMAIL`];
  if (email) {
    if (!/^[^\s@]+@[^\s@]+$/.test(email))
      throw new Error(`${prefix}EMAIL must be an e-mail address.`);
    channels.email = email;
  }
  const token = env[`${prefix}EXPORT_TOKEN`];
  if (token) {
    if (token.length < 24) throw new Error(`${prefix}EXPORT_TOKEN must be at least 24 characters.`);
    channels.exportToken = token;
  }
  return channels;
}

/** Reads and checks the configuration; a mistake stops the start with a clear message. */
export function signupConfigFromEnv(env: Env = process.env): SignupConfig {
  const smtpUrl = env['SMTP_URL'];
  // Read once per service point: every signup asks.
  const known = new Map<string, DeliveryChannels>();
  const config: SignupConfig = {
    dataDir: env['DATA_DIR'] || './data',
    retentionDays: number(env, 'RETENTION_DAYS', 30, 1, 3650),
    retentionMaxDays: Math.max(
      number(env, 'RETENTION_DAYS', 30, 1, 3650),
      number(env, 'RETENTION_MAX_DAYS', 90, 1, 3650),
    ),
    retryHours: number(env, 'DELIVERY_RETRY_HOURS', 72, 0.001, 24 * 30),
    retryBaseSeconds: number(env, 'DELIVERY_RETRY_BASE_SECONDS', 30, 0.01, 3600),
    minFillSeconds: number(env, 'FORM_MIN_SECONDS', 2, 0, 600),
    formMaxAgeHours: number(env, 'FORM_MAX_AGE_HOURS', 24, 1, 24 * 14),
    rateLimit: {
      max: number(env, 'RATE_LIMIT_MAX', 10, 1, 1_000_000),
      windowSeconds: number(env, 'RATE_LIMIT_WINDOW_SECONDS', 600, 1, 86_400),
    },
    channels: (servicePoint) => {
      let channels = known.get(servicePoint);
      if (!channels) {
        channels = channelsFromEnv(env, envKeyOf(servicePoint));
        known.set(servicePoint, channels);
      }
      return channels;
    },
  };
  if (smtpUrl) {
    if (!/^smtps?:\/\//.test(smtpUrl))
      throw new Error('SMTP_URL must start with smtp:// or smtps://.');
    config.smtp = {
      url: smtpUrl,
      from: env['MAIL_FROM'] || 'Iedereen doet mee <noreply@localhost>',
    };
  }
  if (env['ALERT_EMAIL']) config.alertEmail = env['ALERT_EMAIL'];
  return config;
}
