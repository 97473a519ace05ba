/**
 * Compresses the answers of on-demand routes (signup pages, the wijzer's result, exports) the way
 * the static files are compressed: brotli or gzip as the browser accepts, for text only. It wraps
 * the response before Astro writes it (writeHead, write, end).
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Transform } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { negotiateEncoding } from './static-files.ts';

const compressibleType = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/;

export function compressResponse(req: IncomingMessage, res: ServerResponse): void {
  const encoding = negotiateEncoding(req.headers['accept-encoding']);
  if (encoding === 'identity' || req.method === 'HEAD') return;

  const writeHead = res.writeHead.bind(res) as (
    status: number,
    headers?: OutgoingHttpHeaders,
  ) => ServerResponse;
  const write = res.write.bind(res) as (chunk: unknown) => boolean;
  const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
  let stream: Transform | undefined;

  res.writeHead = ((status: number, headers: OutgoingHttpHeaders = {}) => {
    const type = String(headers['content-type'] ?? res.getHeader('content-type') ?? '');
    const already = headers['content-encoding'] ?? res.getHeader('content-encoding');
    if (
      compressibleType.test(type) &&
      !already &&
      status >= 200 &&
      status !== 204 &&
      status !== 304
    ) {
      delete headers['content-length'];
      res.removeHeader('content-length');
      headers['content-encoding'] = encoding;
      headers['vary'] = 'Accept-Encoding';
      stream =
        encoding === 'br'
          ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
          : createGzip({ level: 6 });
      stream.on('data', (chunk: Buffer) => write(chunk));
      stream.on('end', () => end());
    }
    return writeHead(status, headers);
  }) as ServerResponse['writeHead'];

  res.write = ((chunk: unknown) =>
    stream ? stream.write(chunk as Buffer) : write(chunk)) as ServerResponse['write'];
  res.end = ((chunk?: unknown) => {
    if (!stream) return end(chunk);
    if (chunk !== undefined && typeof chunk !== 'function') stream.end(chunk as Buffer);
    else stream.end();
    return res;
  }) as ServerResponse['end'];
}
