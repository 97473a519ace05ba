/** Turns content entries into what the signup pipeline needs. */
import type { CampaignEvent } from '../content.ts';
import type { OnDemandAmbassador, OnDemandContent } from '../on-demand-content.ts';
import { resolve } from '../references.ts';
import { toWijzerRegulation } from '../wijzer/from-content.ts';
import { planForAnswers, type PlanForAnswers } from '../wijzer/plan-for-answers.ts';
import type { CoffeeAmbassador, CoffeeSite } from './handle-coffee.ts';
import { scanForAnswers, type ScanRequest } from '../functiecreatie/scan-request.ts';
import type { AnalysisSite } from './handle-analysis.ts';
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

/**
 * The content of a running server never changes (src/lib/request-content.ts), so what the
 * signup pipeline makes of it is made once per content, event and site address, not per signup.
 * Keyed by the content too, not by the event alone: under `astro dev` an event left unedited may
 * stay the same object while the service point it names was edited, and each edit brings a new
 * content object.
 */
const signupEvents = new WeakMap<
  OnDemandContent,
  WeakMap<CampaignEvent, Map<string, SignupEvent>>
>();
const signupSites = new WeakMap<OnDemandContent, SignupSite>();

export function signupEventOf(
  event: CampaignEvent,
  content: OnDemandContent,
  site: URL,
): SignupEvent {
  let ofContent = signupEvents.get(content);
  if (!ofContent) signupEvents.set(content, (ofContent = new WeakMap()));
  let ofEvent = ofContent.get(event);
  if (!ofEvent) ofContent.set(event, (ofEvent = new Map<string, SignupEvent>()));
  let made = ofEvent.get(site.href);
  if (!made) ofEvent.set(site.href, (made = makeSignupEvent(event, content, site)));
  return made;
}

function makeSignupEvent(event: CampaignEvent, content: OnDemandContent, site: URL): SignupEvent {
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
  let made = signupSites.get(content);
  if (!made) signupSites.set(content, (made = makeSignupSite(content)));
  return made;
}

function makeSignupSite(content: OnDemandContent): SignupSite {
  return {
    municipalities: content.municipalities.map((municipality) => ({
      id: municipality.id,
      name: municipality.data.name,
      servicePoint: municipality.data.servicePoint.id,
    })),
    ambassadors: content.ambassadors.map((ambassador) => ambassador.id),
  };
}

/** What a contact request from the regelingenwijzer needs: routing, the ambassadors its credit may name, and the plan of the answers. */
export function contactSiteOf(content: OnDemandContent, site: URL, today: string): ContactSite {
  const regulations = content.regulations.map(toWijzerRegulation);
  let last: { answers: string; plan: PlanForAnswers | undefined } | undefined;
  return {
    ...signupSiteOf(content),
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

/** What a koffieverzoek needs of the ambassador: never any contact details. */
export function coffeeAmbassadorOf(ambassador: OnDemandAmbassador, site: URL): CoffeeAmbassador {
  return {
    slug: ambassador.id,
    name: ambassador.data.name,
    municipality: ambassador.data.municipality.id,
    openForCoffee: ambassador.data.openForCoffee,
    url: new URL(`/ambassadeurs/${ambassador.id}/`, site).href,
  };
}

/**
 * Routing for a koffieverzoek (municipalities with their service point, the service points) and
 * the ambassadors its credit may name.
 */
export function coffeeSiteOf(content: OnDemandContent): CoffeeSite {
  return {
    ...signupSiteOf(content),
    servicePoints: content.servicePoints.map((point) => ({
      id: point.id,
      name: point.data.name,
      email: point.data.email,
    })),
  };
}

/** What an analysis request from the quick-scan needs: routing and the scan of the answers. */
export function analysisSiteOf(content: OnDemandContent, site: URL): AnalysisSite {
  const taskLists = content.taskLists.map((entry) => entry.data);
  const contact = contactSiteOf(content, site, '');
  let last: { answers: string; scan: ScanRequest | undefined } | undefined;
  return {
    municipalities: contact.municipalities,
    servicePoints: contact.servicePoints,
    ambassadors: contact.ambassadors,
    // The handler and the page both ask for the scan of the posted answers: evaluate it once.
    scanOf: (answers) => {
      if (last?.answers !== answers) {
        last = { answers, scan: scanForAnswers(answers, taskLists, site.origin) };
      }
      return last.scan;
    },
  };
}
