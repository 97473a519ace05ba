import { describe, expect, it } from 'vitest';
import { amsterdamToInstant } from './dates.ts';
import { closedMessage, isUpcoming, signupState, splitByTime, type EventTiming } from './events.ts';

const at = (local: string) => amsterdamToInstant(local);

function event(overrides: Partial<EventTiming> = {}): EventTiming {
  return {
    start: at('2026-12-10T08:00'),
    end: at('2026-12-10T09:30'),
    signupDeadline: at('2026-12-08T17:00'),
    status: 'gepland',
    ...overrides,
  };
}

describe('isUpcoming', () => {
  it('counts an event under way as upcoming until its end', () => {
    expect(isUpcoming(event(), at('2026-12-10T09:00'))).toBe(true);
    expect(isUpcoming(event(), at('2026-12-10T09:30'))).toBe(false);
  });
});

describe('splitByTime', () => {
  it('puts upcoming events soonest first and past events most recent first', () => {
    const make = (id: string, start: string, end: string) => ({
      id,
      data: { start: at(start), end: at(end) },
    });
    const events = [
      make('later', '2027-02-01T10:00', '2027-02-01T11:00'),
      make('old', '2026-09-01T10:00', '2026-09-01T11:00'),
      make('soon', '2026-12-01T10:00', '2026-12-01T11:00'),
      make('recent', '2026-11-01T10:00', '2026-11-01T11:00'),
    ];
    const { upcoming, past } = splitByTime(events, at('2026-11-27T12:00'));
    expect(upcoming.map((e) => e.id)).toEqual(['soon', 'later']);
    expect(past.map((e) => e.id)).toEqual(['recent', 'old']);
  });
});

describe('signupState', () => {
  it('is open before the deadline of a planned event', () => {
    expect(signupState(event(), at('2026-11-27T12:00'))).toEqual({ open: true });
  });

  it('is open until the deadline minute itself', () => {
    expect(signupState(event(), at('2026-12-08T17:00'))).toEqual({ open: true });
    expect(signupState(event(), at('2026-12-08T17:01'))).toEqual({
      open: false,
      reason: 'deadline',
    });
  });

  it('closes for a cancelled event, even far ahead', () => {
    expect(signupState(event({ status: 'afgelast' }), at('2026-11-01T12:00'))).toEqual({
      open: false,
      reason: 'afgelast',
    });
  });

  it('closes for an event that has started or ended', () => {
    const late = event({ signupDeadline: at('2026-12-10T08:00') });
    expect(signupState(late, at('2026-12-10T08:00'))).toEqual({ open: false, reason: 'voorbij' });
    expect(signupState(event(), at('2026-12-11T08:00'))).toEqual({
      open: false,
      reason: 'voorbij',
    });
  });

  it('closes when staff marked the event as full', () => {
    expect(signupState(event({ status: 'vol' }), at('2026-11-27T12:00'))).toEqual({
      open: false,
      reason: 'vol',
    });
  });

  it('has a Dutch explanation for every reason', () => {
    for (const reason of ['afgelast', 'voorbij', 'deadline', 'vol'] as const) {
      expect(closedMessage(reason)).toMatch(/\.$/);
    }
  });
});
