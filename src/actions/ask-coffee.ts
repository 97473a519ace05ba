/** "Koffie met een ambassadeur": the ambassador named by the form, the koffieverzoek rules. */
import { defineAction } from 'astro:actions';
import { outcomeOf, type FormOutcome } from '../lib/registrations/form-outcome.ts';
import { handleCoffeeRequest } from '../lib/registrations/handle-coffee.ts';
import { signupsOf } from '../lib/registrations/request-locals.ts';
import { requestDeps } from '../lib/registrations/runtime.ts';
import { postedFormSchema } from '../lib/registrations/signup-form.ts';
import { coffeeAmbassadorOf, coffeeSiteOf } from '../lib/registrations/site-context.ts';
import { coffeePaths } from '../lib/registrations/coffee-paths.ts';
import { contentOf } from '../lib/request-content.ts';

export const askCoffee = defineAction({
  accept: 'form',
  input: postedFormSchema,
  async handler(form, context): Promise<FormOutcome> {
    const content = await contentOf(context.locals);
    const ambassador = content.ambassadors.find((entry) => entry.id === form.event);
    if (!ambassador) {
      return { kind: 'message', status: 404, message: 'Deze ambassadeur bestaat niet (meer).' };
    }
    const site = context.site ?? new URL(context.url.origin);
    const result = await handleCoffeeRequest(
      form,
      coffeeAmbassadorOf(ambassador, site),
      coffeeSiteOf(content),
      requestDeps(signupsOf(context.locals), context.locals),
    );
    return outcomeOf(result, (receipt) => `${coffeePaths(ambassador.id).sent}?code=${receipt}`);
  },
});
