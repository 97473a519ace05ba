/**
 * What each delivery sends, prepared when the registration is made (the worker only sends). The
 * webhook body carries the registration's stable id, so a receiver can recognise a repeat.
 */
import { formatTimeRange } from '../dates.ts';
import { toICalendar } from '../ics.ts';
import { contactOf, type Registration } from './registration-fields.ts';
import type { PlannedDelivery } from './store.ts';

export interface EventSummary {
  id: string;
  title: string;
  start: Date;
  end: Date;
  /** Venue and address, or "Online". */
  location: string;
  url: string;
  servicePointName: string;
  servicePointEmail: string;
}

export interface WebhookPayload {
  messageId: string;
  /** The exact JSON text that is signed and sent. */
  body: string;
}

export interface EmailPayload {
  /** Only for the confirmation to the registrant; a service point's inbox comes from config. */
  to?: string;
  subject: string;
  text: string;
  calendar?: string;
}

export function webhookBody(registration: Registration, event: EventSummary): string {
  return JSON.stringify({
    type: 'registration.created',
    timestamp: registration.createdAt,
    data: {
      id: registration.id,
      status: registration.status,
      createdAt: registration.createdAt,
      servicePoint: registration.servicePoint,
      event: {
        id: event.id,
        title: event.title,
        start: event.start.toISOString(),
        end: event.end.toISOString(),
        url: event.url,
      },
      contact: contactOf(registration),
      attendees: registration.attendees,
      remark: registration.remark,
      via: registration.via,
    },
  });
}

const statusLine = (registration: Registration) =>
  registration.status === 'bevestigd' ? 'Aangemeld' : 'Op de wachtlijst (de bijeenkomst is vol)';

export function serviceEmail(registration: Registration, event: EventSummary): EmailPayload {
  const prefix = registration.status === 'bevestigd' ? 'Aanmelding' : 'Wachtlijst';
  return {
    subject: `${prefix}: ${event.title} – ${registration.organisation}`,
    text: [
      `Nieuwe ${prefix.toLowerCase()} via de campagnesite.`,
      '',
      `Bijeenkomst: ${event.title}`,
      `Wanneer: ${formatTimeRange(event.start, event.end)}`,
      `Status: ${statusLine(registration)}`,
      '',
      `Naam: ${registration.name}`,
      `E-mail: ${registration.email}`,
      `Telefoon: ${registration.phone ?? '-'}`,
      `Organisatie: ${registration.organisation}`,
      `Gemeente van het bedrijf: ${registration.municipality}`,
      `Aantal personen: ${registration.attendees}`,
      `Opmerking: ${registration.remark ?? '-'}`,
      `Via ambassadeur: ${registration.via ?? '-'}`,
      '',
      `Kenmerk: ${registration.id}`,
      `Ontvangen: ${registration.createdAt}`,
    ].join('\n'),
  };
}

export function confirmationEmail(
  registration: Registration,
  event: EventSummary,
  now: Date,
): EmailPayload {
  const confirmed = registration.status === 'bevestigd';
  return {
    to: registration.email,
    subject: confirmed
      ? `Uw aanmelding: ${event.title}`
      : `U staat op de wachtlijst: ${event.title}`,
    text: [
      `Beste ${registration.name},`,
      '',
      confirmed
        ? `Bedankt voor uw aanmelding. U bent welkom bij "${event.title}".`
        : `De bijeenkomst "${event.title}" is vol. U staat op de wachtlijst. Komt er een plek vrij, dan hoort u het van ${event.servicePointName}.`,
      '',
      `Wanneer: ${formatTimeRange(event.start, event.end)}`,
      `Waar: ${event.location}`,
      `Aantal personen: ${registration.attendees}`,
      `Meer informatie: ${event.url}`,
      '',
      `Kunt u niet komen, of wilt u iets wijzigen? Mail naar ${event.servicePointEmail}.`,
      '',
      `Met vriendelijke groet,`,
      event.servicePointName,
    ].join('\n'),
    ...(confirmed
      ? {
          calendar: toICalendar(
            [
              {
                uid: `${event.id}@werkgevers.regioamersfoort.nl`,
                summary: event.title,
                location: event.location,
                url: event.url,
                start: event.start,
                end: event.end,
              },
            ],
            { prodId: '-//Regio Amersfoort//Iedereen doet mee//NL', now },
          ),
        }
      : {}),
  };
}

/** What the three channels send for one registration. */
export interface DeliveryContent {
  webhookBody: string;
  serviceEmail: EmailPayload;
  confirmationEmail: EmailPayload;
}

