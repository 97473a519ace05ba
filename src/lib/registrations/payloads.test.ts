import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { amsterdamToInstant } from '../dates.ts';
import {
  confirmationEmail,
  contactContent,
  planDeliveries,
  serviceEmail,
  signupContent,
  type EventSummary,
} from './payloads.ts';
import type { Registration } from './registration-fields.ts';

const event: EventSummary = {
  id: 'ontbijtsessie',
  title: 'Ontbijtsessie',
  start: amsterdamToInstant('2026-12-10T08:00'),
  end: amsterdamToInstant('2026-12-10T09:30'),
  location: 'De Kamp, Kampweg 12, 3811 AB Amersfoort',
  url: 'https://werkgevers.regioamersfoort.nl/bijeenkomsten/ontbijtsessie/',
  servicePointName: 'WSP Regio Amersfoort',
  servicePointEmail: 'wsp@example.org',
};

const registration: Registration = {
  id: '0b6f0c1e-1111-4c8e-9d1a-2f6a7a5b9c01',
  kind: 'aanmelding',
  message: null,
  answers: null,
  eventId: 'ontbijtsessie',
  confirmationCode: 'c',
  status: 'bevestigd',
  name: 'Anna de Vries',
  email: 'anna@example.nl',
  organisation: 'Bakkerij',
  municipality: 'Soest',
  phone: null,
  attendees: 2,
  remark: null,
  via: 'anouk-de-wit',
  servicePoint: 'wsp-regio-amersfoort',
  createdAt: '2026-11-27T11:00:00.000Z',
};
const now = new Date('2026-11-27T11:00:00Z');

describe('planDeliveries', () => {
  it('plans one delivery per configured channel', () => {
    const plan = planDeliveries(registration, signupContent(registration, event, now), {
      webhook: true,
      email: false,
      confirmation: true,
    });
    expect(plan.map((p) => [p.channel, p.target])).toEqual([
      ['webhook', 'wsp-regio-amersfoort'],
      ['confirmation', 'registrant'],
    ]);
  });

  it('gives the webhook a message id and a body with the stable registration id', () => {
    const [webhook] = planDeliveries(registration, signupContent(registration, event, now), {
      webhook: true,
      email: false,
      confirmation: false,
    });
    const payload = JSON.parse(webhook!.payload) as { messageId: string; body: string };
    expect(payload.messageId).toBe(`msg_${registration.id}`);
    expect(JSON.parse(payload.body)).toMatchObject({
      type: 'registration.created',
      data: {
        id: registration.id,
        event: { id: 'ontbijtsessie' },
        contact: { email: 'anna@example.nl' },
        via: 'anouk-de-wit',
      },
    });
  });
});

describe('e-mails', () => {
  it('tells the WSP everything it needs, with the registration id', () => {
    const mail = serviceEmail(registration, event);
    expect(mail.subject).toBe('Aanmelding: Ontbijtsessie – Bakkerij');
    expect(mail.text).toContain('Aantal personen: 2');
    expect(mail.text).toContain(`Kenmerk: ${registration.id}`);
  });

  it('confirms to the registrant with a calendar file that parses', () => {
    const mail = confirmationEmail(registration, event, now);
    expect(mail.to).toBe('anna@example.nl');
    const vevent = new ICAL.Component(ICAL.parse(mail.calendar!)).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('summary')).toBe('Ontbijtsessie');
  });

  it('says "wachtlijst" and sends no calendar file for a waitlisted signup', () => {
    const mail = confirmationEmail({ ...registration, status: 'wachtlijst' }, event, now);
    expect(mail.subject).toBe('U staat op de wachtlijst: Ontbijtsessie');
    expect(mail.calendar).toBeUndefined();
  });
});

describe('a contact request', () => {
  const request: Registration = {
    ...registration,
    kind: 'contactverzoek',
    eventId: 'regelingenwijzer',
    message: 'Uw aannameplan\nDeze regelingen passen: No-riskpolis',
    remark: 'Kan de jobcoach al in januari starten?',
  };
  const content = contactContent(request, {
    planUrl: 'https://werkgevers.regioamersfoort.nl/regelingen/wijzer/uitkomst/?situatie=wajong',
    servicePointName: 'WSP Regio Amersfoort',
    servicePointEmail: 'wsp@example.org',
  });

  it('sends the plan and its address to the WSP, with the stable id', () => {
    expect(JSON.parse(content.webhookBody)).toMatchObject({
      type: 'contact_request.created',
      data: {
        id: request.id,
        source: 'regelingenwijzer',
        plan: request.message,
        question: 'Kan de jobcoach al in januari starten?',
      },
    });
    expect(content.serviceEmail.text).toContain('Vraag: Kan de jobcoach al in januari starten?');
    expect(content.serviceEmail.text).toContain('Deze regelingen passen: No-riskpolis');
    expect(content.serviceEmail.text).toContain(`Kenmerk: ${request.id}`);
  });

  it('confirms to the employer which WSP received it', () => {
    expect(content.confirmationEmail.to).toBe('anna@example.nl');
    expect(content.confirmationEmail.text).toContain('verstuurd naar WSP Regio Amersfoort');
  });
});
