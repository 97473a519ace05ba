import { describe, expect, it } from 'vitest';
import { unreachableWarning } from './unreachable-warning.ts';

function setUp() {
  const lines: string[] = [];
  // Milliseconds of a monotonic clock, as performance.now() gives them.
  let now = 5_000;
  const warn = unreachableWarning(
    (line) => lines.push(line),
    () => now,
  );
  return { lines, warn, pass: (ms: number) => (now += ms) };
}

describe('the warning that a registration reaches no service point', () => {
  it('is said at once for the first registration, with what to set', () => {
    const { lines, warn } = setUp();
    warn('wsp-eemland', 'r1');
    expect(lines).toEqual([
      'Registration r1 for wsp-eemland is stored, but no channel reaches that service point: set DELIVERY_WSP_EEMLAND_WEBHOOK_URL, _EMAIL or _EXPORT_TOKEN. Until then this is said at most once an hour.',
    ]);
  });

  it('is said at most once an hour per service point, counting what it left unsaid', () => {
    const { lines, warn, pass } = setUp();
    warn('wsp-eemland', 'r1');
    for (let n = 2; n <= 500; n += 1) {
      pass(1_000);
      warn('wsp-eemland', `r${n}`);
    }
    // 500 registrations over 499 seconds: one line.
    expect(lines).toHaveLength(1);
    pass(3_600_000);
    warn('wsp-eemland', 'r501');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      /^500 registrations for wsp-eemland are stored since the last warning \(the latest r501\), but no channel reaches/,
    );
  });

  it('keeps the hour of each service point apart', () => {
    const { lines, warn, pass } = setUp();
    warn('wsp-eemland', 'r1');
    pass(60_000);
    warn('wsp-foodvalley', 'r2');
    warn('wsp-eemland', 'r3');
    expect(lines.map((line) => line.split(' is')[0])).toEqual([
      'Registration r1 for wsp-eemland',
      'Registration r2 for wsp-foodvalley',
    ]);
  });
});
