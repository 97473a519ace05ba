/** Answers an export request: checks the service point's token, then sends CSV or JSON. */
import type { SignupConfig } from './config.ts';
import { isAuthorised, registrationsCsv, registrationsJson } from './export.ts';
import { registrationKinds, type RegistrationKind } from './registration-fields.ts';
import type { SignupStore } from './store.ts';

const isKind = (value: string): value is RegistrationKind =>
  (registrationKinds as readonly string[]).includes(value);

export interface ExportDeps {
  store: SignupStore;
  config: SignupConfig;
  /** Known service point ids (from content) and event titles by id. */
  servicePoints: readonly string[];
  eventTitles: ReadonlyMap<string, string>;
  now: Date;
}

export async function handleExport(
  request: Request,
  servicePoint: string,
  format: 'csv' | 'json',
  deps: ExportDeps,
): Promise<Response> {
  const noStore = { 'cache-control': 'no-store' };
  if (!deps.servicePoints.includes(servicePoint)) {
    return new Response('Onbekend servicepunt.', { status: 404, headers: noStore });
  }
  if (
    !isAuthorised(
      request.headers.get('authorization'),
      deps.config.channels(servicePoint).exportToken,
    )
  ) {
    return new Response('Geef een geldig token mee: Authorization: Bearer <token>.', {
      status: 401,
      headers: { ...noStore, 'www-authenticate': 'Bearer realm="aanmeldingen"' },
    });
  }
  const sinceParam = new URL(request.url).searchParams.get('vanaf');
  const since = sinceParam ? new Date(sinceParam) : undefined;
  if (since && Number.isNaN(since.getTime())) {
    return new Response('"vanaf" moet een tijdstip zijn, bijvoorbeeld 2026-11-01T00:00:00Z.', {
      status: 400,
      headers: noStore,
    });
  }
  // "soort" narrows the export to one kind (signups, hire plans, analysis requests); without it, all.
  const kind = new URL(request.url).searchParams.get('soort');
  if (kind !== null && !isKind(kind)) {
    return new Response(`"soort" moet een van deze zijn: ${registrationKinds.join(', ')}.`, {
      status: 400,
      headers: noStore,
    });
  }
  const rows = (await deps.store.registrationsFor(servicePoint, since))
    .filter((registration) => kind === null || registration.kind === kind)
    .map((registration) => ({
      ...registration,
      eventTitle: deps.eventTitles.get(registration.eventId) ?? registration.eventId,
    }));
  // Pulled once is seen by the WSP: from now on the normal retention applies (retention.ts).
  if (request.method === 'GET') {
    await deps.store.markExported(
      rows.map((row) => row.id),
      deps.now,
    );
  }
  if (format === 'json') {
    return new Response(JSON.stringify(registrationsJson(servicePoint, rows, deps.now)), {
      headers: { ...noStore, 'content-type': 'application/json; charset=utf-8' },
    });
  }
  return new Response(registrationsCsv(rows), {
    headers: {
      ...noStore,
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="aanmeldingen-${servicePoint}.csv"`,
    },
  });
}
