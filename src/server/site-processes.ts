/**
 * Several processes serving the site on one port (SITE_PROCESSES above 1), through node:cluster.
 * One process holds one core; a signup spends most of its time computing (Astro's page and action
 * road, validation), so on a machine with more cores more processes answer more signups
 * (docs/benchmarks.md). They share the store: SQLite serialises their transactions on the file
 * (an event's places are counted inside each), PostgreSQL is built for it.
 *
 * The first process serves nothing itself. It prepares the store (runtime.ts), starts the
 * serving processes, starts a new one when one dies, keeps the one rate limiter that all of them
 * ask (a client's limit holds whichever process answers it), and stops them all on SIGTERM.
 * Should the first process die, the others stop at once (node:cluster ends a process that loses
 * its first process); every signup they confirmed is on disk already.
 */
import cluster, { type Worker } from 'node:cluster';
import { CLOCK_ORIGIN_VARIABLE } from '../lib/clock.ts';
import type { RateDecision, RateLimiter } from './rate-limit.ts';

/** What a process and the first process talk over: `process` in one, its `Worker` in the other. */
export interface Channel {
  send(message: unknown): boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

interface RateQuestion {
  kind: 'rate-limit';
  id: number;
  key: string;
}

interface RateAnswer {
  kind: 'rate-limit';
  id: number;
  decision: RateDecision;
}

function isRateMessage(message: unknown): message is { kind: 'rate-limit'; id: number } {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { kind?: unknown }).kind === 'rate-limit' &&
    typeof (message as { id?: unknown }).id === 'number'
  );
}

/** In the first process: answers one serving process's questions from the shared limiter. */
export function answerRateQuestions(limiter: RateLimiter, channel: Channel): void {
  channel.on('message', (message) => {
    if (!isRateMessage(message) || typeof (message as RateQuestion).key !== 'string') return;
    const answer: RateAnswer = {
      kind: 'rate-limit',
      id: message.id,
      decision: limiter.take((message as RateQuestion).key),
    };
    channel.send(answer);
  });
}

/** In a serving process: a rate limiter that asks the first process. */
export function askingRateLimiter(channel: Channel): { take(key: string): Promise<RateDecision> } {
  let lastId = 0;
  const waiting = new Map<number, (decision: RateDecision) => void>();
  channel.on('message', (message) => {
    if (!isRateMessage(message) || !('decision' in message)) return;
    waiting.get(message.id)?.((message as RateAnswer).decision);
    waiting.delete(message.id);
  });
  return {
    take(key) {
      lastId += 1;
      const question: RateQuestion = { kind: 'rate-limit', id: lastId, key };
      return new Promise((resolve) => {
        waiting.set(question.id, resolve);
        channel.send(question);
      });
    },
  };
}

export interface SiteProcesses {
  /** Stops every serving process (SIGTERM: each finishes its requests); 0 when all ended well. */
  stop(): Promise<number>;
}

/** The longest wait before a process that keeps dying is started again. */
const MAX_RESTART_DELAY_MS = 30_000;

/**
 * In the first process: starts `count` serving processes (this same script, as cluster workers)
 * and calls `ready` once all of them listen. Before that, a process that dies (a start that
 * fails, say the port is taken) stops them all, and `failed` is called with the reason. After
 * that, a process that dies is replaced: at once the first time, then after 1 s, 2 s, 4 s ... up
 * to 30 s while its replacements keep dying before they serve (a database that is down, say),
 * so a crash never takes the processes that still serve down with it.
 */
export function startSiteProcesses(
  count: number,
  limiter: RateLimiter,
  events: { ready: () => void; failed: (reason: string) => void },
): SiteProcesses {
  let stopping: Promise<number> | undefined;
  let ready = false;
  const live = new Set<Worker>();
  const listening = new Set<Worker>();
  let stoppedWell = true;
  let allEnded: (() => void) | undefined;
  /** Deaths since a process last started serving: how long to wait before the next start. */
  let deathsInARow = 0;

  function start(replacing = false) {
    // A restart that was waiting when the stop came.
    if (stopping) return;
    // The serving processes' clocks count from this process's start (src/lib/clock.ts).
    const worker = cluster.fork({ [CLOCK_ORIGIN_VARIABLE]: String(performance.timeOrigin) });
    live.add(worker);
    answerRateQuestions(limiter, worker);
    worker.once('listening', () => {
      listening.add(worker);
      deathsInARow = 0;
      if (replacing) console.info('The new site process serves.');
      if (!ready && listening.size === count) {
        ready = true;
        events.ready();
      }
    });
    worker.once('exit', (code, signal) => {
      live.delete(worker);
      listening.delete(worker);
      if (stopping) {
        // A process still starting has no signal handler yet: the signal itself ends it.
        if (code !== 0 && signal !== 'SIGTERM' && signal !== 'SIGINT') stoppedWell = false;
        if (live.size === 0) allEnded?.();
        return;
      }
      const how = signal ?? `code ${code}`;
      if (!ready) {
        events.failed(`A site process stopped before it could serve (${how}).`);
        return;
      }
      const delay =
        deathsInARow === 0 ? 0 : Math.min(MAX_RESTART_DELAY_MS, 500 * 2 ** deathsInARow);
      deathsInARow += 1;
      console.error(
        `A site process stopped (${how}); starting another${delay > 0 ? ` in ${delay / 1000} s` : ''}.`,
      );
      setTimeout(() => start(true), delay);
    });
  }

  for (let i = 0; i < count; i += 1) start();

  return {
    stop() {
      stopping ??= new Promise((resolve) => {
        allEnded = () => resolve(stoppedWell ? 0 : 1);
        if (live.size === 0) return allEnded();
        for (const worker of live) worker.process.kill('SIGTERM');
      });
      return stopping;
    },
  };
}
