/** Starts the CMS's GitHub login (see src/lib/cms-oauth.ts). On demand: it sets a state cookie. */
import type { APIRoute } from 'astro';
import { readGithubOAuth, startLogin } from '../../../lib/cms-oauth.ts';

export const prerender = false;

export const GET: APIRoute = ({ request }) => startLogin(request, readGithubOAuth());
