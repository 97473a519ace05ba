/** The event signup form: the event named by the form, the signup rules, the outcome. */
import { defineAction } from 'astro:actions';
import { contentOf } from '../lib/request-content.ts';
import { outcomeOf, type FormOutcome } from '../lib/registrations/form-outcome.ts';
import { handleSignup } from '../lib/registrations/handle-signup.ts';
import { signupsOf } from '../lib/registrations/request-locals.ts';
import { requestDeps } from '../lib/registrations/runtime.ts';
import { postedFormSchema } from '../lib/registrations/signup-form.ts';
import { signupEventOf, signupSiteOf } from '../lib/registrations/site-context.ts';

export const signup = defineAction({
  accept: 'form',
  input: postedFormSchema,
  async handler(form, context): Promise<FormOutcome> {
    const content = await contentOf(context.locals);
    const event = content.events.find((entry) => entry.id === form.event);
    if (!event) {
      return { kind: 'message', status: 404, message: 'Deze bijeenkomst bestaat niet (meer).' };
    }
    const site = context.site ?? new URL(context.url.origin);
    const result = await handleSignup(
      form,
      signupEventOf(event, content, site),
      signupSiteOf(content),
      requestDeps(signupsOf(context.locals), context.locals),
    );
    return outcomeOf(result, (receipt) => `/bijeenkomsten/${event.id}/aangemeld/?code=${receipt}`);
  },
});