export function signupContent(
  registration: Registration,
  event: EventSummary,
  now: Date,
): DeliveryContent {
  return {
    webhookBody: webhookBody(registration, event),
    serviceEmail: serviceEmail(registration, event),
    confirmationEmail: confirmationEmail(registration, event, now),
  };
}

/** Where a contact request came from and who receives it. */
export interface ContactSummary {
  /** The address of the hire plan (answers only, nothing personal). */
  planUrl: string;
  servicePointName: string;
  servicePointEmail: string;
}

/**
 * A request's stored answers as the webhook carries them (`data.answers`): the structured,
 * versioned JSON (`{"schema": "<kind>/<version>", ...}`, docs/payloads.md), or null.
 */
export function answersOf(registration: Registration): unknown {
  return registration.answers === null ? null : (JSON.parse(registration.answers) as unknown);
}

export function contactContent(
  registration: Registration,
  summary: ContactSummary,
): DeliveryContent {
  const plan = registration.message ?? '';
  return {
    webhookBody: JSON.stringify({
      type: 'contact_request.created',
      timestamp: registration.createdAt,
      data: {
        id: registration.id,
        createdAt: registration.createdAt,
        servicePoint: registration.servicePoint,
        source: registration.eventId,
        contact: contactOf(registration),
        question: registration.remark,
        plan,
        planUrl: summary.planUrl,
        answers: answersOf(registration),
      },
    }),
    serviceEmail: {
      subject: `Contactverzoek: aannameplan – ${registration.organisation}`,
      text: [
        'Een werkgever vraagt om contact over een aannameplan uit de regelingenwijzer.',
        '',
        `Naam: ${registration.name}`,
        `E-mail: ${registration.email}`,
        `Telefoon: ${registration.phone ?? '-'}`,
        `Organisatie: ${registration.organisation}`,
        `Gemeente van het bedrijf: ${registration.municipality}`,
        `Vraag: ${registration.remark ?? '-'}`,
        '',
        plan,
        '',
        `Het plan online: ${summary.planUrl}`,
        `Kenmerk: ${registration.id}`,
        `Ontvangen: ${registration.createdAt}`,
      ].join('\n'),
    },
    confirmationEmail: {
      to: registration.email,
      subject: 'Uw aannameplan is verstuurd naar het WSP',
      text: [
        `Beste ${registration.name},`,
        '',
        `Uw aannameplan is verstuurd naar ${summary.servicePointName}. Een adviseur neemt contact met u op.`,
        `Vragen? Mail naar ${summary.servicePointEmail}.`,
        '',
        `Het plan online: ${summary.planUrl}`,
        '',
        plan,
      ].join('\n'),
    },
  };
}

/** Where an analysis request came from and who receives it. */
export interface AnalysisSummary {
  /** The address of the quick-scan's result (answers only, nothing personal). */
  scanUrl: string;
  servicePointName: string;
  servicePointEmail: string;
}

/** An analysis request: a functiecreatie quick-scan sent to the WSP. */
export function analysisContent(
  registration: Registration,
  summary: AnalysisSummary,
): DeliveryContent {
  const scan = registration.message ?? '';
  return {
    webhookBody: JSON.stringify({
      type: 'analysis_request.created',
      timestamp: registration.createdAt,
      data: {
        id: registration.id,
        createdAt: registration.createdAt,
        servicePoint: registration.servicePoint,
        source: registration.eventId,
        contact: contactOf(registration),
        question: registration.remark,
        scan,
        scanUrl: summary.scanUrl,
        answers: answersOf(registration),
      },
    }),
    serviceEmail: {
      subject: `Analyseverzoek functiecreatie – ${registration.organisation}`,
      text: [
        'Een werkgever vraagt om een analyse van taken voor functiecreatie. De quick-scan staat hieronder.',
        '',
        `Naam: ${registration.name}`,
        `E-mail: ${registration.email}`,
        `Telefoon: ${registration.phone ?? '-'}`,
        `Organisatie: ${registration.organisation}`,
        `Gemeente van het bedrijf: ${registration.municipality}`,
        `Vraag: ${registration.remark ?? '-'}`,
        '',
        scan,
        '',
        `De scan online: ${summary.scanUrl}`,
        `Kenmerk: ${registration.id}`,
        `Ontvangen: ${registration.createdAt}`,
      ].join('\n'),
    },
    confirmationEmail: {
      to: registration.email,
      subject: 'Uw vraag om een analyse is verstuurd naar het WSP',
      text: [
        `Beste ${registration.name},`,
        '',
        `Uw quick-scan is verstuurd naar ${summary.servicePointName}. Een adviseur neemt contact met u op om samen naar de taken in uw bedrijf te kijken.`,
        `Vragen? Mail naar ${summary.servicePointEmail}.`,
        '',
        `De scan online: ${summary.scanUrl}`,
        '',
        scan,
      ].join('\n'),
    },
  };
}

