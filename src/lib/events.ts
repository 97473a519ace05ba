/**
 * When an event is upcoming or past, and whether signing up is possible. Pure: "now" is passed in.
 */
import type { EventStatus } from '../schemas/taxonomy.ts';

export interface EventTiming {
  start: Date;
  end: Date;
  signupDeadline: Date;
  status: EventStatus;
}

/** An event is upcoming until it has ended: one that is under way still shows as upcoming. */
export function isUpcoming(event: Pick<EventTiming, 'end'>, now: Date): boolean {
  return event.end.getTime() > now.getTime();
}

/** Upcoming events soonest first, past events most recent first. */
export function splitByTime<T extends { data: Pick<EventTiming, 'start' | 'end'> }>(
  events: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const byStart = [...events].sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
  return {
    upcoming: byStart.filter((event) => isUpcoming(event.data, now)),
    past: byStart.filter((event) => !isUpcoming(event.data, now)).reverse(),
  };
}

export type SignupState =
  { open: true } | { open: false; reason: 'afgelast' | 'voorbij' | 'deadline' | 'vol' };

/**
 * Whether the signup form is offered. A full event ("vol") set by staff closes it; capacity
 * counted from registrations is decided by the signup store, which can offer a waitlist instead.
 */
export function signupState(event: EventTiming, now: Date): SignupState {
  if (event.status === 'afgelast') return { open: false, reason: 'afgelast' };
  if (!isUpcoming(event, now) || event.start.getTime() <= now.getTime()) {
    return { open: false, reason: 'voorbij' };
  }
  if (event.signupDeadline.getTime() < now.getTime()) return { open: false, reason: 'deadline' };
  if (event.status === 'vol') return { open: false, reason: 'vol' };
  return { open: true };
}

/** A short Dutch sentence for a closed signup, for the event page and the signup endpoint. */
export function closedMessage(reason: Exclude<SignupState, { open: true }>['reason']): string {
  switch (reason) {
    case 'afgelast':
      return 'Deze bijeenkomst is afgelast. Aanmelden kan niet meer.';
    case 'voorbij':
      return 'Deze bijeenkomst is al geweest. Aanmelden kan niet meer.';
    case 'deadline':
      return 'De aanmeldtermijn is voorbij. Neem contact op met het WSP als u toch wilt komen.';
    case 'vol':
      return 'Deze bijeenkomst is vol. Neem contact op met het WSP voor een volgende keer.';
  }
}
