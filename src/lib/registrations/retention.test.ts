import { describe, expect, it } from 'vitest';
import { failureAlertFor, latestDeletion, purgeMessages } from './retention.ts';

const policy = { retentionDays: 30, maxDays: 90 };

describe('retention', () => {
  it('deletes at the latest the hard maximum after the event', () => {
    const eventEnd = new Date('2026-12-10T08:30:00Z');
    expect(latestDeletion(eventEnd, policy).toISOString()).toBe('2027-03-10T08:30:00.000Z');
    expect(latestDeletion(eventEnd, { retentionDays: 30, maxDays: 7 }).toISOString()).toBe(
      '2027-01-09T08:30:00.000Z',
    );
  });

  it('tells in the failure alert until when the data is kept', async () => {
    const store = {
      eventEndOf: async (id: string) =>
        id === 'r1' ? new Date('2026-12-10T08:30:00Z') : undefined,
    };
    const text = await failureAlertFor(
      store,
      'r1',
      'Delivery 7 (webhook to wsp) failed: timeout',
      policy,
    );
    expect(text).toContain('Delivery 7 (webhook to wsp) failed: timeout');
    expect(text).toContain('De gegevens blijven bewaard tot 10 maart 2027 (RETENTION_MAX_DAYS).');
    expect(await failureAlertFor(store, 'weg', 'x', policy)).toContain('al verwijderd');
  });

  it('logs ids only, and alerts when the WSP never saw what was deleted', () => {
    expect(purgeMessages({ deleted: [], unseen: [] })).toEqual({ log: [] });
    expect(purgeMessages({ deleted: ['r1', 'r2'], unseen: [] })).toEqual({
      log: ['Retention: deleted registrations r1, r2'],
    });
    const unseen = purgeMessages({
      deleted: ['r1', 'r2'],
      unseen: [{ id: 'r2', servicePoint: 'wsp-foodvalley' }],
    });
    expect(unseen.log[1]).toBe(
      'Retention: deleted at RETENTION_MAX_DAYS without the WSP having seen them: r2 (wsp-foodvalley)',
    );
    expect(unseen.alert?.subject).toBe('Aanmeldingen verwijderd die het WSP nooit heeft gezien');
    expect(unseen.alert?.text).toContain('r2 (wsp-foodvalley)');
  });
});
