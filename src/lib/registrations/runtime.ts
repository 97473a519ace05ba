/**
 * The signup pipeline of this process: configuration, the store (SQLite, or PostgreSQL when
 * DATABASE_URL is set), the mailer and the delivery worker, made once. The server
 * (src/server/start.ts) makes it at start-up, so pending deliveries resume at once, and hands it
 * to every request through the Node adapter's locals; the routes find it on
 * `Astro.locals.signups` (src/lib/registrations/request-locals.ts). With SITE_PROCESSES each
 * serving process has its own, on the one store.
 */
import { clockFromEnv, type Clock } from '../clock.ts';
import { requestNow } from '../request-clock.ts';
import { canReach, signupConfigFrom, type SignupConfig } from './config.ts';
import { DeliveryFailure } from './delivery-failure.ts';
import { createMailer, type Mailer } from './mailer.ts';
import type { EmailPayload, WebhookPayload } from './payloads.ts';
import { openSignupStore } from './open-store.ts';
import type { Delivery, RegisterRequest, SignupStore } from './store.ts';
import type { FormDeps } from './submission-gate.ts';
import { failureAlertFor, purgeMessages } from './retention.ts';
import { unreachableWarning, type UnreachableWarning } from './unreachable-warning.ts';
import { postWebhook } from './webhook.ts';
import { DeliveryWorker } from './worker.ts';

export interface SignupRuntime {
  config: SignupConfig;
  clock: Clock;
  store: SignupStore;
  worker: DeliveryWorker;
  /** Signs the stamps on signup forms; kept in the store so forms survive a restart. */
  formSecret: string;
  /** Logs that a stored registration reaches no WSP (src/lib/registrations/unreachable-warning.ts). */
  warnUnreachable: UnreachableWarning;
  close(): Promise<void>;
}

async function send(config: SignupConfig, mailer: Mailer | undefined, delivery: Delivery) {
  const channels = config.channels(delivery.target);
  if (delivery.channel === 'webhook') {
    if (!channels.webhook)
      throw new DeliveryFailure(`no webhook configured for ${delivery.target}`);
    // The signature's timestamp is transport time, checked against the receiver's own clock:
    // always the real time, also when CAMPAIGN_NOW sets the site's clock.
    await postWebhook(channels.webhook, JSON.parse(delivery.payload) as WebhookPayload, new Date());
    return;
  }
  if (!mailer) throw new DeliveryFailure('no SMTP server configured');
  const message = JSON.parse(delivery.payload) as EmailPayload;
  const to = delivery.channel === 'confirmation' ? message.to : channels.email;
  if (!to) throw new DeliveryFailure(`no inbox configured for ${delivery.target}`);
  await mailer.send(to, message);
}

export interface RuntimeOptions {
  /**
   * Let go of every delivery claim at the start (SQLite only): right for the one process on the
   * file, whose claims left by a crash are its own. With several site processes on the file
   * (SITE_PROCESSES) the first process does it before the others start, and they do not, so no
   * process takes away a claim another is using (`prepareSignupStore`).
   */
  releaseClaims: boolean;
}

export async function createSignupRuntime(
  config: SignupConfig = signupConfigFrom(),
  clock: Clock = clockFromEnv(),
  options: RuntimeOptions = { releaseClaims: true },
): Promise<SignupRuntime> {
  const store = await openSignupStore(config);
  const mailer = config.smtp ? createMailer(config.smtp.url, config.smtp.from) : undefined;
  const worker = new DeliveryWorker(
    store,
    { send: (delivery) => send(config, mailer, delivery) },
    clock,
    {
      retryHours: config.retryHours,
      retryBaseSeconds: config.retryBaseSeconds,
      retentionDays: config.retentionDays,
      retentionMaxDays: config.retentionMaxDays,
      leaseMs: config.leaseSeconds * 1000,
      onPurged(report) {
        const { log, alert } = purgeMessages(report);
        for (const line of log) console.warn(line);
        if (alert && mailer && config.alertEmail) {
          mailer
            .send(config.alertEmail, alert)
            .catch(() => console.error('The retention alert e-mail could not be sent.'));
        }
      },
      onFailed(delivery, reason) {
        // Ids, channel and a reason category only: the log never holds personal data.
        const line = `Delivery ${delivery.id} (${delivery.channel} to ${delivery.target}) failed after ${config.retryHours} hours of retries: ${reason}`;
        console.error(line);
        const alertEmail = config.alertEmail;
        if (mailer && alertEmail) {
          failureAlertFor(store, delivery.registrationId, line, {
            retentionDays: config.retentionDays,
            maxDays: config.retentionMaxDays,
          })
            .then((text) =>
              mailer.send(alertEmail, {
                subject: 'Aanmelding of plan niet afgeleverd bij het WSP',
                text,
              }),
            )
            .catch(() => console.error('The alert e-mail could not be sent either.'));
        }
      },
    },
  );
  if (options.releaseClaims) await store.releaseClaims();
  worker.start();
  return {
    config,
    clock,
    store,
    worker,
    formSecret: await store.secret('form-stamp'),
    warnUnreachable: unreachableWarning(
      (line) => console.warn(line),
      () => performance.now(),
    ),
    async close() {
      await worker.stop();
      mailer?.close();
      await store.close();
    },
  };
}

/**
 * Before several site processes open the store at once (SITE_PROCESSES), by one process alone:
 * the tables made or brought up to date (migrations must not run twice at once), the form secret
 * made, and the claims a crash left let go while no delivery worker runs.
 */
export async function prepareSignupStore(config: SignupConfig): Promise<void> {
  const store = await openSignupStore(config);
  try {
    await store.secret('form-stamp');
    await store.releaseClaims();
  } finally {
    await store.close();
  }
}

/** What the form handlers (signups, contact requests) take from the runtime for one request. */
export function requestDeps(runtime: SignupRuntime, locals: App.Locals): FormDeps {
  return {
    register: async (request: RegisterRequest) => {
      const outcome = await runtime.store.register(
        request.input,
        request.now,
        request.plan,
        request.notice,
      );
      const servicePoint = request.input.servicePoint;
      if (outcome.kind === 'created' && !canReach(runtime.config, servicePoint)) {
        runtime.warnUnreachable(servicePoint, outcome.registration.id);
      }
      return outcome;
    },
    config: runtime.config,
    formSecret: runtime.formSecret,
    now: requestNow(locals, runtime.clock),
    notify: () => runtime.worker.notify(),
  };
}
