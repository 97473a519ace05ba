/**
 * A contact request from the regelingenwijzer: the employer sends the hire plan with their
 * details to the WSP of their municipality (handle-request.ts does the sending).
 */
import type { IssuedStamp } from './form-stamp.ts';
import {
  handleRequest,
  freshRequestForm,
  type RequestBody,
  type RequestDeps,
  type RequestKind,
  type RequestResult,
  type RequestSite,
} from './handle-request.ts';
import { contactNotice } from './notices.ts';
import { contactContent } from './payloads.ts';

export { regionalServicePoint } from './handle-request.ts';

/** Where contact requests come from: stored as their "event", and the form's stamp binds to it. */
export const CONTACT_SOURCE = 'regelingenwijzer';

/** Shown when the answers sent along are missing or wrong: there is no plan to send. */
export const NO_PLAN_MESSAGE =
  'Er is geen plan om te versturen: de antwoorden in de regelingenwijzer kloppen niet. Controleer de vragen en verstuur het daarna opnieuw.';

export const contactConsentText =
  'Ik geef toestemming dat mijn gegevens en dit aannameplan naar het Werkgeversservicepunt gaan, zodat een adviseur contact met mij opneemt.';

export interface ContactSite extends RequestSite {
  /** The hire plan for the answers the form carries, or undefined when they are not valid. */
  planOf: (answers: string) => (RequestBody & { query: string }) | undefined;
}

export type ContactDeps = RequestDeps;
export type ContactResult = RequestResult;

export function freshContactForm(deps: Pick<ContactDeps, 'formSecret' | 'now'>): IssuedStamp {
  return freshRequestForm(CONTACT_SOURCE, deps);
}

function contactKind(site: ContactSite): RequestKind {
  return {
    kind: 'contactverzoek',
    source: CONTACT_SOURCE,
    consentText: contactConsentText,
    bodyOf: site.planOf,
    content: (registration, body, servicePoint) =>
      contactContent(registration, {
        planUrl: body.url,
        servicePointName: servicePoint.name,
        servicePointEmail: servicePoint.email,
      }),
    notice: contactNotice,
    messages: {
      refused: 'Uw plan kon niet worden verstuurd.',
      noBody: NO_PLAN_MESSAGE,
      already: (email) =>
        `Dit formulier was al verstuurd. Uw plan is verstuurd zoals u het de eerste keer stuurde. Wilt u iets aanvullen? Mail dan naar ${email}.`,
      unavailable:
        'Uw plan kon nu niet worden verstuurd; er is niets bewaard. Probeer het over een paar minuten opnieuw.',
    },
  };
}

export function handleContactRequest(
  form: Record<string, unknown>,
  site: ContactSite,
  deps: ContactDeps,
): Promise<ContactResult> {
  return handleRequest(form, contactKind(site), site, deps);
}
