/**
 * The staff login (src/lib/staff/staff-access.ts): starts it with the CMS's Git host, and, when
 * the CMS edits on GitLab, is also where GitLab sends the editor back with the code.
 */
import type { APIRoute } from 'astro';
import { requestNow } from '../../lib/request-clock.ts';
import {
  finishGitlabStaffLogin,
  isGitlabReturn,
  loginPath,
  startStaffLogin,
} from '../../lib/staff/staff-access.ts';
import { sessionSecretOf, staffAccessConfig } from '../../lib/staff/staff-route.ts';

export const prerender = false;

export const GET: APIRoute = async ({ request, locals, url }) => {
  const config = staffAccessConfig();
  const now = requestNow(locals);
  // The public address (Astro.url follows a trusted proxy), as registered at the application.
  const gitlabReturn = config.gitlab
    ? { secret: await sessionSecretOf(locals), redirectUri: new URL(loginPath, url.origin).href }
    : undefined;
  if (gitlabReturn && isGitlabReturn(request, config)) {
    return finishGitlabStaffLogin(request, config, gitlabReturn, now);
  }
  return startStaffLogin(config, now, gitlabReturn);
};
