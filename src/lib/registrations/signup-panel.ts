/**
 * What an event's live signup part shows (src/components/signup/SignupPanel.astro): whether
 * signing up is open, how many places are left, and the form's stamp. Worked out here, so that no
 * component queries the store.
 */
import { signupState, type EventTiming, type SignupState } from '../events.ts';
import type { IssuedStamp } from './form-stamp.ts';
import { freshForm } from './handle-signup.ts';
import type { SignupStore } from './store.ts';

export interface SignupPanel {
  state: SignupState;
  /** Never below zero: beyond the capacity people go on the waitlist. */
  placesLeft: number;
  form: IssuedStamp;
}

export async function signupPanelOf(
  runtime: { store: Pick<SignupStore, 'placesTaken'>; formSecret: string },
  event: { id: string; data: EventTiming & { capacity: number } },
  now: Date,
  /** The stamp of a failed attempt shown again; otherwise a fresh one. */
  form?: IssuedStamp,
): Promise<SignupPanel> {
  return {
    state: signupState(event.data, now),
    placesLeft: Math.max(0, event.data.capacity - (await runtime.store.placesTaken(event.id))),
    form: form ?? freshForm({ formSecret: runtime.formSecret, now }, event.id),
  };
}
