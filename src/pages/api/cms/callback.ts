/**
 * Finishes a GitHub login: the CMS's (src/lib/cms-oauth.ts), or the staff view's when its own
 * state cookie matches (src/lib/staff/staff-access.ts). One OAuth app, one registered callback.
 */
import type { APIRoute } from 'astro';
import { finishLogin, readGithubOAuth } from '../../../lib/cms-oauth.ts';
import { requestNow } from '../../../lib/request-clock.ts';
import { finishStaffLogin, isStaffCallback } from '../../../lib/staff/staff-access.ts';
import { sessionSecretOf, staffAccessConfig } from '../../../lib/staff/staff-route.ts';

export const prerender = false;

export const GET: APIRoute = async ({ request, locals }) => {
  const staff = staffAccessConfig();
  const now = requestNow(locals);
  if (isStaffCallback(request, staff, now)) {
    return finishStaffLogin(request, staff, await sessionSecretOf(locals), now);
  }
  return finishLogin(request, readGithubOAuth());
};
