/**
 * The result page of the regelingenwijzer, rendered by the server from the answers in the
 * address; it works without JavaScript. With JavaScript, src/scripts/wijzer-live.ts fetches this
 * same page again whenever an answer changes and swaps in the `data-wijzer-live` part, so the
 * result follows the answers at once while every rule is still evaluated in one place.
 */
import type { OutcomeOfAnswers } from '../../lib/wijzer/outcome-of-answers.ts';
import { CALENDAR_PATH, RESULT_PATH } from '../../lib/wijzer/paths.ts';
import type { WijzerResult as Result } from '../../lib/wijzer/result.ts';
import { indicativeText } from '../../lib/wijzer/wording.ts';
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
}

/** What a screen reader hears after an update. */
function announcement(result: Result | undefined): string {
  if (!result) return 'Er klopt iets niet in uw antwoorden. Kijk bij de vragen.';
  return `Uitkomst bijgewerkt: ${result.applies.length} passen, ${result.ask.length} kunnen passen, ${result.notApplicable.length} passen niet.`;
}

export default function WijzerResult({ outcome, site, canSend }: Props) {
  const parsed = outcome;
  const result = outcome.success ? outcome.result : undefined;
  const canonical = outcome.success ? outcome.query : '';
  return (
    <div className="space-y-10">
      <div
        className="space-y-10"
        data-wijzer-live
        data-query={canonical}
        data-announcement={announcement(result)}
      >
        <div className="space-y-3">
          <h1 tabIndex={-1} className="text-3xl focus:outline-none sm:text-4xl">
            {result ? 'Uw aannameplan' : 'Controleer uw antwoorden'}
          </h1>
          {result && <p className="max-w-prose text-lg">{indicativeText(result)}</p>}
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
            <p className="share max-w-prose text-sm">
              Bewaar of deel dit plan met deze link. Er staan alleen uw antwoorden in:{' '}
              <a
                href={`${site}${RESULT_PATH}?${canonical}`}
              >{`${site}${RESULT_PATH}?${canonical}`}</a>
            </p>
          )}
        </div>

        {parsed.success && result ? (
          <ResultView result={result} answers={parsed.answers} />
        ) : (
          !parsed.success && <ErrorSummary errors={parsed.errors} />
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
            values={parsed.values}
            errors={parsed.success ? {} : parsed.errors}
            action={RESULT_PATH}
            submitLabel="Bekijk de uitkomst"
          />
        </div>
      </section>
      <p role="status" className="sr-only" data-wijzer-status></p>
    </div>
  );
}
