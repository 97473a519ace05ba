/** GET /api/wsp/<service point>/aanmeldingen.csv — the service point's signups for Excel. */
import type { APIContext } from 'astro';
import { exportResponse } from '../../../../lib/registrations/export-route.ts';

export const prerender = false;

export const GET = (context: APIContext) => exportResponse(context, 'csv');
