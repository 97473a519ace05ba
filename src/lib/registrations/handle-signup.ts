/**
 * One signup submission from start to end: is the event open, is the form genuine, is the input
 * valid, which service point gets it, and the registration stored with its outbox — in that
 * order. Pure orchestration: the route passes in content and the runtime.
 */
import { closedMessage, signupState, type EventTiming } from '../events.ts';
import { pushChannels } from './config.ts';
import { creditOfForm } from './credit.ts';
import { issueStamp, type IssuedStamp } from './form-stamp.ts';
import { signupNotice } from './notices.ts';
import { planDeliveries, signupContent, type EventSummary } from './payloads.ts';
import { issueReceipt } from './receipt.ts';
import { municipalityLabel, validateSignup, valuesOf } from './signup-form.ts';
import type { Registration } from './registration-fields.ts';
import { formAgainFor, gateSubmission, type FormAgain, type FormDeps } from './submission-gate.ts';

export const consentText =
  'Ik geef toestemming dat mijn gegevens worden gebruikt om deze aanmelding te regelen, en dat het Werkgeversservicepunt mij hierover mag benaderen.';

export interface SignupEvent extends EventTiming, EventSummary {
  capacity: number;
  /** The organising service point: it receives signups from businesses outside the region. */
  servicePoint: string;
}

export interface SignupSite {
  municipalities: readonly { id: string; name: string; servicePoint: string }[];
  ambassadors: readonly string[];
}

export type SignupDeps = FormDeps;

export type SignupResult =
  | { kind: 'closed'; message: string }
  | FormAgain
  /** Stored (or the same form again): `receipt` is for the address of the confirmation page. */
  | { kind: 'registered'; registration: Registration; replayed: boolean; receipt: string }
  /**
   * This address was already signed up: nothing stored, its owner gets a notice e-mail. The
   * route answers exactly as for `registered`, with this receipt of what was sent now.
   */
  | { kind: 'repeated'; receipt: string }
  /** The same form came back with other details: the first stays. */
  | { kind: 'already'; message: string }
  | { kind: 'refused'; message: string };

/** A fresh form for an event: a new idempotency token and its signed stamp. */
export function freshForm(
  deps: Pick<SignupDeps, 'formSecret' | 'now'>,
  eventId: string,
): IssuedStamp {
  return issueStamp(deps.formSecret, eventId, deps.now);
}

export async function handleSignup(
  form: Record<string, unknown>,
  event: SignupEvent,
  site: SignupSite,
  deps: SignupDeps,
): Promise<SignupResult> {
  const state = signupState(event, deps.now);
  if (!state.open) return { kind: 'closed', message: closedMessage(state.reason) };

  const values = valuesOf(form);
  const again = formAgainFor(values, () => freshForm(deps, event.id));

  const gate = gateSubmission(form, event.id, deps);
  if (gate.kind === 'bot') {
    return { kind: 'refused', message: 'Uw aanmelding kon niet worden verwerkt.' };
  }
  const checked = validateSignup(
    form,
    site.municipalities.map((m) => m.id),
  );
  // What the person can fix comes first; the stamp's complaint only once the fields are right.
  if (gate.kind === 'retry') return again(422, checked.ok ? {} : checked.errors, gate.formError);
  const submitted = gate.submitted;
  if (!checked.ok) return again(422, checked.errors, undefined, submitted);
  const input = checked.input;

  const municipality = site.municipalities.find((m) => m.id === input.municipality);
  const servicePoint = municipality?.servicePoint ?? event.servicePoint;
  const credit = creditOfForm(form, site.ambassadors);
  const channels = pushChannels(deps.config, servicePoint);

  try {
    const outcome = await deps.register({
      input: {
        eventId: event.id,
        capacity: event.capacity,
        eventEnd: event.end,
        idempotencyKey: String(form['token']),
        name: input.name,
        email: input.email,
        organisation: input.organisation,
        municipality: municipalityLabel(input.municipality, municipality),
        phone: input.phone,
        attendees: input.attendees,
        remark: input.remark,
        ...credit,
        servicePoint,
        consentText,
      },
      now: deps.now,
      plan: (registration) =>
        planDeliveries(registration, () => signupContent(registration, event, deps.now), channels),
      notice: (earlier) =>
        channels.confirmation ? JSON.stringify(signupNotice(earlier, event)) : undefined,
    });
    if (outcome.kind === 'declined') {
      if (outcome.noticed) deps.notify();
      // What a first signup with these details would have shown; never the earlier one.
      const receipt = issueReceipt(deps.formSecret, {
        form: event.id,
        servicePoint,
        status: outcome.status,
        attendees: input.attendees,
      });
      return { kind: 'repeated', receipt };
    }
    if (outcome.kind === 'replayed' && outcome.changed) {
      return {
        kind: 'already',
        message: `Dit formulier was al verstuurd. Uw aanmelding staat erin zoals u die de eerste keer verstuurde. Wilt u iets wijzigen? Mail dan naar ${event.servicePointEmail}.`,
      };
    }
    if (outcome.kind === 'created') deps.notify();
    const registration = outcome.registration;
    return {
      kind: 'registered',
      registration,
      replayed: outcome.kind === 'replayed',
      receipt: issueReceipt(deps.formSecret, {
        form: event.id,
        servicePoint: registration.servicePoint,
        status: registration.status,
        attendees: registration.attendees,
      }),
    };
  } catch (error) {
    console.error('Signup not stored:', error instanceof Error ? error.message : error);
    return again(
      503,
      {},
      'Uw aanmelding kon nu niet worden opgeslagen; er is niets bewaard. Probeer het over een paar minuten opnieuw.',
    );
  }
}
