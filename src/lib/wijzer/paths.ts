/** The addresses of the regelingenwijzer. */
export const QUESTIONS_PATH = '/regelingen/wijzer/';
export const RESULT_PATH = '/regelingen/wijzer/uitkomst/';
export const CALENDAR_PATH = '/regelingen/wijzer/plan.ics';
export const SEND_PATH = '/regelingen/wijzer/versturen/';
export const SENT_PATH = '/regelingen/wijzer/verstuurd/';
