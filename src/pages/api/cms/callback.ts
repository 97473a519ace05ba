/** Finishes the CMS's GitHub login (see src/lib/cms-oauth.ts). */
import type { APIRoute } from 'astro';
import { finishLogin, readGithubOAuth } from '../../../lib/cms-oauth.ts';

export const prerender = false;

export const GET: APIRoute = ({ request }) => finishLogin(request, readGithubOAuth());
