/**
 * The kinds of registration and the rules of each, decided inside the store's transaction so
 * that two submissions at the same moment cannot both pass a rule. An event signup takes places
 * (beyond the capacity: the waitlist) and is one per address per event. A request (a hire plan
 * from the regelingenwijzer, an analysis request from the quick-scan, a conversation with an
 * ambassador) takes no place, may come a
 * few times a day from one mailbox, and the same request again is the one sent before. The
 * store only persists.
 */
import { emailKey, mailboxOf } from './mailbox.ts';
import type {
  Registration,
  RegistrationStatus,
  StoredRegistration,
} from './registration-fields.ts';

/** What every kind carries: the details a person typed, and where it goes (registration-fields.ts). */
type RegistrationDetails = Pick<
  StoredRegistration,
  | 'eventId'
  | 'idempotencyKey'
  | 'name'
  | 'email'
  | 'organisation'
  | 'municipality'
  | 'servicePoint'
  | 'consentText'
> & {
  [K in 'phone' | 'remark' | 'via' | 'channel' | 'landingPage']?:
    Exclude<StoredRegistration[K], null> | undefined;
};

export type NewEventSignup = RegistrationDetails & {
  kind?: 'aanmelding';
  /** Places at the event; attendees beyond it go on the waitlist. */
  capacity: number;
  attendees: number;
  /** Retention counts from the end of the event. */
  eventEnd: Date;
};

/** What every request to a service point carries besides the details: its text and answers. */
interface RequestContent {
  /** The request as text: what the service e-mail and the export show. */
  message: string;
  /** The answers as structured, versioned JSON text (docs/payloads.md). */
  answers: string;
}

export type NewContactRequest = RegistrationDetails & RequestContent & { kind: 'contactverzoek' };

/** A functiecreatie quick-scan sent to the WSP with the question for an analysis. */
export type NewAnalysisRequest = RegistrationDetails & RequestContent & { kind: 'analyseverzoek' };

/**
 * A request for a conversation with an ambassador; `eventId` is `koffie:<ambassador slug>` and the
 * message names the ambassador and holds the question, so the same question again is a repeat.
 */
export type NewCoffeeRequest = RegistrationDetails & RequestContent & { kind: 'koffieverzoek' };

/** Every kind that is a request to a service point rather than a signup for an event. */
export type NewRequest = NewContactRequest | NewAnalysisRequest | NewCoffeeRequest;

export type NewRegistration = NewEventSignup | NewRequest;

/** True for a request (hire plan, analysis, ...), false for an event signup. */
export const isRequest = (input: NewRegistration): input is NewRequest =>
  input.kind !== undefined && input.kind !== 'aanmelding';

/** Why a submission was not stored: the address's owner gets a notice by e-mail instead. */
export type NoticeReason = 'already-registered' | 'already-sent' | 'daily-limit';

/** What the rules may ask the store, inside the transaction. */
export interface RuleQueries {
  /** The signup of this address (as one person) for this event, if there is one. */
  signupOf(eventId: string, email: string): Promise<Registration | undefined>;
  /** Confirmed places taken for an event. */
  placesTaken(eventId: string): Promise<number>;
  /**
   * Requests of every kind (not signups) from this mailbox, plus-tagged forms included, since
   * `since`, newest first.
   */
  requestsFrom(mailbox: ReturnType<typeof mailboxOf>, since: Date): Promise<Registration[]>;
}

export type Decision =
  /** Store it, as this. */
  | { kind: 'store'; status: RegistrationStatus; attendees: number; eventEnd: Date }
  /**
   * Not stored: the earlier registration stands (the same address for the event, the same plan
   * again, or the mailbox's daily number reached; `retryAt`: when the next is taken). `status` is
   * what a new one would have got, so the answer on screen looks like one; the earlier one's
   * address gets a notice for `reason` instead.
   */
  | {
      kind: 'declined';
      reason: NoticeReason;
      registration: Registration;
      status: RegistrationStatus;
      retryAt?: Date;
    };

/**
 * Requests (of all kinds together) one mailbox may send per 24 hours. Each one mails a copy to
 * that address, so without a limit the forms could be used to flood someone else's inbox.
 */
export const contactRequestsPerDay = 3;

const day = 86_400_000;

async function decideSignup(input: NewEventSignup, queries: RuleQueries): Promise<Decision> {
  const taken = await queries.placesTaken(input.eventId);
  const status = taken + input.attendees <= input.capacity ? 'bevestigd' : 'wachtlijst';
  const earlier = await queries.signupOf(input.eventId, input.email);
  if (earlier) {
    return { kind: 'declined', reason: 'already-registered', registration: earlier, status };
  }
  return { kind: 'store', status, attendees: input.attendees, eventEnd: input.eventEnd };
}

async function decideRequest(
  input: NewRequest,
  now: Date,
  queries: RuleQueries,
): Promise<Decision> {
  const recent = await queries.requestsFrom(mailboxOf(input.email), new Date(now.getTime() - day));
  // The same request again: the same kind with the same text from the same address.
  const repeat = recent.find(
    (earlier) =>
      earlier.kind === input.kind &&
      emailKey(earlier.email) === emailKey(input.email) &&
      earlier.message === input.message,
  );
  if (repeat) {
    return {
      kind: 'declined',
      reason: 'already-sent',
      registration: repeat,
      status: 'bevestigd',
    } satisfies Decision;
  }
  const [latest] = recent;
  const oldestCounted = recent[contactRequestsPerDay - 1];
  if (latest && oldestCounted) {
    const retryAt = new Date(Date.parse(oldestCounted.createdAt) + day);
    return {
      kind: 'declined',
      reason: 'daily-limit',
      registration: latest,
      status: 'bevestigd',
      retryAt,
    } satisfies Decision;
  }
  // No place to take; kept as long as a signup after its event, counted from sending.
  return { kind: 'store', status: 'bevestigd', attendees: 1, eventEnd: now } satisfies Decision;
}

/** Whether this new registration may be stored, by the rules of its kind. */
export function decide(input: NewRegistration, now: Date, queries: RuleQueries): Promise<Decision> {
  return isRequest(input) ? decideRequest(input, now, queries) : decideSignup(input, queries);
}
