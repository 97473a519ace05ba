/**
 * "Vraag een analyse aan": the employer sends a functiecreatie quick-scan with their details to
 * the WSP of their municipality, which then looks at the tasks in the business with them
 * (handle-request.ts does the sending).
 */
import type { IssuedStamp } from './form-stamp.ts';
import {
  freshRequestForm,
  handleRequest,
  type RequestBody,
  type RequestDeps,
  type RequestKind,
  type RequestResult,
  type RequestSite,
} from './handle-request.ts';
import { analysisNotice } from './notices.ts';
import { analysisContent } from './payloads.ts';

/** Where analysis requests come from: stored as their "event", and the form's stamp binds to it. */
export const ANALYSIS_SOURCE = 'functiecreatie';

export const NO_SCAN_MESSAGE =
  'Er is geen scan om te versturen: de antwoorden van de quick-scan kloppen niet. Controleer de vragen en verstuur het daarna opnieuw.';

export const analysisConsentText =
  'Ik geef toestemming dat mijn gegevens en deze quick-scan naar het Werkgeversservicepunt gaan, zodat een adviseur contact met mij opneemt over een analyse.';

export interface AnalysisSite extends RequestSite {
  /** The scan for the answers the form carries, or undefined when they are not valid. */
  scanOf: (answers: string) => (RequestBody & { query: string }) | undefined;
}

export function freshAnalysisForm(deps: Pick<RequestDeps, 'formSecret' | 'now'>): IssuedStamp {
  return freshRequestForm(ANALYSIS_SOURCE, deps);
}

function analysisKind(site: AnalysisSite): RequestKind {
  return {
    kind: 'analyseverzoek',
    source: ANALYSIS_SOURCE,
    consentText: analysisConsentText,
    bodyOf: site.scanOf,
    content: (registration, body, servicePoint) =>
      analysisContent(registration, {
        scanUrl: body.url,
        servicePointName: servicePoint.name,
        servicePointEmail: servicePoint.email,
      }),
    notice: analysisNotice,
    messages: {
      refused: 'Uw vraag kon niet worden verstuurd.',
      noBody: NO_SCAN_MESSAGE,
      already: (email) =>
        `Dit formulier was al verstuurd. Uw scan is verstuurd zoals u hem de eerste keer stuurde. Wilt u iets aanvullen? Mail dan naar ${email}.`,
      unavailable:
        'Uw vraag kon nu niet worden verstuurd; er is niets bewaard. Probeer het over een paar minuten opnieuw.',
    },
  };
}

export function handleAnalysisRequest(
  form: Record<string, unknown>,
  site: AnalysisSite,
  deps: RequestDeps,
): Promise<RequestResult> {
  return handleRequest(form, analysisKind(site), site, deps);
}
