import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { amsterdamToInstant } from '../dates.ts';
import {
  coffeeAnswers,
  coffeeContent,
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
    const plan = planDeliveries(registration, () => signupContent(registration, event, now), {
      webhook: true,
      email: false,
      confirmation: true,
    });
    expect(plan.map((p) => [p.channel, p.target])).toEqual([
      ['webhook', 'wsp-regio-amersfoort'],
      ['confirmation', 'registrant'],
    ]);
  });

  it('makes the content only when a channel will send it, and then once', () => {
    let made = 0;
    const content = () => {
      made += 1;
      return signupContent(registration, event, now);
    };
    const none = { webhook: false, email: false, confirmation: false };
    expect(planDeliveries(registration, content, none)).toEqual([]);
    expect(made).toBe(0);
    const all = { webhook: true, email: true, confirmation: true };
    expect(planDeliveries(registration, content, all)).toHaveLength(3);
    expect(made).toBe(1);
  });

  it('gives the webhook a message id and a body with the stable registration id', () => {
    const [webhook] = planDeliveries(registration, () => signupContent(registration, event, now), {
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
    const vevent = ICAL.Component.fromString(mail.calendar!).getFirstSubcomponent('vevent');
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

describe('a koffieverzoek', () => {
  const coffee: Registration = {
    ...registration,
    kind: 'koffieverzoek',
    eventId: 'koffie:fatima-el-idrissi',
    attendees: 1,
    remark: 'Hoe begon u met functiecreatie?',
    message: 'Koffie met Fatima El Idrissi: Hoe begon u met functiecreatie?',
    answers: JSON.stringify(
      coffeeAnswers(
        { slug: 'fatima-el-idrissi', name: 'Fatima El Idrissi' },
        'Hoe begon u met functiecreatie?',
      ),
    ),
    via: null,
    servicePoint: 'wsp-foodvalley',
  };
  const summary = {
    ambassador: {
      slug: 'fatima-el-idrissi',
      name: 'Fatima El Idrissi',
      url: 'https://werkgevers.regioamersfoort.nl/ambassadeurs/fatima-el-idrissi/',
    },
    servicePointName: 'WSP Foodvalley',
    servicePointEmail: 'wsp@foodvalley.example',
  };

  it('carries its answers as the versioned data stored with it', () => {
    const body = JSON.parse(coffeeContent(coffee, summary).webhookBody) as {
      data: { answers: unknown };
    };
    expect(body.data.answers).toEqual({
      schema: 'koffieverzoek/1',
      ambassador: { slug: 'fatima-el-idrissi', name: 'Fatima El Idrissi' },
      question: 'Hoe begon u met functiecreatie?',
    });
  });

  it('tells the employer who arranges the conversation, not how to reach the ambassador', () => {
    const { confirmationEmail: toEmployer, serviceEmail: toWsp } = coffeeContent(coffee, summary);
    expect(toEmployer.to).toBe('anna@example.nl');
    expect(toEmployer.text).toContain('Uw vraag is naar WSP Foodvalley gestuurd');
    expect(toEmployer.text).toContain('Mail naar wsp@foodvalley.example');
    // The only addresses in the mail are the WSP's; nothing of the ambassador's own.
    expect(toEmployer.text.match(/\S+@\S+/g)).toEqual(['wsp@foodvalley.example.']);
    expect(toWsp.text).toContain('Ambassadeur: Fatima El Idrissi');
    expect(toWsp.text).toContain('Naam: Anna de Vries');
  });
});
