import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postWebhook, webhookHeaders } from './webhook.ts';

const secret = `whsec_${Buffer.from('een geheim van minstens 24 tekens!').toString('base64')}`;

describe('webhook signatures', () => {
  it('verify with the Standard Webhooks reference library', () => {
    const body = JSON.stringify({ type: 'registration.created', data: { id: 'abc' } });
    const headers = webhookHeaders(secret, 'msg_abc', new Date(), body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('fail verification when the body was changed', () => {
    const headers = webhookHeaders(secret, 'msg_abc', new Date(), '{"a":1}');
    expect(() => new Webhook(secret).verify('{"a":2}', headers)).toThrow();
  });
});

describe('postWebhook', () => {
  let server: Server;
  let url: string;
  let status = 200;
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(status);
        res.end();
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hook`;
  });

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('delivers a signed message that the receiver can verify', async () => {
    status = 204;
    await postWebhook({ url, secret }, { messageId: 'msg_1', body: '{"x":1}' }, new Date());
    const last = received.at(-1)!;
    expect(last.body).toBe('{"x":1}');
    expect(last.headers['webhook-id']).toBe('msg_1');
    expect(() =>
      new Webhook(secret).verify(last.body, last.headers as Record<string, string>),
    ).not.toThrow();
  });

  it('throws on a non-2xx answer, naming only the status', async () => {
    status = 503;
    await expect(
      postWebhook({ url, secret }, { messageId: 'msg_2', body: '{"naam":"Anna"}' }, new Date()),
    ).rejects.toThrow(/^webhook 503$/);
  });

  it('throws when nobody listens', async () => {
    await expect(
      postWebhook(
        { url: 'http://127.0.0.1:9/hook', secret },
        { messageId: 'm', body: '{}' },
        new Date(),
      ),
    ).rejects.toThrow(/^webhook not reached$/);
  });
});
