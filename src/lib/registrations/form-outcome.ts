/**
 * What a form's action hands back to the page (or to the enhancement script), the same for every
 * form: go on to the confirmation, show the form again with its messages, or a message instead
 * of the form. Plain data, so Astro can pass it along as an action result.
 */
import type { CoffeeResult } from './handle-coffee.ts';
import type { ContactResult } from './handle-contact.ts';
import type { SignupResult } from './handle-signup.ts';
import type { FormAgain } from './submission-gate.ts';

export type FormOutcome =
  /** Stored, or answered exactly as if stored: the confirmation page (post/redirect/get). */
  | { kind: 'done'; redirect: string }
  /** The form again: the input as sent, the messages and the stamp for the next try. */
  | FormAgain
  /** A kind answer instead of the form (closed, sent before with other details, a bot). */
  | { kind: 'message'; status: number; message: string };

/**
 * The outcome of a signup or a contact request. A repeat (an address used before) answers exactly
 * like a first submission: the screen never tells whether an address was used.
 */
export function outcomeOf(
  result: SignupResult | ContactResult | CoffeeResult,
  confirmation: (receipt: string) => string,
): FormOutcome {
  switch (result.kind) {
    case 'registered':
    case 'sent':
    case 'repeated':
      return { kind: 'done', redirect: confirmation(result.receipt) };
    case 'form':
      return result;
    case 'refused':
      return { kind: 'message', status: 400, message: result.message };
    case 'closed':
    case 'already':
      return { kind: 'message', status: 200, message: result.message };
  }
}

/** Said when the form could not be read at all (not a form, or not what the form sends). */
export const UNREADABLE_MESSAGE =
  'Uw formulier kon niet worden gelezen. Open de pagina opnieuw en verstuur het nog een keer.';
