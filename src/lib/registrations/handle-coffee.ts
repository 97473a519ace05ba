/**
 * "Koffie met een ambassadeur": an employer asks for a conversation with one ambassador. The
 * request goes to the WSP of the ambassador's municipality (that WSP knows the ambassador and
 * arranges the meeting), never to the ambassador: the employer never gets the ambassador's own
 * contact details. It takes the contact request's road: the same checks, stored with its outbox
 * in one transaction, delivered by the worker.
 */
import { pushChannels } from './config.ts';
import { creditOfForm } from './credit.ts';
import { issueStamp, type IssuedStamp } from './form-stamp.ts';
import { coffeeNotice } from './notices.ts';
import { coffeeAnswers, coffeeContent, planDeliveries } from './payloads.ts';
import { issueReceipt } from './receipt.ts';
import { COFFEE_PREFIX, type Registration } from './registration-fields.ts';
import { municipalityLabel, validateCoffee, valuesOf } from './signup-form.ts';
import { formAgainFor, gateSubmission, type FormAgain, type FormDeps } from './submission-gate.ts';

export const coffeeConsentText =
  'Ik geef toestemming dat mijn gegevens en mijn vraag naar het Werkgeversservicepunt gaan, zodat een adviseur een gesprek met de ambassadeur regelt.';

/** The ambassador asked for, as the request needs it. */
export interface CoffeeAmbassador {
  slug: string;
  name: string;
  /** The ambassador's municipality: its WSP arranges the conversation. */
  municipality: string;
  openForCoffee: boolean;
  url: string;
}

export interface CoffeeSite {
  municipalities: readonly { id: string; name: string; servicePoint: string }[];
  servicePoints: readonly { id: string; name: string; email: string }[];
  /** The ambassadors' slugs: the request's `via` credit counts only when it names one. */
  ambassadors: readonly string[];
}

export type CoffeeResult =
  | FormAgain
  | { kind: 'sent'; registration: Registration; replayed: boolean; receipt: string }
  /** Not stored (the same question again, or the daily number reached): answered as `sent`. */
  | { kind: 'repeated'; reason: 'already-sent' | 'daily-limit'; receipt: string }
  | { kind: 'refused' | 'already' | 'closed'; message: string };

/** The form id the stamp binds to, and the stored "event" of the request. */
export const coffeeSourceOf = (slug: string) => `${COFFEE_PREFIX}${slug}`;

export function freshCoffeeForm(
  slug: string,
  deps: Pick<FormDeps, 'formSecret' | 'now'>,
): IssuedStamp {
  return issueStamp(deps.formSecret, coffeeSourceOf(slug), deps.now);
}

/**
 * The service point that arranges a conversation with this ambassador: the one of the
 * ambassador's municipality (content: each municipality's `servicePoint`), whatever the
 * employer's municipality is. The employer's own municipality is passed along to that WSP.
 */
export function coffeeServicePointOf(
  ambassador: Pick<CoffeeAmbassador, 'municipality'>,
  site: CoffeeSite,
): { id: string; name: string; email: string } {
  const municipality = site.municipalities.find((m) => m.id === ambassador.municipality);
  const servicePoint = site.servicePoints.find((point) => point.id === municipality?.servicePoint);
  if (!servicePoint) {
    throw new Error(
      `No service point for the ambassador's municipality ${ambassador.municipality}`,
    );
  }
  return servicePoint;
}

export async function handleCoffeeRequest(
  form: Record<string, unknown>,
  ambassador: CoffeeAmbassador,
  site: CoffeeSite,
  deps: FormDeps,
): Promise<CoffeeResult> {
  if (!ambassador.openForCoffee) {
    return {
      kind: 'closed',
      message: `${ambassador.name} neemt op dit moment geen koffieverzoeken aan. Het Werkgeversservicepunt brengt u graag in contact met een andere werkgever.`,
    };
  }
  const source = coffeeSourceOf(ambassador.slug);
  const values = valuesOf(form);
  const again = formAgainFor(values, () => freshCoffeeForm(ambassador.slug, deps));

  const gate = gateSubmission(form, source, deps);
  if (gate.kind === 'bot')
    return { kind: 'refused', message: 'Uw vraag kon niet worden verstuurd.' };
  const checked = validateCoffee(
    form,
    site.municipalities.map((m) => m.id),
  );
  // What the person can fix comes first; the stamp's complaint only once the fields are right.
  if (gate.kind === 'retry') return again(422, checked.ok ? {} : checked.errors, gate.formError);
  if (!checked.ok) return again(422, checked.errors, undefined, gate.submitted);
  const input = checked.input;

  const servicePoint = coffeeServicePointOf(ambassador, site);
  const employerMunicipality = site.municipalities.find((m) => m.id === input.municipality);
  // The visit's credit, as a signup carries it (credit.ts): dropped, never refused, when wrong.
  const credit = creditOfForm(form, site.ambassadors);
  const channels = pushChannels(deps.config, servicePoint.id);
  // Made from what was sent now only, so a repeat gets the same answer as a first request.
  const receipt = issueReceipt(deps.formSecret, {
    form: source,
    servicePoint: servicePoint.id,
    status: 'bevestigd',
    attendees: 1,
  });
  try {
    const outcome = await deps.register({
      input: {
        kind: 'koffieverzoek',
        eventId: source,
        idempotencyKey: gate.submitted.token,
        name: input.name,
        email: input.email,
        organisation: input.organisation,
        municipality: municipalityLabel(input.municipality, employerMunicipality),
        phone: input.phone,
        remark: input.remark,
        // The message names the ambassador and holds the question: the same one again is a repeat.
        message: `Koffie met ${ambassador.name}: ${input.remark}`,
        answers: JSON.stringify(coffeeAnswers(ambassador, input.remark)),
        servicePoint: servicePoint.id,
        consentText: coffeeConsentText,
        ...credit,
      },
      now: deps.now,
      plan: (registration) =>
        planDeliveries(
          registration,
          () =>
            coffeeContent(registration, {
              ambassador: { slug: ambassador.slug, name: ambassador.name, url: ambassador.url },
              servicePointName: servicePoint.name,
              servicePointEmail: servicePoint.email,
            }),
          channels,
        ),
      notice: (earlier, reason) =>
        channels.confirmation && reason !== 'already-registered'
          ? JSON.stringify(coffeeNotice(earlier, reason, ambassador.name, servicePoint))
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
        message: `Dit formulier was al verstuurd. Uw vraag is verstuurd zoals u die de eerste keer stuurde. Wilt u iets aanvullen? Mail dan naar ${servicePoint.email}.`,
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
    console.error('Coffee request not stored:', error instanceof Error ? error.message : error);
    return again(
      503,
      {},
      'Uw vraag kon nu niet worden verstuurd; er is niets bewaard. Probeer het over een paar minuten opnieuw.',
    );
  }
}
