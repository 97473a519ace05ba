/**
 * What the staff view's routes share: access first (src/lib/staff/staff-access.ts), then the
 * counts of the store with the names from the content. Nothing is read before access is granted.
 */
import type { APIContext } from 'astro';
import { requestNow } from '../request-clock.ts';
import { contentOf } from '../request-content.ts';
import { signupsOf } from '../registrations/request-locals.ts';
import { allCounts, monthPeriod } from '../registrations/result-counts.ts';
import { ANALYSIS_SOURCE } from '../registrations/handle-analysis.ts';
import { coffeeSourceOf } from '../registrations/handle-coffee.ts';
import { CONTACT_SOURCE } from '../registrations/handle-contact.ts';
import { readConfig, siteConfig } from '../config.ts';
import { refusal, readStaffAccess, staffAccessOf, type StaffAccessConfig } from './staff-access.ts';
import { resultTables, type ResultTable } from './result-tables.ts';

/** Who may see the staff view: the server's checked config, with the CMS settings of the build. */
export function staffAccessConfig(): StaffAccessConfig {
  // PUBLIC_CMS_* as the CMS was built with them (Vite writes them in at build time, as in
  // src/pages/admin/index.astro); the rest from the server's config.
  const built = readConfig({
    PUBLIC_CMS_BACKEND: import.meta.env['PUBLIC_CMS_BACKEND'] as string | undefined,
    PUBLIC_CMS_REPO: import.meta.env['PUBLIC_CMS_REPO'] as string | undefined,
    PUBLIC_CMS_API_ROOT: import.meta.env['PUBLIC_CMS_API_ROOT'] as string | undefined,
    PUBLIC_CMS_BASE_URL: import.meta.env['PUBLIC_CMS_BASE_URL'] as string | undefined,
    PUBLIC_CMS_APP_ID: import.meta.env['PUBLIC_CMS_APP_ID'] as string | undefined,
  });
  const server = siteConfig();
  return readStaffAccess({
    ...server,
    // The backend the CMS was built for decides the login; "local" (the default) leaves it to
    // the server's own setting.
    PUBLIC_CMS_BACKEND:
      built.PUBLIC_CMS_BACKEND !== 'local' ? built.PUBLIC_CMS_BACKEND : server.PUBLIC_CMS_BACKEND,
    PUBLIC_CMS_REPO: built.PUBLIC_CMS_REPO ?? server.PUBLIC_CMS_REPO,
    PUBLIC_CMS_API_ROOT: built.PUBLIC_CMS_API_ROOT ?? server.PUBLIC_CMS_API_ROOT,
    PUBLIC_CMS_BASE_URL: built.PUBLIC_CMS_BASE_URL ?? server.PUBLIC_CMS_BASE_URL,
    PUBLIC_CMS_APP_ID: built.PUBLIC_CMS_APP_ID ?? server.PUBLIC_CMS_APP_ID,
  });
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
  const config = staffAccessConfig();
  const now = requestNow(context.locals);
  if (!staffAccessOf(context.request, config, await sessionSecretOf(context.locals), now)) {
    return refusal(context.request, config);
  }
  const asked = context.url.searchParams.get('maand') ?? '';
  const period = asked ? monthPeriod(asked) : undefined;
  const content = await contentOf(context.locals);
  const tables = resultTables(await allCounts(signupsOf(context.locals).store, period), {
    events: new Map([
      ...content.events.map((event) => [event.id, event.data.title] as const),
      [CONTACT_SOURCE, 'Regelingenwijzer (aannameplan)'],
      [ANALYSIS_SOURCE, 'Functiecreatie (quick-scan)'],
      ...content.ambassadors.map(
        (person) => [coffeeSourceOf(person.id), `Koffie met ${person.data.name}`] as const,
      ),
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
