/**
 * The signup pipeline's configuration, from the environment (checked in src/lib/config.ts). Delivery secrets (webhook URLs and
 * secrets, inboxes, export tokens) live here and never in content. Per service point, with the
 * service point's id in capitals: wsp-regio-amersfoort → DELIVERY_WSP_REGIO_AMERSFOORT_WEBHOOK_URL.
 */
import { siteConfig, type DeliveryConfig, type SiteConfig } from '../config.ts';

export interface DeliveryChannels {
  webhook?: { url: string; secret: string };
  /** The service point's inbox for signups. */
  email?: string;
  /** Bearer token for pulling the CSV/JSON export. */
  exportToken?: string;
}

export interface SignupConfig {
  dataDir: string;
  /** PostgreSQL instead of the SQLite file in `dataDir` (several instances on one database). */
  databaseUrl?: string;
  /** How long a worker holds a delivery it is attempting (store.ts, `claim`). */
  leaseSeconds: number;
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

/** The signup pipeline's part of the configuration (src/lib/config.ts). */
export function signupConfigFrom(config: SiteConfig = siteConfig()): SignupConfig {
  const signup: SignupConfig = {
    dataDir: config.DATA_DIR,
    retentionDays: config.RETENTION_DAYS,
    retentionMaxDays: Math.max(config.RETENTION_DAYS, config.RETENTION_MAX_DAYS),
    retryHours: config.DELIVERY_RETRY_HOURS,
    retryBaseSeconds: config.DELIVERY_RETRY_BASE_SECONDS,
    leaseSeconds: config.DELIVERY_LEASE_SECONDS,
    minFillSeconds: config.FORM_MIN_SECONDS,
    formMaxAgeHours: config.FORM_MAX_AGE_HOURS,
    rateLimit: { max: config.RATE_LIMIT_MAX, windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS },
    channels: (servicePoint) => channelsOf(config.DELIVERY[envKeyOf(servicePoint)]),
  };
  if (config.SMTP_URL) signup.smtp = { url: config.SMTP_URL, from: config.MAIL_FROM };
  if (config.ALERT_EMAIL) signup.alertEmail = config.ALERT_EMAIL;
  if (config.DATABASE_URL) signup.databaseUrl = config.DATABASE_URL;
  return signup;
}

function channelsOf(delivery: DeliveryConfig | undefined): DeliveryChannels {
  const channels: DeliveryChannels = {};
  if (!delivery) return channels;
  // readConfig has checked that a webhook has both its URL and its secret.
  if (delivery.WEBHOOK_URL && delivery.WEBHOOK_SECRET) {
    channels.webhook = { url: delivery.WEBHOOK_URL, secret: delivery.WEBHOOK_SECRET };
  }
  if (delivery.EMAIL) channels.email = delivery.EMAIL;
  if (delivery.EXPORT_TOKEN) channels.exportToken = delivery.EXPORT_TOKEN;
  return channels;
}
