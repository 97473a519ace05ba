/**
 * The checks every details form passes before its input is read: the honeypot, and the signed
 * stamp (genuine, not too fast, not stale). Shared by event signups and contact requests.
 */
import type { SignupConfig } from './config.ts';
import { checkStamp, type IssuedStamp } from './form-stamp.ts';

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
