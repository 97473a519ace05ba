import { askCoffee } from './ask-coffee.ts';
import { requestAnalysis } from './request-analysis.ts';
import { sendPlan } from './send-plan.ts';
import { signup } from './signup.ts';

export const server = { signup, sendPlan, askCoffee, requestAnalysis };
