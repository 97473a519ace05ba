/** Starts a staff login with the CMS's GitHub app (src/lib/staff/staff-access.ts). */
import type { APIRoute } from 'astro';
import { requestNow } from '../../lib/request-clock.ts';
import { startStaffLogin } from '../../lib/staff/staff-access.ts';
import { staffAccessConfig } from '../../lib/staff/staff-route.ts';

export const prerender = false;

export const GET: APIRoute = ({ locals }) =>
  startStaffLogin(staffAccessConfig(), requestNow(locals));
