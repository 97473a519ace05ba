/**
 * A request to the WSP of the employer's municipality (a hire plan from the regelingenwijzer, an
 * analysis request from the functiecreatie quick-scan): the employer's details plus what they
 * send, checked again on the server from the answers the form carries. It takes the same road as
 * an event signup: the same checks, stored with its outbox in one transaction, delivered by the
 * worker. Each kind says what it sends and how it words it (handle-contact.ts, handle-analysis.ts).
 * Like a signup, it carries the visit's credit (credit.ts), so the staff view counts what brought
 * the employer in.
 */
import { pushChannels } from './config.ts';
import { creditOfForm } from './credit.ts';
import { issueStamp, type IssuedStamp } from './form-stamp.ts';
import { planDeliveries, type DeliveryContent, type EmailPayload } from './payloads.ts';
import { issueReceipt } from './receipt.ts';
import type { NewRequest, NoticeReason } from './registration-kinds.ts';
import { municipalityLabel, validateContact, valuesOf } from './signup-form.ts';
import type { Registration } from './registration-fields.ts';
import { formAgainFor, gateSubmission, type FormAgain, type FormDeps } from './submission-gate.ts';

/** Where requests are routed: the municipalities and the service points they go to. */
export interface RequestSite {
  municipalities: readonly { id: string; name: string; servicePoint: string }[];
  servicePoints: readonly { id: string; name: string; email: string }[];
  /** The ambassadors' slugs: a request's `via` credit counts only when it names one. */
  ambassadors: readonly string[];
}

/** What a request sends, made on the server from the answers in the form. */
export interface RequestBody {
  /** Plain text: the service e-mail, the confirmation and the export. */
  text: string;
  /** Structured, versioned JSON text (docs/payloads.md): the webhook's `data.answers`. */
  answers: string;
  /** The public address of what was sent (answers only, nothing personal). */
  url: string;
}

export interface ServicePointSummary {
  name: string;
  email: string;
}

/** One kind of request: where it comes from, what it sends, and its words. */
export interface RequestKind {
  kind: NewRequest['kind'];
  /** Stored as the registration's "event", and the form's stamp binds to it. */
  source: string;
  consentText: string;
  /** The request for the answers the form carries, or undefined when they are not valid. */
  bodyOf: (answers: string) => RequestBody | undefined;
  content: (
    registration: Registration,
    body: { url: string },
    servicePoint: ServicePointSummary,
  ) => DeliveryContent;
  notice: (
    earlier: Registration,
    reason: Exclude<NoticeReason, 'already-registered'>,
    servicePoint: ServicePointSummary,
  ) => EmailPayload;
  messages: {
    /** A bot's submission. */
    refused: string;
    /** The answers sent along are missing or wrong: there is nothing to send. */
    noBody: string;
    /** The same form sent again with other details. */
    already: (servicePointEmail: string) => string;
    /** The store could not be reached: nothing was kept. */
    unavailable: string;
  };
}

export type RequestDeps = FormDeps;

export type RequestResult =
  | FormAgain
  /** Stored (or the same form again): `receipt` is for the address of the confirmation page. */
  | { kind: 'sent'; registration: Registration; replayed: boolean; receipt: string }
  /**
   * Not stored: the same request from the same address within a day, or the address's daily
   * number reached. Its owner gets a notice e-mail; the route answers exactly as for `sent`.
   */
  | { kind: 'repeated'; reason: 'already-sent' | 'daily-limit'; receipt: string }
  /** A bot, or the same form sent again with other details: a message instead of the form. */
  | { kind: 'refused' | 'already'; message: string };

export function freshRequestForm(
  source: string,
  deps: Pick<RequestDeps, 'formSecret' | 'now'>,
): IssuedStamp {
  return issueStamp(deps.formSecret, source, deps.now);
}

/**
 * The service point for a business outside the region: the one that serves most of the
 * region's municipalities, which is the campaign's own.
 */
