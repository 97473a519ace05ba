import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink } from '../../../tests/support/smtp-sink.ts';
import { createMailer } from './mailer.ts';

describe('createMailer', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink.close());

  it('delivers a message with its calendar file to a real SMTP server', async () => {
    const mailer = createMailer(sink.url, 'Iedereen doet mee <noreply@example.nl>');
    await mailer.send('anna@example.nl', {
      subject: 'Uw aanmelding: Ontbijtsessie',
      text: 'Beste Anna,\n\nTot dan!',
      calendar: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    });
    mailer.close();
    expect(sink.messages).toHaveLength(1);
    const [message] = sink.messages;
    expect(message?.to).toEqual(['anna@example.nl']);
    expect(message?.raw).toContain('Subject: Uw aanmelding: Ontbijtsessie');
    expect(message?.raw).toContain('filename=bijeenkomst.ics');
    expect(message?.raw).toMatch(/Content-Type: text\/calendar/);
  });

  it('rejects when the server cannot be reached', async () => {
    const mailer = createMailer('smtp://127.0.0.1:9', 'x@example.nl');
    await expect(mailer.send('a@example.nl', { subject: 's', text: 't' })).rejects.toThrow(
      /^smtp E[A-Z]+$/,
    );
    mailer.close();
  });

  it('rejects a refused recipient with the reply code only, not the text that quotes it', async () => {
    const refusing = await startSmtpSink({ refuseRecipients: ['geweigerd@example.nl'] });
    const mailer = createMailer(refusing.url, 'x@example.nl');
    const sending = mailer.send('geweigerd@example.nl', { subject: 's', text: 't' });
    await expect(sending).rejects.toThrow(/^smtp 550$/);
    await expect(sending).rejects.toMatchObject({ reason: 'smtp 550' });
    mailer.close();
    await refusing.close();
  });
});
