/** Turns content entries into what the signup pipeline needs. */
import type { CampaignEvent } from '../content.ts';
import type { OnDemandContent } from '../on-demand-content.ts';
import { resolve } from '../references.ts';
import { toWijzerRegulation } from '../wijzer/from-content.ts';
import { planForAnswers, type PlanForAnswers } from '../wijzer/plan-for-answers.ts';
import type { ContactSite } from './handle-contact.ts';
import type { SignupEvent, SignupSite } from './handle-signup.ts';

/** Where an event takes place, in one line. */
export function locationOf(event: CampaignEvent): string {
  const { venue, onlineUrl } = event.data;
  const place = venue
    ? `${venue.name}, ${venue.address}, ${venue.postcode ?? ''} ${venue.city}`.replace(/\s+/g, ' ')
    : '';
  if (place && onlineUrl) return `${place} (ook online)`;
  return place || 'Online';
}

export function signupEventOf(
  event: CampaignEvent,
  content: OnDemandContent,
  site: URL,
): SignupEvent {
  const servicePoint = resolve(content.servicePoints, event.data.servicePoint);
  return {
    id: event.id,
    title: event.data.title,
    start: event.data.start,
    end: event.data.end,
    signupDeadline: event.data.signupDeadline,
    status: event.data.status,
    capacity: event.data.capacity,
    servicePoint: servicePoint.id,
    location: locationOf(event),
    url: new URL(`/bijeenkomsten/${event.id}/`, site).href,
    servicePointName: servicePoint.data.name,
    servicePointEmail: servicePoint.data.email,
  };
}

export function signupSiteOf(content: OnDemandContent): SignupSite {
  return {
    municipalities: content.municipalities.map((municipality) => ({
      id: municipality.id,
      name: municipality.data.name,
      servicePoint: municipality.data.servicePoint.id,
    })),
    ambassadors: content.ambassadors.map((ambassador) => ambassador.id),
  };
}

/**
 * The referral (?via=) of the page that linked to the form, when that page is on this site: how
 * a signup without JavaScript keeps the ambassador it came through.
 */
export function viaFromReferer(referer: string | null, requestUrl: URL): string | undefined {
  if (!referer) return undefined;
  try {
    const url = new URL(referer);
    return url.host === requestUrl.host ? (url.searchParams.get('via') ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}

/** What a contact request from the regelingenwijzer needs: routing and the plan of the answers. */
export function contactSiteOf(content: OnDemandContent, site: URL, today: string): ContactSite {
  const regulations = content.regulations.map(toWijzerRegulation);
  let last: { answers: string; plan: PlanForAnswers | undefined } | undefined;
  return {
    municipalities: signupSiteOf(content).municipalities,
    servicePoints: content.servicePoints.map((point) => ({
      id: point.id,
      name: point.data.name,
      email: point.data.email,
    })),
    // The handler and the page both ask for the plan of the posted answers: evaluate it once.
    planOf: (answers) => {
      if (last?.answers !== answers) {
        last = {
          answers,
          plan: planForAnswers(answers, regulations, { today, origin: site.origin }),
        };
      }
      return last.plan;
    },
  };
}