export function regionalServicePoint(municipalities: RequestSite['municipalities']): string {
  const served = new Map<string, number>();
  for (const municipality of municipalities) {
    served.set(municipality.servicePoint, (served.get(municipality.servicePoint) ?? 0) + 1);
  }
  const [first] = [...served].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!first) throw new Error('No municipalities, so no service point for requests');
  return first[0];
}

export async function handleRequest(
  form: Record<string, unknown>,
  kind: RequestKind,
  site: RequestSite,
  deps: RequestDeps,
): Promise<RequestResult> {
  const values = valuesOf(form);
  const again = formAgainFor(values, () => freshRequestForm(kind.source, deps));

  const gate = gateSubmission(form, kind.source, deps);
  if (gate.kind === 'bot') return { kind: 'refused', message: kind.messages.refused };
  const checked = validateContact(
    form,
    site.municipalities.map((m) => m.id),
  );
  // What the person can fix comes first; the stamp's complaint only once the fields are right.
  if (gate.kind === 'retry') return again(422, checked.ok ? {} : checked.errors, gate.formError);

  const answers = typeof form['answers'] === 'string' ? form['answers'] : '';
  const body = kind.bodyOf(answers);
  if (!body) {
    return again(422, checked.ok ? {} : checked.errors, kind.messages.noBody, gate.submitted);
  }
  if (!checked.ok) return again(422, checked.errors, undefined, gate.submitted);
  const input = checked.input;

  const municipality = site.municipalities.find((m) => m.id === input.municipality);
  const servicePointId = municipality?.servicePoint ?? regionalServicePoint(site.municipalities);
  const servicePoint = site.servicePoints.find((point) => point.id === servicePointId);
  if (!servicePoint) throw new Error(`Unknown service point ${servicePointId}`);

  // Dropped, never refused, when it does not pass: a request is never lost over its credit.
  const credit = creditOfForm(form, site.ambassadors);
  const channels = pushChannels(deps.config, servicePoint.id);
  // Made from what was sent now only, so a repeat gets the same answer as a first request.
  const receipt = issueReceipt(deps.formSecret, {
    form: kind.source,
    servicePoint: servicePoint.id,
    status: 'bevestigd',
    attendees: 1,
  });
  try {
    const outcome = await deps.register({
      input: {
        kind: kind.kind,
        eventId: kind.source,
        idempotencyKey: gate.submitted.token,
        name: input.name,
        email: input.email,
        organisation: input.organisation,
        municipality: municipalityLabel(input.municipality, municipality),
        phone: input.phone,
        remark: input.remark,
        servicePoint: servicePoint.id,
        consentText: kind.consentText,
        message: body.text,
        answers: body.answers,
        ...credit,
      },
      now: deps.now,
      plan: (registration) =>
        planDeliveries(
          registration,
          () => kind.content(registration, body, servicePoint),
          channels,
        ),
      notice: (earlier, reason) =>
        channels.confirmation && reason !== 'already-registered'
          ? JSON.stringify(kind.notice(earlier, reason, servicePoint))
          : undefined,
    });
    if (outcome.kind === 'declined') {
      if (outcome.noticed) deps.notify();
      const reason = outcome.reason === 'daily-limit' ? 'daily-limit' : 'already-sent';
      return { kind: 'repeated', reason, receipt };
    }
    if (outcome.kind === 'replayed' && outcome.changed) {
      return { kind: 'already', message: kind.messages.already(servicePoint.email) };
    }
    if (outcome.kind === 'created') deps.notify();
    return {
      kind: 'sent',
      registration: outcome.registration,
      replayed: outcome.kind !== 'created',
      receipt,
    };
  } catch (error) {
    console.error(
      `Request (${kind.kind}) not stored:`,
      error instanceof Error ? error.message : error,
    );
    return again(503, {}, kind.messages.unavailable);
  }
}
