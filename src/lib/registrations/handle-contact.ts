/**
 * A contact request from the regelingenwijzer: the employer sends the hire plan with their
 * details to the WSP of their municipality. It takes the same road as an event signup: the same
 * checks, stored with its outbox in one transaction, delivered by the worker.
 */
import { pushChannels } from './config.ts';
import { issueStamp, type IssuedStamp } from './form-stamp.ts';
import { contactNotice } from './notices.ts';
import { contactContent, planDeliveries } from './payloads.ts';
import { issueReceipt } from './receipt.ts';
import { municipalityLabel, validateContact, valuesOf } from './signup-form.ts';
import type { Registration } from './registration-fields.ts';
import { formAgainFor, gateSubmission, type FormAgain, type FormDeps } from './submission-gate.ts';

/** Where contact requests come from: stored as their "event", and the form's stamp binds to it. */
export const CONTACT_SOURCE = 'regelingenwijzer';

/** Shown when the answers sent along are missing or wrong: there is no plan to send. */
export const NO_PLAN_MESSAGE =
  'Er is geen plan om te versturen: de antwoorden in de regelingenwijzer kloppen niet. Controleer de vragen en verstuur het daarna opnieuw.';

export const contactConsentText =
  'Ik geef toestemming dat mijn gegevens en dit aannameplan naar het Werkgeversservicepunt gaan, zodat een adviseur contact met mij opneemt.';

export interface ContactSite {
  municipalities: readonly { id: string; name: string; servicePoint: string }[];
  servicePoints: readonly { id: string; name: string; email: string }[];
  /** The hire plan for the answers the form carries, or undefined when they are not valid. */
  planOf: (answers: string) => { query: string; url: string; text: string } | undefined;
}

export type ContactDeps = FormDeps;

export type ContactResult =
  | FormAgain
  /** Stored (or the same form again): `receipt` is for the address of the confirmation page. */
  | { kind: 'sent'; registration: Registration; replayed: boolean; receipt: string }
  /**
   * Not stored: the same plan from the same address within a day, or the address's daily number
   * of plans reached. Its owner gets a notice e-mail; the route answers exactly as for `sent`.
   */
  | { kind: 'repeated'; reason: 'already-sent' | 'daily-limit'; receipt: string }
  /** A bot, or the same form sent again with other details: a message instead of the form. */
  | { kind: 'refused' | 'already'; message: string };

export function freshContactForm(deps: Pick<ContactDeps, 'formSecret' | 'now'>): IssuedStamp {
  return issueStamp(deps.formSecret, CONTACT_SOURCE, deps.now);
}

/**
 * The service point for a business outside the region: the one that serves most of the
 * region's municipalities, which is the campaign's own.
 */
export function regionalServicePoint(municipalities: ContactSite['municipalities']): string {
  const served = new Map<string, number>();
  for (const municipality of municipalities) {
    served.set(municipality.servicePoint, (served.get(municipality.servicePoint) ?? 0) + 1);
  }
  const [first] = [...served].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!first) throw new Error('No municipalities, so no service point for contact requests');
  return first[0];
}

export async function handleContactRequest(
  form: Record<string, unknown>,
  site: ContactSite,
  deps: ContactDeps,
): Promise<ContactResult> {
  const values = valuesOf(form);
  const again = formAgainFor(values, () => freshContactForm(deps));

  const gate = gateSubmission(form, CONTACT_SOURCE, deps);
  if (gate.kind === 'bot') {
    return { kind: 'refused', message: 'Uw plan kon niet worden verstuurd.' };
  }
  const checked = validateContact(
    form,
    site.municipalities.map((m) => m.id),
  );
  // What the person can fix comes first; the stamp's complaint only once the fields are right.
  if (gate.kind === 'retry') return again(422, checked.ok ? {} : checked.errors, gate.formError);

  const answers = typeof form['answers'] === 'string' ? form['answers'] : '';
  const plan = site.planOf(answers);
  if (!plan) {
    return again(422, checked.ok ? {} : checked.errors, NO_PLAN_MESSAGE, gate.submitted);
  }
  if (!checked.ok) return again(422, checked.errors, undefined, gate.submitted);
  const input = checked.input;

  const municipality = site.municipalities.find((m) => m.id === input.municipality);
  const servicePointId = municipality?.servicePoint ?? regionalServicePoint(site.municipalities);
  const servicePoint = site.servicePoints.find((point) => point.id === servicePointId);
  if (!servicePoint) throw new Error(`Unknown service point ${servicePointId}`);

  const channels = pushChannels(deps.config, servicePoint.id);
  // Made from what was sent now only, so a repeat gets the same answer as a first plan.
  const receipt = issueReceipt(deps.formSecret, {
    form: CONTACT_SOURCE,
    servicePoint: servicePoint.id,
    status: 'bevestigd',
    attendees: 1,
  });
  try {
    const outcome = await deps.register({
      input: {
        kind: 'contactverzoek',
        eventId: CONTACT_SOURCE,
        idempotencyKey: gate.submitted.token,
        name: input.name,
        email: input.email,
        organisation: input.organisation,
        municipality: municipalityLabel(input.municipality, municipality),
        phone: input.phone,
        remark: input.remark,
        servicePoint: servicePoint.id,
        consentText: contactConsentText,
        message: plan.text,
      },
      now: deps.now,
      plan: (registration) =>
        planDeliveries(
          registration,
          contactContent(registration, {
            planUrl: plan.url,
            servicePointName: servicePoint.name,
            servicePointEmail: servicePoint.email,
          }),
          channels,
        ),
      notice: (earlier, reason) =>
        channels.confirmation && reason !== 'already-registered'
          ? JSON.stringify(contactNotice(earlier, reason, servicePoint))
          : undefined,
    });
    if (outcome.kind === 'declined') {
      if (outcome.noticed) deps.notify();
      const reason = outcome.reason === 'daily-limit' ? 'daily-limit' : 'already-sent';
      return { kind: 'repeated', reason, receipt };
    }
    if (outcome.kind === 'replayed' && outcome.changed) {
      return {
        kind: 'already',
        message: `Dit formulier was al verstuurd. Uw plan is verstuurd zoals u het de eerste keer stuurde. Wilt u iets aanvullen? Mail dan naar ${servicePoint.email}.`,
      };
    }
    if (outcome.kind === 'created') deps.notify();
    return {
      kind: 'sent',
      registration: outcome.registration,
      replayed: outcome.kind !== 'created',
      receipt,
    };
  } catch (error) {
    console.error('Contact request not stored:', error instanceof Error ? error.message : error);
    return again(
      503,
      {},
      'Uw plan kon nu niet worden verstuurd; er is niets bewaard. Probeer het over een paar minuten opnieuw.',
    );
  }
}
