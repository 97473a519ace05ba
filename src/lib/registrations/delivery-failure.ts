/**
 * Why a delivery failed, in words fit for the log and the alert e-mail: a category and a code
 * (`smtp 550`, `webhook 500`, `timeout`), never an error's own text. An SMTP server's refusal
 * quotes the recipient's address, and the log and alerts carry ids and reasons only.
 */

/** A delivery failure whose `reason` is safe to log; its cause keeps the details in memory. */
export class DeliveryFailure extends Error {
  readonly reason: string;

  constructor(reason: string, options?: ErrorOptions) {
    super(reason, options);
    this.name = 'DeliveryFailure';
    this.reason = reason;
  }
}

/** The reason category of a nodemailer error: its SMTP reply code or its error code. */
export function smtpFailureReason(error: unknown): string {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === 'number') return `smtp ${responseCode}`;
  if (code === 'ETIMEDOUT') return 'timeout';
  // Nodemailer's codes (ECONNECTION, EAUTH, EDNS, ...) name the failure, never the message.
  if (typeof code === 'string' && /^E[A-Z]{2,20}$/.test(code)) return `smtp ${code}`;
  return 'smtp error';
}

/**
 * The loggable reason of anything a sender threw. Errors of unknown origin are reduced to
 * their class name: their text may hold anything.
 */
export function failureReason(error: unknown): string {
  // Duck-typed: the server and Astro's bundle each have their own copy of this class.
  if (error instanceof Error && error.name === 'DeliveryFailure' && 'reason' in error) {
    return String(error.reason);
  }
  return error instanceof Error ? `unexpected ${error.name}` : 'unexpected error';
}
