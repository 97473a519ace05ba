/** The staff view's counts as CSV (src/lib/staff/), for staff and scripts with the token. */
import type { APIRoute } from 'astro';
import { resultsCsv } from '../../../lib/staff/result-tables.ts';
import { staffHeaders, staffResults } from '../../../lib/staff/staff-route.ts';

export const prerender = false;

export const GET: APIRoute = async (context) => {
  const results = await staffResults(context);
  if (results instanceof Response) return results;
  if (results.monthError) {
    return new Response(results.monthError, {
      status: 400,
      headers: { ...staffHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(resultsCsv(results.tables), {
    headers: {
      ...staffHeaders,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="resultaten-${results.month ?? 'alles'}.csv"`,
    },
  });
};
