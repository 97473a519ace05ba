/**
 * How long registrations are kept. Two rules, both bounded:
 *
 * - A registration the WSP has seen (its webhook or e-mail to the WSP delivered, or pulled through
 *   the export at least once), with no delivery pending or failed, is deleted RETENTION_DAYS after
 *   the event (for a hire plan: after sending).
 * - Anything else (never pulled by an export-only service point, no channel at all, or a
 *   delivery that finally failed) is kept until RETENTION_MAX_DAYS after the event, and then
 *   deleted all the same: nothing is kept forever. The alert for a failed delivery names that
 *   date, and deleting a registration the WSP never saw is logged and alerted (ids only).
 */
import { amsterdamDateOf, formatCalendarDate } from '../dates.ts';
import type { SignupStore } from './store.ts';

export interface RetentionPolicy {
  retentionDays: number;
  /** The hard maximum; never less than `retentionDays`. */
  maxDays: number;
}

export interface PurgeReport {
  deleted: string[];
  /** Deleted at the hard maximum although the WSP never saw them. */
  unseen: { id: string; servicePoint: string }[];
}

/** The day a registration whose event ended at `eventEnd` is deleted at the latest. */
export function latestDeletion(eventEnd: Date, policy: RetentionPolicy): Date {
  return new Date(eventEnd.getTime() + Math.max(policy.retentionDays, policy.maxDays) * 86_400_000);
}

/** "15 maart 2027", in Amsterdam. */
const dutchDate = (instant: Date) => formatCalendarDate(amsterdamDateOf(instant));

/** The alert for a delivery given up: the log line, what to do, and when the data goes. */
export function failureAlertText(line: string, deleteOn: Date | undefined): string {
  return [
    line,
    '',
    'Deze aanmelding (of dit plan) is niet bij het WSP aangekomen. Geef de gegevens zelf door aan het WSP, bijvoorbeeld via de export.',
    deleteOn
      ? `De gegevens blijven bewaard tot ${dutchDate(deleteOn)} (RETENTION_MAX_DAYS). Daarna worden ze automatisch verwijderd.`
      : 'De gegevens zijn al verwijderd.',
  ].join('\n');
}

/** The alert text for a delivery of this store, with the date its registration is deleted. */
export async function failureAlertFor(
  store: Pick<SignupStore, 'eventEndOf'>,
  registrationId: string,
  line: string,
  policy: RetentionPolicy,
): Promise<string> {
  const eventEnd = await store.eventEndOf(registrationId);
  return failureAlertText(line, eventEnd ? latestDeletion(eventEnd, policy) : undefined);
}

/** Log lines (ids only) and, when the WSP never saw some, the alert e-mail for one purge. */
export function purgeMessages(report: PurgeReport): {
  log: string[];
  alert?: { subject: string; text: string };
} {
  if (report.deleted.length === 0) return { log: [] };
  const log = [`Retention: deleted registrations ${report.deleted.join(', ')}`];
  if (report.unseen.length === 0) return { log };
  const unseen = report.unseen.map((entry) => `${entry.id} (${entry.servicePoint})`).join(', ');
  log.push(`Retention: deleted at RETENTION_MAX_DAYS without the WSP having seen them: ${unseen}`);
  return {
    log,
    alert: {
      subject: 'Aanmeldingen verwijderd die het WSP nooit heeft gezien',
      text: [
        `Deze aanmeldingen of plannen zijn verwijderd omdat de bewaartermijn (RETENTION_MAX_DAYS) voorbij is. Het WSP heeft ze nooit ontvangen of opgehaald: ${unseen}.`,
        'Controleer of het WSP een werkend kanaal heeft (webhook, e-mail of export).',
      ].join('\n'),
    },
  };
}

/** One purge of the store under the policy. */
export function purge(
  store: SignupStore,
  now: Date,
  policy: RetentionPolicy,
): Promise<PurgeReport> {
  return store.purgeExpired(now, policy);
}
