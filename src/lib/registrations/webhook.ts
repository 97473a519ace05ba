/**
 * Webhooks signed as the Standard Webhooks specification asks: headers webhook-id (the same for
 * every retry of one message), webhook-timestamp (seconds) and webhook-signature
 * ("v1," + base64 HMAC-SHA256 over "id.timestamp.body" with the base64-decoded secret).
 */
import { createHmac } from 'node:crypto';
import { DeliveryFailure } from './delivery-failure.ts';

export function webhookSignature(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

export function webhookHeaders(secret: string, id: string, now: Date, body: string) {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': webhookSignature(secret, id, timestamp, body),
  };
}

/**
 * Sends one webhook; resolves on a 2xx answer and throws a DeliveryFailure otherwise, whose
 * reason names only the HTTP status, a timeout or an unreachable receiver, never the content.
 */
export async function postWebhook(
  target: { url: string; secret: string },
  message: { messageId: string; body: string },
  now: Date,
  timeoutMs = 10_000,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(target.url, {
      method: 'POST',
      headers: webhookHeaders(target.secret, message.messageId, now, message.body),
      body: message.body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new DeliveryFailure(timedOut ? 'timeout' : 'webhook not reached', { cause: error });
  }
  await response.body?.cancel();
  if (response.status < 200 || response.status > 299) {
    throw new DeliveryFailure(`webhook ${response.status}`);
  }
}
