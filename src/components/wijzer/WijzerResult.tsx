/**
 * The result page of the regelingenwijzer, rendered by the server from the answers in the
 * address; it works without JavaScript. With JavaScript, src/scripts/wijzer-live.ts fetches this
 * same page again whenever an answer changes and swaps in the `data-wijzer-live` part, so the
 * result follows the answers at once while every rule is still evaluated in one place.
 */
import { formatCalendarDate } from '../../lib/dates.ts';
import { countOf } from '../../lib/text.ts';
import type { OutcomeOfAnswers } from '../../lib/wijzer/outcome-of-answers.ts';
import { resultAddress } from '../../lib/wijzer/outcome-of-answers.ts';
import { CALENDAR_PATH, RESULT_PATH } from '../../lib/wijzer/paths.ts';
import type { WijzerResult as Result } from '../../lib/wijzer/result.ts';
import { indicativeText } from '../../lib/wijzer/wording.ts';
import type { WspContact } from '../../lib/wijzer/wsp-contacts.ts';
import ErrorSummary from './ErrorSummary.tsx';
import QuestionForm from './QuestionForm.tsx';
import ResultView from './ResultView.tsx';

interface Props {
  /** The checked answers and, when they are valid, their result (src/lib/wijzer). */
  outcome: OutcomeOfAnswers;
  /** The public origin for the share link, e.g. https://werkgevers.regioamersfoort.nl. */
  site: string;
  /** Whether the page has the "send to the WSP" form (not while the signup store is down). */
  canSend: boolean;
  /** The campaign's name, on the printed plan. */
  campaignName?: string;
  /** Whom to call: every service point with the municipalities it serves. */
  contacts?: WspContact[];
  /** The plan's address as a QR code (SVG), for the printed plan. */
  qrSvg?: string | undefined;
}

/** What a screen reader hears after an update. */
function announcement(result: Result | undefined): string {
  if (!result) return 'Er klopt iets niet in uw antwoorden. Kijk bij de vragen.';
  return `Uitkomst bijgewerkt: ${result.applies.length} passen, ${result.ask.length} kunnen passen, ${result.notApplicable.length} passen niet.`;
}

/** The first sentence under the heading: how much is certain. */
function lead(result: Result): string {
  const sure = result.applies.length;
  const maybe = result.ask.length;
  const sureText =
    sure > 0
      ? `${countOf(sure, 'regeling past', 'regelingen passen')} zeker bij deze aanname.`
      : 'Met deze antwoorden past nog geen regeling zeker.';
  if (maybe === 0) return sureText;
  const maybeText = maybe === 1 ? 'Eén regeling kan' : `${maybe} regelingen kunnen`;
  return `${sureText} ${maybeText}${sure > 0 ? ' ook' : ''} passen: dat weet het WSP.`;
}

export default function WijzerResult(props: Props) {
  const { outcome, site, canSend, campaignName, contacts = [], qrSvg } = props;
  const result = outcome.success ? outcome.result : undefined;
  const canonical = outcome.success ? outcome.query : '';
  const address = resultAddress(site, canonical);
  return (
    <div className="space-y-10">
      <div
        className="space-y-10"
        data-wijzer-live
        data-query={canonical}
        data-announcement={announcement(result)}
      >
        <div className="space-y-3">
          {result && campaignName && (
            <p className="print-only hidden text-sm print:block">
              {campaignName} · Regelingenwijzer · gemaakt op {formatCalendarDate(result.today)}
            </p>
          )}
          <h1 tabIndex={-1} className="text-3xl focus:outline-none sm:text-4xl">
            {result ? 'Uw aannameplan' : 'Controleer uw antwoorden'}
          </h1>
          {result && <p className="max-w-prose text-lg sm:text-xl">{lead(result)}</p>}
          {result && <p className="max-w-prose text-sm text-muted">{indicativeText(result)}</p>}
          {result && (
            <div className="no-print flex flex-wrap items-center gap-3">
              <button type="button" className="button" data-print hidden>
                Print dit plan
              </button>
              {result.start && (
                <a href={`${CALENDAR_PATH}?${canonical}`} className="button button-secondary">
                  Zet de data in uw agenda
                </a>
              )}
              {canSend && (
                <a href="#stuur-naar-het-wsp" className="button button-secondary">
                  Stuur naar het WSP
                </a>
              )}
            </div>
          )}
          {result && (
            <div className="share max-w-prose text-sm">
              <p>
                Bewaar of deel dit plan:{' '}
                <a href={address} data-plan-link>
                  link naar uw aannameplan
                </a>
                . In de link staan alleen uw antwoorden.
              </p>
              <p className="no-print mt-2" data-copy hidden>
                <button type="button" className="button button-secondary" data-copy-link>
                  Kopieer de link
                </button>
              </p>
              {qrSvg && (
                <div className="plan-qr hidden items-center gap-3 print:flex">
                  {/* Drawn by src/lib/qr-code.ts from our own address: no user text in it. */}
                  <div dangerouslySetInnerHTML={{ __html: qrSvg }} />
                  <p>Scan de code om dit plan online te openen en aan te passen.</p>
                </div>
              )}
            </div>
          )}
        </div>

        {outcome.success ? (
          <ResultView
            result={outcome.result}
            answers={outcome.answers}
            query={canonical}
            contacts={contacts}
            canSend={canSend}
          />
        ) : (
          <ErrorSummary errors={outcome.errors} />
        )}
      </div>

      <section aria-labelledby="aanpassen" className="no-print">
        <h2 id="aanpassen" className="text-2xl">
          {result ? 'Antwoorden aanpassen' : 'Uw antwoorden'}
        </h2>
        <p className="mt-2 max-w-prose" data-without-script>
          Pas een antwoord aan en kies daarna de knop onder de vragen.
        </p>
        <p className="mt-2 max-w-prose" data-with-script hidden>
          Pas een antwoord aan: de uitkomst hierboven verandert meteen.
        </p>
        <div className="mt-6">
          <QuestionForm
            values={outcome.values}
            errors={outcome.success ? {} : outcome.errors}
            action={RESULT_PATH}
            submitLabel="Bekijk de uitkomst"
          />
        </div>
      </section>
      <p role="status" className="sr-only" data-wijzer-status></p>
    </div>
  );
}
