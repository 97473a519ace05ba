/** E-mail through the configured SMTP server (nodemailer). */
import nodemailer from 'nodemailer';
import { DeliveryFailure, smtpFailureReason } from './delivery-failure.ts';
import type { EmailPayload } from './payloads.ts';

export interface Mailer {
  send(to: string, message: EmailPayload): Promise<void>;
  close(): void;
}

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(to, message) {
      // A refusal's text quotes the recipient's address: only its code travels on.
      await transport
        .sendMail({
          from,
          to,
          subject: message.subject,
          text: message.text,
          ...(message.calendar
            ? {
                attachments: [
                  {
                    filename: 'bijeenkomst.ics',
                    content: message.calendar,
                    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
                  },
                ],
              }
            : {}),
        })
        .catch((error: unknown) => {
          throw new DeliveryFailure(smtpFailureReason(error), { cause: error });
        });
    },
    close() {
      transport.close();
    },
  };
}
