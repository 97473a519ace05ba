/** "Vraag een analyse aan": the quick-scan of the answers the form carries, as an analysis request. */
import { defineAction } from 'astro:actions';
import { ANALYSIS_SENT_PATH } from '../lib/functiecreatie/paths.ts';
import { outcomeOf, type FormOutcome } from '../lib/registrations/form-outcome.ts';
import { handleAnalysisRequest } from '../lib/registrations/handle-analysis.ts';
import { signupsOf } from '../lib/registrations/request-locals.ts';
import { requestDeps } from '../lib/registrations/runtime.ts';
import { postedFormSchema } from '../lib/registrations/signup-form.ts';
import { analysisSiteOf } from '../lib/registrations/site-context.ts';
import { contentOf } from '../lib/request-content.ts';

export const requestAnalysis = defineAction({
  accept: 'form',
  input: postedFormSchema,
  async handler(form, context): Promise<FormOutcome> {
    const deps = requestDeps(signupsOf(context.locals), context.locals);
    const site = analysisSiteOf(
      await contentOf(context.locals),
      context.site ?? new URL(context.url.origin),
    );
    const result = await handleAnalysisRequest(form, site, deps);
    return outcomeOf(result, (receipt) => `${ANALYSIS_SENT_PATH}?code=${receipt}`);
  },
});
