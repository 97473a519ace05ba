/**
 * The static-serving baseline for `npm run bench:static`, run in its own process: a bare
 * node:http server that answers every request with one page held in memory, brotli-compressed
 * beforehand when the client accepts it. What no real file server can beat.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';

const file = process.argv[2];
if (!file) throw new Error('Usage: static-baseline.ts <file>');
const body = readFileSync(file);
const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

const server = createServer((req, res) => {
  const brotli = (req.headers['accept-encoding'] ?? '').includes('br');
  const sent = brotli ? br : body;
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': sent.length,
    Vary: 'Accept-Encoding',
    ...(brotli ? { 'Content-Encoding': 'br' } : {}),
  });
  res.end(sent);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.info(`listening ${typeof address === 'object' && address ? address.port : 0}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
