/**
 * The notice e-mails to the owner of an address when a submission with it is not stored: the
 * screen answers every submission the same way (so nobody learns whether an address was used),
 * and the owner hears it here instead, as a password-reset page would do it.
 */
import { formatTimeRange } from '../dates.ts';
import type { EmailPayload, EventSummary } from './payloads.ts';
import type { Registration } from './registration-fields.ts';
import { contactRequestsPerDay, type NoticeReason } from './registration-kinds.ts';

const numberWords = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht'];
const inWords = (n: number) => numberWords[n] ?? String(n);

const notYou = 'Heeft u zelf niets gestuurd? Dan kunt u deze e-mail negeren.';

/** To the address of an earlier signup for the same event. */
export function signupNotice(earlier: Registration, event: EventSummary): EmailPayload {
  const persons = earlier.attendees === 1 ? '1 persoon' : `${earlier.attendees} personen`;
  return {
    to: earlier.email,
    subject: `U was al aangemeld: ${event.title}`,
    text: [
      `Beste ${earlier.name},`,
      '',
      `Via onze website is met dit e-mailadres nog een keer een aanmelding gestuurd voor "${event.title}".`,
      earlier.status === 'bevestigd'
        ? `U was al aangemeld, voor ${persons}.`
        : `U stond al op de wachtlijst, met ${persons}.`,
      'Daarom hebben we de nieuwe aanmelding niet bewaard. Er verandert niets. U hoeft niets te doen.',
      '',
      `Wanneer: ${formatTimeRange(event.start, event.end)}`,
      `Waar: ${event.location}`,
      '',
      `Wilt u iets wijzigen? Mail naar ${event.servicePointEmail}.`,
      notYou,
      '',
      'Met vriendelijke groet,',
      event.servicePointName,
    ].join('\n'),
  };
}

type RequestReason = Exclude<NoticeReason, 'already-registered'>;

/**
 * The notice for a request that was not sent again: the kind gives its subject and first lines,
 * the rest (whom to mail, "not you?", the signature) is the same for every kind of request.
 */
function requestNotice(
  earlier: Registration,
  servicePoint: { name: string; email: string },
  subject: string,
  body: readonly string[],
): EmailPayload {
  return {
    to: earlier.email,
    subject,
    text: [
      `Beste ${earlier.name},`,
      '',
      ...body,
      '',
      `Wilt u iets aanvullen of heeft u een vraag? Mail naar ${servicePoint.email}.`,
      notYou,
      '',
      'Met vriendelijke groet,',
      servicePoint.name,
    ].join('\n'),
  };
}

/** To the address of an earlier plan: the same plan again, or over the daily number. */
export function contactNotice(
  earlier: Registration,
  reason: RequestReason,
  servicePoint: { name: string; email: string },
): EmailPayload {
  return reason === 'already-sent'
    ? requestNotice(earlier, servicePoint, 'Uw aannameplan was al verstuurd', [
        'U heeft vandaag al een aannameplan met dezelfde antwoorden naar het WSP gestuurd.',
        'Het WSP heeft dat plan al. Daarom sturen we het niet nog een keer. U hoeft niets te doen: een adviseur neemt contact met u op.',
      ])
    : requestNotice(earlier, servicePoint, 'Uw aannameplan is niet verstuurd', [
        `U heeft vandaag al ${inWords(contactRequestsPerDay)} plannen naar het WSP gestuurd. Meer kan niet op één dag.`,
        'Daarom is uw nieuwe plan niet verstuurd. Morgen kunt u weer een plan sturen.',
      ]);
}

/** To the address of an earlier analysis request: the same scan again, or over the daily number. */
export function analysisNotice(
  earlier: Registration,
  reason: RequestReason,
  servicePoint: { name: string; email: string },
): EmailPayload {
  return reason === 'already-sent'
    ? requestNotice(earlier, servicePoint, 'Uw quick-scan was al verstuurd', [
        'U heeft vandaag al een quick-scan met dezelfde antwoorden naar het WSP gestuurd.',
        'Het WSP heeft die scan al. Daarom sturen we hem niet nog een keer. U hoeft niets te doen: een adviseur neemt contact met u op.',
      ])
    : requestNotice(earlier, servicePoint, 'Uw quick-scan is niet verstuurd', [
        `U heeft vandaag al ${inWords(contactRequestsPerDay)} verzoeken naar het WSP gestuurd. Meer kan niet op één dag.`,
        'Daarom is uw nieuwe scan niet verstuurd. Morgen kunt u hem weer sturen.',
      ]);
}

/** To the address of an earlier koffieverzoek: the same question again, or over the daily number. */
export function coffeeNotice(
  earlier: Registration,
  reason: RequestReason,
  ambassadorName: string,
  servicePoint: { name: string; email: string },
): EmailPayload {
  return reason === 'already-sent'
    ? requestNotice(earlier, servicePoint, 'Uw vraag voor een gesprek was al verstuurd', [
        `U heeft vandaag al dezelfde vraag gestuurd voor een gesprek met ${ambassadorName}.`,
        'Het WSP heeft uw vraag al. Daarom sturen we die niet nog een keer. U hoeft niets te doen: een adviseur neemt contact met u op.',
      ])
    : requestNotice(earlier, servicePoint, 'Uw vraag voor een gesprek is niet verstuurd', [
        `U heeft vandaag al ${inWords(contactRequestsPerDay)} verzoeken naar het WSP gestuurd. Meer kan niet op één dag.`,
        'Daarom is uw nieuwe vraag niet verstuurd. Morgen kunt u weer een vraag sturen.',
      ]);
}
