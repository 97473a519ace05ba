/** GET /api/wsp/<service point>/aanmeldingen.json — the service point's signups as JSON. */
import type { APIContext } from 'astro';
import { exportResponse } from '../../../../lib/registrations/export-route.ts';

export const prerender = false;

export const GET = (context: APIContext) => exportResponse(context, 'json');
