/** What the employer does this week, before any detail: a short numbered list. */
import { CALENDAR_PATH } from '../../lib/wijzer/paths.ts';
import type { WijzerResult } from '../../lib/wijzer/result.ts';
import { firstSteps, type FirstStep } from '../../lib/wijzer/result-summary.ts';
import { dueText } from '../../lib/wijzer/wording.ts';

function Step({ step, query }: { step: FirstStep; query: string }) {
  switch (step.kind) {
    case 'ask-wsp':
      return (
        <>
          Bel of mail het WSP van uw gemeente. Vraag of{' '}
          {step.count === 1 ? 'de regeling' : `de ${step.count} regelingen`} onder{' '}
          <a href="#vraag-wsp">Vraag het WSP</a> passen. De vragen staan erbij.
        </>
      );
    case 'due':
      return (
        <>
          <strong>{dueText(step.item)}</strong>
          {step.item.overdue && ' (deze datum is voorbij)'}: {step.item.text} (
          {step.item.regulationTitle})
        </>
      );
    case 'calendar':
      return (
        <>
          Zet de data van uw plan in uw agenda:{' '}
          <a href={`${CALENDAR_PATH}?${query}`}>download de agenda</a>.
        </>
      );
    case 'choose-start':
      return (
        <>
          Spreek de eerste werkdag af en vul die in. Dan zetten we bij elke stap de datum waarop die
          klaar moet zijn.
        </>
      );
    case 'next':
      return (
        <>
          Daarna, <strong>{dueText(step.item)}</strong>: {step.item.text} (
          {step.item.regulationTitle})
        </>
      );
  }
}

export default function FirstSteps({ result, query }: { result: WijzerResult; query: string }) {
  return (
    <section
      aria-labelledby="deze-week"
      className="first-steps rounded-card border-l-8 border-accent bg-white p-4 sm:p-6"
    >
      <h2 id="deze-week" className="text-2xl">
        Dit doet u deze week
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        {firstSteps(result).map((step, index) => (
          // A download link is no use on paper.
          <li
            key={`${step.kind}-${index}`}
            className={step.kind === 'calendar' ? 'no-print' : undefined}
          >
            <Step step={step} query={query} />
          </li>
        ))}
      </ol>
    </section>
  );
}
