/** The export routes' shared body: content and runtime in, the export handler's answer out. */
import type { APIContext } from 'astro';
import { contentOf } from '../request-content.ts';
import { requestNow } from '../request-clock.ts';
import { handleExport } from './export-handler.ts';
import { coffeeSourceOf } from './handle-coffee.ts';
import { ANALYSIS_SOURCE } from './handle-analysis.ts';
import { CONTACT_SOURCE } from './handle-contact.ts';
import { signupsOf } from './request-locals.ts';

export async function exportResponse(
  context: APIContext,
  format: 'csv' | 'json',
): Promise<Response> {
  const content = await contentOf(context.locals);
  const runtime = signupsOf(context.locals);
  return handleExport(context.request, context.params['servicePoint'] ?? '', format, {
    store: runtime.store,
    config: runtime.config,
    servicePoints: content.servicePoints.map((servicePoint) => servicePoint.id),
    eventTitles: new Map([
      ...content.events.map((event) => [event.id, event.data.title] as const),
      [CONTACT_SOURCE, 'Regelingenwijzer (aannameplan)'],
      ...content.ambassadors.map(
        (ambassador) =>
          [coffeeSourceOf(ambassador.id), `Koffie met ${ambassador.data.name}`] as const,
      ),
      [ANALYSIS_SOURCE, 'Functiecreatie (quick-scan)'],
    ]),
    now: requestNow(context.locals),
  });
}
