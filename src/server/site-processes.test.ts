import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.ts';
import { answerRateQuestions, askingRateLimiter, type Channel } from './site-processes.ts';

/**
 * Two ends of a message channel, as node:cluster gives a serving process (`process`) and the
 * first process (its `Worker`): what one sends, the other receives, a turn of the loop later;
 * the first process's answers may be made to arrive last first.
 */
function channelPair(
  answers: 'in order' | 'last first' = 'in order',
): [Channel & { sent: unknown[] }, Channel & { sent: unknown[] }] {
  const ends = [new EventEmitter(), new EventEmitter()] as const;
  const end = (self: EventEmitter, other: EventEmitter, order: typeof answers) => {
    let queue: unknown[] = [];
    return Object.assign(self, {
      sent: [] as unknown[],
      send(message: unknown) {
        this.sent.push(message);
        // What was sent in one turn of the loop arrives in the next, in order or last first.
        if (queue.length === 0) {
          setImmediate(() => {
            const arriving = order === 'in order' ? queue : [...queue].reverse();
            queue = [];
            for (const one of arriving) other.emit('message', structuredClone(one));
          });
        }
        queue.push(message);
        return true;
      },
    });
  };
  return [end(ends[0], ends[1], 'in order'), end(ends[1], ends[0], answers)];
}

describe('the rate limit shared by several site processes', () => {
  it('gives each serving process the first process’s decisions, one limit per client for all', async () => {
    const limiter = createRateLimiter({ max: 2, windowSeconds: 60 }, () => 0);
    const [first, second] = [channelPair(), channelPair()];
    answerRateQuestions(limiter, first[1]);
    answerRateQuestions(limiter, second[1]);
    const one = askingRateLimiter(first[0]);
    const two = askingRateLimiter(second[0]);

    expect(await one.take('203.0.113.9')).toEqual({ allowed: true });
    expect(await two.take('203.0.113.9')).toEqual({ allowed: true });
    // The client's third post is refused, whichever process it reaches.
    expect(await one.take('203.0.113.9')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(await two.take('203.0.113.9')).toMatchObject({ allowed: false });
    expect(await two.take('198.51.100.4')).toEqual({ allowed: true });
  });

  it('matches each answer to its question when several are open at once and answers come back out of order', async () => {
    const limiter = createRateLimiter({ max: 1, windowSeconds: 60 }, () => 0);
    const [serving, first] = channelPair('last first');
    answerRateQuestions(limiter, first);
    const asking = askingRateLimiter(serving);
    const decisions = await Promise.all(['a', 'b', 'a', 'c', 'b'].map((key) => asking.take(key)));
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, false, true, false]);
  });

  it('leaves other messages alone', async () => {
    const limiter = createRateLimiter({ max: 1, windowSeconds: 60 }, () => 0);
    const [serving, first] = channelPair();
    answerRateQuestions(limiter, first);
    serving.send({ kind: 'something-else', id: 1, key: 'a' });
    serving.send('hello');
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(first.sent).toEqual([]);
    // Nothing was taken for 'a'.
    expect(await askingRateLimiter(serving).take('a')).toEqual({ allowed: true });
  });
});
