/**
 * Loaded with `node --import` into a server under test: appends the address of every module the
 * process loads (static or dynamic import) to the file named by MODULE_LOG, one per line, so a
 * test can see which of the build's server chunks a request made the server load.
 */
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const log = process.env['MODULE_LOG'];
if (log) {
  registerHooks({
    load(url, context, nextLoad) {
      if (url.startsWith('file:')) appendFileSync(log, `${url}\n`);
      return nextLoad(url, context);
    },
  });
}