export interface Channels {
  webhook: boolean;
  email: boolean;
  confirmation: boolean;
}

/**
 * The outbox entries for a new registration: the channels that are configured right now. The
 * content (e-mails with a calendar attachment, the webhook body) is made only when at least one
 * channel is configured for the service point.
 */
export function planDeliveries(
  registration: Registration,
  contentOf: () => DeliveryContent,
  channels: Channels,
): PlannedDelivery[] {
  const planned: PlannedDelivery[] = [];
  if (!channels.webhook && !channels.email && !channels.confirmation) return planned;
  const content = contentOf();
  const target = registration.servicePoint;
  if (channels.webhook) {
    const payload: WebhookPayload = {
      messageId: `msg_${registration.id}`,
      body: content.webhookBody,
    };
    planned.push({ channel: 'webhook', target, payload: JSON.stringify(payload) });
  }
  if (channels.email) {
    planned.push({ channel: 'email', target, payload: JSON.stringify(content.serviceEmail) });
  }
  if (channels.confirmation) {
    planned.push({
      channel: 'confirmation',
      target: 'registrant',
      payload: JSON.stringify(content.confirmationEmail),
    });
  }
  return planned;
}

/** The ambassador a koffieverzoek asks for, and the WSP that arranges the conversation. */
export interface CoffeeSummary {
  ambassador: { slug: string; name: string; url: string };
  servicePointName: string;
  servicePointEmail: string;
}

/**
 * The structured answers of a koffieverzoek, made from the stored fields: the ambassador's slug
 * from `eventId` (`koffie:<slug>`), the question from `remark`. Only the slug and name of the
 * ambassador: the WSP has the ambassador's contact details itself, the employer never gets them.
 */
/** A koffieverzoek's answers (docs/payloads.md), stored with it and sent as `data.answers`. */
export function coffeeAnswers(
  ambassador: { slug: string; name: string },
  question: string,
): { schema: 'koffieverzoek/1'; ambassador: { slug: string; name: string }; question: string } {
  return {
    schema: 'koffieverzoek/1',
    ambassador: { slug: ambassador.slug, name: ambassador.name },
    question,
  };
}

export function coffeeContent(registration: Registration, summary: CoffeeSummary): DeliveryContent {
  const { ambassador } = summary;
  const question = registration.remark ?? '';
  return {
    webhookBody: JSON.stringify({
      type: 'coffee_request.created',
      timestamp: registration.createdAt,
      data: {
        id: registration.id,
        kind: registration.kind,
        createdAt: registration.createdAt,
        servicePoint: registration.servicePoint,
        source: registration.eventId,
        contact: contactOf(registration),
        ambassador: { slug: ambassador.slug, name: ambassador.name, url: ambassador.url },
        question,
        answers: answersOf(registration),
      },
    }),
    serviceEmail: {
      subject: `Koffieverzoek: ${ambassador.name} – ${registration.organisation}`,
      text: [
        `Een werkgever wil graag in gesprek met ambassadeur ${ambassador.name}.`,
        'Wilt u het gesprek regelen? Geef de gegevens van de ambassadeur niet zelf door aan de werkgever: spreek samen een plek en tijd af.',
        '',
        `Ambassadeur: ${ambassador.name} (${ambassador.url})`,
        '',
        `Naam: ${registration.name}`,
        `E-mail: ${registration.email}`,
        `Telefoon: ${registration.phone ?? '-'}`,
        `Organisatie: ${registration.organisation}`,
        `Gemeente van het bedrijf: ${registration.municipality}`,
        '',
        'Vraag:',
        question,
        '',
        `Kenmerk: ${registration.id}`,
        `Ontvangen: ${registration.createdAt}`,
      ].join('\n'),
    },
    confirmationEmail: {
      to: registration.email,
      subject: `Uw vraag voor een gesprek met ${ambassador.name}`,
      text: [
        `Beste ${registration.name},`,
        '',
        `Bedankt voor uw vraag. U wilt graag praten met ${ambassador.name}.`,
        `Uw vraag is naar ${summary.servicePointName} gestuurd. Een adviseur neemt contact met u op en spreekt met u en ${ambassador.name} een plek en tijd af.`,
        '',
        'Uw vraag:',
        question,
        '',
        `Wilt u iets aanvullen? Mail naar ${summary.servicePointEmail}.`,
        '',
        'Met vriendelijke groet,',
        summary.servicePointName,
      ].join('\n'),
    },
  };
}
