/**
 * Every form of the site as an Astro Action: one per form, each taking the posted form
 * (`accept: 'form'`) and answering with a FormOutcome (src/lib/registrations/form-outcome.ts). The form
 * pages run them and turn the outcome into the answer (src/lib/registrations/form-answer.ts).
 */
import { requestAnalysis } from './request-analysis.ts';
import { sendPlan } from './send-plan.ts';
import { signup } from './signup.ts';

export const server = { signup, sendPlan, requestAnalysis };
