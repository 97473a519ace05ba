/** A calendar file per event, pre-rendered: it holds only public event details. */
import type { APIContext, GetStaticPaths } from 'astro';
import { loadContent, type CampaignEvent } from '../../../lib/content.ts';
import { toICalendar } from '../../../lib/ics.ts';
import { requestNow } from '../../../lib/request-clock.ts';
import { locationOf } from '../../../lib/registrations/site-context.ts';

export const getStaticPaths = (async () => {
  const { events } = await loadContent();
  return events.map((event) => ({ params: { slug: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export function GET({ props, site, locals }: APIContext<{ event: CampaignEvent }>) {
  const { event } = props;
  const url = new URL(`/bijeenkomsten/${event.id}/`, site ?? 'http://localhost').href;
  const body = toICalendar(
    [
      {
        uid: `${event.id}@werkgevers.regioamersfoort.nl`,
        summary: event.data.title,
        description: `${event.data.summary}\n\n${url}`,
        location: locationOf(event),
        url,
        start: event.data.start,
        end: event.data.end,
      },
    ],
    {
      prodId: '-//Regio Amersfoort//Iedereen doet mee//NL',
      now: requestNow(locals),
      name: event.data.title,
    },
  );
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
