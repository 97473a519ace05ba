/** "Stuur naar het WSP": the hire plan of the answers the form carries, as a contact request. */
import { defineAction } from 'astro:actions';
import { contentOf } from '../lib/request-content.ts';
import { amsterdamDateOf } from '../lib/dates.ts';
import { outcomeOf, type FormOutcome } from '../lib/registrations/form-outcome.ts';
import { handleContactRequest } from '../lib/registrations/handle-contact.ts';
import { signupsOf } from '../lib/registrations/request-locals.ts';
import { requestDeps } from '../lib/registrations/runtime.ts';
import { postedFormSchema } from '../lib/registrations/signup-form.ts';
import { contactSiteOf } from '../lib/registrations/site-context.ts';
import { SENT_PATH } from '../lib/wijzer/paths.ts';

export const sendPlan = defineAction({
  accept: 'form',
  input: postedFormSchema,
  async handler(form, context): Promise<FormOutcome> {
    const deps = requestDeps(signupsOf(context.locals), context.locals);
    const site = contactSiteOf(
      await contentOf(context.locals),
      context.site ?? new URL(context.url.origin),
      amsterdamDateOf(deps.now),
    );
    const result = await handleContactRequest(form, site, deps);
    return outcomeOf(result, (receipt) => `${SENT_PATH}?code=${receipt}`);
  },
});
