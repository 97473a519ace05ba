import { describe, expect, it } from 'vitest';
import { formAnswer, pageTitle, postedFormData, type FormResult } from './form-answer.ts';
import { outcomeOf, UNREADABLE_MESSAGE } from './form-outcome.ts';

const form = { token: 't', stamp: 's' };

function page(accept = 'text/html') {
  return {
    request: new Request('http://site.test/aanmelden/', { method: 'POST', headers: { accept } }),
    response: { status: 200, headers: new Headers() },
  };
}

const ok = (data: FormResult['data']) => ({ data, error: undefined }) as FormResult;

describe('outcomeOf', () => {
  it('answers a repeat exactly like a first submission', () => {
    const confirmation = (receipt: string) => `/aangemeld/?code=${receipt}`;
    expect(outcomeOf({ kind: 'repeated', receipt: 'abc' }, confirmation)).toEqual(
      outcomeOf({ kind: 'sent', receipt: 'abc' } as never, confirmation),
    );
  });

  it('refuses a bot with 400 and tells a closed event with 200', () => {
    const to = () => '';
    expect(outcomeOf({ kind: 'refused', message: 'Nee' }, to)).toMatchObject({ status: 400 });
    expect(outcomeOf({ kind: 'closed', message: 'Dicht' }, to)).toMatchObject({ status: 200 });
  });
});

describe('formAnswer', () => {
  it('redirects a plain post to the confirmation with 303', () => {
    const answer = formAnswer(page(), ok({ kind: 'done', redirect: '/klaar/' }));
    expect(answer).toBeInstanceOf(Response);
    expect((answer as Response).status).toBe(303);
    expect((answer as Response).headers.get('location')).toBe('/klaar/');
  });

  it('gives the script the same confirmation as JSON', async () => {
    const answer = formAnswer(
      page('application/json'),
      ok({ kind: 'done', redirect: '/klaar/' }),
    ) as Response;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ status: 'ok', redirect: '/klaar/' });
  });

  it('shows the form again with its status and the input kept', () => {
    const context = page();
    const attempt = {
      kind: 'form' as const,
      status: 422,
      values: { name: 'Anna' },
      errors: { email: 'Vul uw e-mailadres in.' },
      form,
    };
    expect(formAnswer(context, ok(attempt))).toEqual({ attempt });
    expect(context.response.status).toBe(422);
    expect(context.response.headers.get('cache-control')).toBe('no-store');
  });

  it('gives the script the messages and the next stamp, never the input', async () => {
    const answer = formAnswer(
      page('application/json'),
      ok({ kind: 'form', status: 422, values: { name: 'Anna' }, errors: { name: 'x' }, form }),
    ) as Response;
    expect(answer.status).toBe(422);
    expect(await answer.json()).toEqual({ status: 'invalid', errors: { name: 'x' }, form });
  });

  it('turns an input Astro could not read into a Dutch message with its status', () => {
    const context = page();
    const answer = formAnswer(context, { data: undefined, error: { status: 415 } });
    expect(answer).toEqual({ notice: UNREADABLE_MESSAGE });
    expect(context.response.status).toBe(415);
  });

  it('renders the plain page for a GET', () => {
    expect(formAnswer(page(), undefined)).toEqual({});
  });
});

describe('postedFormData', () => {
  it('puts what the page decides over what was sent', async () => {
    const request = new Request('http://site.test/', {
      method: 'POST',
      body: new URLSearchParams({ event: 'andere', name: 'Anna' }),
    });
    const form = await postedFormData(request, { event: 'deze' });
    expect(form.get('event')).toBe('deze');
    expect(form.get('name')).toBe('Anna');
  });

  it('reads a form from the bytes the server has exactly as the request would read it', async () => {
    const sent =
      'name=Ren%C3%A9e+van+Dijk&remark=a%26b%3Dc%0D%0Aregel+2&via=&via=anna&event=andere';
    const request = () =>
      new Request('http://site.test/', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
        body: sent,
      });
    const fromBytes = await postedFormData(request(), { event: 'deze' }, Buffer.from(sent));
    const fromRequest = await postedFormData(request(), { event: 'deze' });
    expect([...fromBytes.entries()]).toEqual([...fromRequest.entries()]);
    expect(fromBytes.get('name')).toBe('Renée van Dijk');
    expect(fromBytes.get('remark')).toBe('a&b=c\r\nregel 2');
    expect(fromBytes.getAll('via')).toEqual(['', 'anna']);
  });

  it('reads any other kind of body from the request itself', async () => {
    const sent = new FormData();
    sent.append('name', 'Anna');
    const request = new Request('http://site.test/', { method: 'POST', body: sent });
    // Bytes that are not this multipart body: they must not be what is read.
    const form = await postedFormData(request, {}, Buffer.from('name=Bert'));
    expect(form.get('name')).toBe('Anna');
  });

  it('counts a body that is not a form as an empty form', async () => {
    const request = new Request('http://site.test/', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data' },
      body: 'kapot',
    });
    expect([...(await postedFormData(request, {})).keys()]).toEqual([]);
  });
});

describe('pageTitle', () => {
  it('says "Fout" only when the form comes back with messages', () => {
    const errors = { email: 'Vul uw e-mailadres in.' };
    const attempt = { kind: 'form' as const, status: 422, values: {}, errors, form };
    expect(pageTitle('Aanmelden', { attempt })).toBe('Fout: Aanmelden');
    expect(pageTitle('Aanmelden', {})).toBe('Aanmelden');
    expect(pageTitle('Aanmelden', { notice: 'Deze bijeenkomst is vol.' })).toBe('Aanmelden');
  });
});
