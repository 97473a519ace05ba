/**
 * What the staff view's routes share: access first (src/lib/staff/staff-access.ts), then the
 * counts of the store with the names from the content. Nothing is read before access is granted.
 */
import type { APIContext } from 'astro';
import { loadContent } from '../content.ts';
import { requestNow } from '../request-clock.ts';
import { signupsOf } from '../registrations/request-locals.ts';
import { allCounts, monthPeriod } from '../registrations/result-counts.ts';
import { CONTACT_SOURCE } from '../registrations/handle-contact.ts';
import { refusal, readStaffAccess, staffAccessOf } from './staff-access.ts';
import { resultTables, type ResultTable } from './result-tables.ts';

/** The environment the staff access reads: the server's, and the CMS settings of the build. */
export function staffEnv(): Record<string, string | undefined> {
  // PUBLIC_CMS_* are the build's (as the CMS was built with them); the rest the server's.
  return { ...(import.meta.env as Record<string, string | undefined>), ...process.env };
}

/** The key that signs staff sessions: made once per store, kept in it. */
export const sessionSecretOf = (locals: App.Locals) =>
  signupsOf(locals).store.secret('staff-session');

export interface StaffResults {
  tables: ResultTable[];
  /** The month asked for ("2026-12"), when a valid one was. */
  month?: string;
  /** A Dutch message when the month in the address was not one. */
  monthError?: string;
}

/** The staff view's tables for this request, or the refusal when it has no access. */
export async function staffResults(
  context: Pick<APIContext, 'request' | 'locals' | 'url'>,
): Promise<Response | StaffResults> {
  const config = readStaffAccess(staffEnv());
  const now = requestNow(context.locals);
  if (!staffAccessOf(context.request, config, sessionSecretOf(context.locals), now)) {
    return refusal(context.request, config);
  }
  const asked = context.url.searchParams.get('maand') ?? '';
  const period = asked ? monthPeriod(asked) : undefined;
  const content = await loadContent();
  const tables = resultTables(allCounts(signupsOf(context.locals).store, period), {
    events: new Map([
      ...content.events.map((event) => [event.id, event.data.title] as const),
      [CONTACT_SOURCE, 'Regelingenwijzer (aannameplan)'],
    ]),
    servicePoints: new Map(content.servicePoints.map((point) => [point.id, point.data.shortName])),
    ambassadors: new Map(content.ambassadors.map((person) => [person.id, person.data.name])),
  });
  return {
    tables,
    ...(period ? { month: asked } : {}),
    ...(asked && !period
      ? { monthError: `"${asked.slice(0, 20)}" is geen maand. Kies een maand, zoals 2026-12.` }
      : {}),
  };
}

/** Headers every staff answer carries: never cached, never indexed. */
export const staffHeaders = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
};
