/**
 * The result of the regelingenwijzer, most certain first: what to do this week, the regulations
 * that apply, the ones to ask the WSP about, the dated plan, the ones that do not apply and the
 * answers it all rests on. Rendered on the server only.
 */
import type { Answers } from '../../lib/wijzer/answers.ts';
import type { WijzerResult } from '../../lib/wijzer/result.ts';
import { questions } from '../../lib/wijzer/questions.ts';
import type { WspContact } from '../../lib/wijzer/wsp-contacts.ts';
import { dutchList } from '../../lib/text.ts';
import { answerSummary } from '../../lib/wijzer/wording.ts';
import ActionPlan from './ActionPlan.tsx';
import AskWsp from './AskWsp.tsx';
import FirstSteps from './FirstSteps.tsx';
import OutcomeCard from './OutcomeCard.tsx';
import WspContacts from './WspContacts.tsx';

interface Props {
  result: WijzerResult;
  answers: Answers;
  /** The canonical query of the answers, for the calendar link. */
  query: string;
  contacts: WspContact[];
  canSend: boolean;
}

export default function ResultView({ result, answers, query, contacts, canSend }: Props) {
  const unknown = result.unknown.map((id) => questions[id].unknownPhrase);
  return (
    <div className="space-y-10">
      <FirstSteps result={result} query={query} />

      <section aria-labelledby="passen">
        <h2 id="passen" className="text-2xl">
          Deze regelingen passen ({result.applies.length})
        </h2>
        {result.applies.length === 0 ? (
          <p className="mt-3">
            Met deze antwoorden kunnen we niet zeker zeggen dat een regeling past.
          </p>
        ) : (
          // Each card as tall as its own text: no column stretched beside a longer one.
          <div className="outcome-grid mt-4 grid items-start gap-4 lg:grid-cols-2">
            {result.applies.map((outcome) => (
              <OutcomeCard key={outcome.id} outcome={outcome} />
            ))}
          </div>
        )}
      </section>

      {result.ask.length > 0 ? (
        <AskWsp ask={result.ask} contacts={contacts} canSend={canSend} />
      ) : (
        <section aria-labelledby="uw-wsp">
          <h2 id="uw-wsp" className="text-2xl">
            Vragen? Het WSP van uw gemeente helpt
          </h2>
          <WspContacts contacts={contacts} />
        </section>
      )}

      <section aria-labelledby="actieplan">
        <h2 id="actieplan" className="text-2xl">
          Uw actieplan
        </h2>
        <div className="mt-4">
          <ActionPlan plan={result.plan} hasStart={result.start !== undefined} />
        </div>
      </section>

      {result.notApplicable.length > 0 && (
        <section aria-labelledby="passen-niet" className="not-applicable">
          <h2 id="passen-niet" className="text-2xl">
            Deze regelingen passen niet ({result.notApplicable.length})
          </h2>
          <ul className="mt-3 space-y-2">
            {result.notApplicable.map((outcome) => (
              <li key={outcome.id}>
                <a href={`/regelingen/${outcome.id}/`} className="font-semibold">
                  {outcome.title}
                </a>
                {': '}
                {outcome.variants.length === 1
                  ? outcome.variants[0]?.reason
                  : outcome.variants
                      .map((variant) => `${variant.name}: ${variant.reason}`)
                      .join(' ')}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="antwoorden" className="answers">
        <h2 id="antwoorden" className="text-2xl">
          Uw antwoorden
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
          {answerSummary(answers).map((row) => (
            <div key={row.id} className="contents">
              <dt className="font-semibold">{row.question}</dt>
              <dd>{row.answer}</dd>
            </div>
          ))}
        </dl>
        {unknown.length > 0 && (
          <p className="mt-3 max-w-prose">
            U weet nog niet {dutchList(unknown)}. Daarom staat bij sommige regelingen: vraag het
            WSP.
          </p>
        )}
      </section>
    </div>
  );
}
