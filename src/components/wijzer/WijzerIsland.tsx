/**
 * The result page of the regelingenwijzer as one island. The server renders it with the answers
 * in the address (works without JavaScript); in the browser it re-evaluates on every change with
 * the same pure function and the same rules (passed as props), and keeps the address in step.
 */
import { useEffect, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { answersToQuery, readAnswers, type ParseResult } from '../../lib/wijzer/answers.ts';
import { evaluate } from '../../lib/wijzer/evaluate.ts';
import { CALENDAR_PATH, RESULT_PATH } from '../../lib/wijzer/paths.ts';
import type { WijzerRegulation } from '../../lib/wijzer/result.ts';
import { indicativeText } from '../../lib/wijzer/wording.ts';
import ErrorSummary from './ErrorSummary.tsx';
import QuestionForm from './QuestionForm.tsx';
import ResultView from './ResultView.tsx';
import SendToWsp from './SendToWsp.tsx';

interface Props {
  regulations: WijzerRegulation[];
  /** "YYYY-MM-DD" from the site's clock, so server and browser evaluate the same day. */
  today: string;
  /** The query string the page was requested with. */
  query: string;
  /** The public origin for the share link, e.g. https://werkgevers.regioamersfoort.nl. */
  site: string;
}

function readForm(form: HTMLFormElement, today: string): ParseResult {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string') params.append(name, value);
  }
  return readAnswers(params, today);
}

export default function WijzerIsland({ regulations, today, query, site }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [parsed, setParsed] = useState(() => readAnswers(new URLSearchParams(query), today));
  const [hydrated, setHydrated] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const result = useMemo(
    () => (parsed.success ? evaluate(parsed.answers, regulations, { today }) : undefined),
    [parsed, regulations, today],
  );
  const canonical = parsed.success ? answersToQuery(parsed.answers) : '';

  useEffect(() => {
    setHydrated(true);
    // Answers changed before this script ran are in the form already: show their result.
    if (formRef.current) setParsed(readForm(formRef.current, today));
  }, [today]);

  function update(): ParseResult | undefined {
    if (!formRef.current) return undefined;
    const next = readForm(formRef.current, today);
    setParsed(next);
    if (next.success) {
      window.history.replaceState(null, '', `${RESULT_PATH}?${answersToQuery(next.answers)}`);
      const counts = evaluate(next.answers, regulations, { today });
      setAnnouncement(
        `Uitkomst bijgewerkt: ${counts.applies.length} passen, ${counts.ask.length} kunnen passen, ${counts.notApplicable.length} passen niet.`,
      );
    } else {
      setAnnouncement('Er klopt iets niet in uw antwoorden. Kijk bij de vragen.');
    }
    return next;
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = update();
    requestAnimationFrame(() =>
      (next?.success === false ? summaryRef.current : headingRef.current)?.focus(),
    );
  }

  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 ref={headingRef} tabIndex={-1} className="text-3xl focus:outline-none sm:text-4xl">
          {result ? 'Uw aannameplan' : 'Controleer uw antwoorden'}
        </h1>
        {result && <p className="max-w-prose text-lg">{indicativeText(result)}</p>}
        {result && (
          <div className="no-print flex flex-wrap items-center gap-3">
            {hydrated && (
              <button type="button" className="button" onClick={() => window.print()}>
                Print dit plan
              </button>
            )}
            {result.start && (
              <a href={`${CALENDAR_PATH}?${canonical}`} className="button button-secondary">
                Zet de data in uw agenda
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
        <>
          <ResultView result={result} answers={parsed.answers} />
          <SendToWsp />
        </>
      ) : (
        !parsed.success && <ErrorSummary errors={parsed.errors} summaryRef={summaryRef} />
      )}

      <section aria-labelledby="aanpassen" className="no-print">
        <h2 id="aanpassen" className="text-2xl">
          {result ? 'Antwoorden aanpassen' : 'Uw antwoorden'}
        </h2>
        <p className="mt-2 max-w-prose">
          {hydrated && result
            ? 'Pas een antwoord aan: de uitkomst hierboven verandert meteen.'
            : 'Pas een antwoord aan en kies daarna de knop onder de vragen.'}
        </p>
        <div className="mt-6">
          <QuestionForm
            values={parsed.values}
            errors={parsed.success ? {} : parsed.errors}
            action={RESULT_PATH}
            submitLabel="Bekijk de uitkomst"
            formRef={formRef}
            onChange={update}
            onSubmit={submit}
          />
        </div>
      </section>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
