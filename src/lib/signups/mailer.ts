/** E-mail through the configured SMTP server (nodemailer). */
import nodemailer from 'nodemailer';
import type { EmailPayload } from './payloads.ts';

export interface Mailer {
  send(to: string, message: EmailPayload): Promise<void>;
  close(): void;
}

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(to, message) {
      await transport.sendMail({
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
      });
    },
    close() {
      transport.close();
    },
  };
}
