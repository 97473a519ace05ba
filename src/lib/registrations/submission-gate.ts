/**
 * The checks every details form passes before its input is read: the honeypot, and the signed
 * stamp (genuine, not too fast, not stale). Shared by event signups and contact requests.
 */
import type { SignupConfig } from './config.ts';
import { checkStamp, type IssuedStamp } from './form-stamp.ts';
import type { FieldErrors, FormValues } from './signup-form.ts';
import type { RegisterOutcome, RegisterRequest } from './store.ts';

/** What a form handler takes from the runtime for one submission. */
export interface FormDeps {
  /** Stores a registration durably (the group commit) and answers when it is committed. */
  register: (request: RegisterRequest) => Promise<RegisterOutcome>;
  config: SignupConfig;
  formSecret: string;
  now: Date;
  /** Wakes the delivery worker after a new registration. */
  notify: () => void;
}

/** A form shown again: the input as sent, the messages, and the stamp for the next try. */
export interface FormAgain {
  kind: 'form';
  status: number;
  values: FormValues;
  errors: FieldErrors;
  formError?: string;
  form: IssuedStamp;
}

/** The "show the form again" answer of one submission; a fresh stamp unless one is given. */
export function formAgainFor(values: FormValues, fresh: () => IssuedStamp) {
  return (
    status: number,
    errors: FieldErrors,
    formError?: string,
    stamp: IssuedStamp = fresh(),
  ): FormAgain => ({
    kind: 'form',
    status,
    values,
    errors,
    ...(formError ? { formError } : {}),
    form: stamp,
  });
}

export type Gate =
  /** Passed; the same form (token and stamp) stays valid for a quick correction. */
  | { kind: 'ok'; submitted: IssuedStamp }
  | { kind: 'bot' }
  /** Not passed, but possibly a person: show the form again with this message. */
  | { kind: 'retry'; formError: string };

export function gateSubmission(
  form: Record<string, unknown>,
  formId: string,
  deps: {
    formSecret: string;
    now: Date;
    config: Pick<SignupConfig, 'minFillSeconds' | 'formMaxAgeHours'>;
  },
): Gate {
  // The honeypot field is hidden from people; only a bot fills it in.
  if (typeof form['website'] === 'string' && form['website'] !== '') return { kind: 'bot' };

  const stamp = checkStamp(
    deps.formSecret,
    form['stamp'],
    { eventId: formId, token: form['token'] },
    deps.now,
    { minSeconds: deps.config.minFillSeconds, maxAgeHours: deps.config.formMaxAgeHours },
  );
  if (stamp === 'too-fast') {
    return {
      kind: 'retry',
      formError:
        'Het formulier werd wel heel snel verstuurd. Controleer uw gegevens en verstuur het nog een keer.',
    };
  }
  if (stamp !== 'ok') {
    return {
      kind: 'retry',
      formError: 'Dit formulier was verlopen. Uw gegevens staan er nog: verstuur het nog een keer.',
    };
  }
  return { kind: 'ok', submitted: { token: String(form['token']), stamp: String(form['stamp']) } };
}
