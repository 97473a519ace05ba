/**
 * The regulations that may apply, under one "Vraag het WSP": per regulation the question to ask
 * and what the answer depends on, with whom to call right beside them.
 */
import type { RegulationOutcome } from '../../lib/wijzer/result.ts';
import type { WspContact } from '../../lib/wijzer/wsp-contacts.ts';
import { estimateText } from '../../lib/wijzer/wording.ts';
import WspContacts from './WspContacts.tsx';

function Question({ outcome }: { outcome: RegulationOutcome }) {
  return (
    <li className="ask-item space-y-1">
      <h3 className="text-lg">
        <a href={`/regelingen/${outcome.id}/`}>{outcome.title}</a>
      </h3>
      {outcome.note && <p>{outcome.note}</p>}
      {outcome.variants.map((variant) => (
        <div key={variant.name} className="space-y-1">
          <p className="font-semibold">
            Vraag: past {variant.name === outcome.title ? 'deze regeling' : variant.name}? Dat hangt
            hiervan af:
          </p>
          <ul className="list-disc space-y-0.5 pl-5">
            {variant.open.map((open) => (
              <li key={open}>{open}</li>
            ))}
          </ul>
          <p className="yield text-sm text-muted">
            Wat het u geeft: {variant.yields.text}
            {variant.yields.estimate && ` Schatting: ${estimateText(variant.yields.estimate)}.`}
          </p>
        </div>
      ))}
    </li>
  );
}

interface Props {
  ask: RegulationOutcome[];
  contacts: WspContact[];
  canSend: boolean;
}

export default function AskWsp({ ask, contacts, canSend }: Props) {
  return (
    <section aria-labelledby="vraag-wsp" className="ask-wsp rounded-card bg-mist p-4 sm:p-6">
      <h2 id="vraag-wsp" className="text-2xl">
        Vraag het WSP: deze regelingen kunnen passen ({ask.length})
      </h2>
      <p className="mt-2 max-w-prose">
        Of deze regelingen passen, weten we nog niet zeker. Het Werkgeversservicepunt (WSP) kijkt
        gratis met u mee. Stel het WSP van uw gemeente deze vragen:
      </p>
      <ol className="mt-4 grid items-start gap-x-8 gap-y-5 lg:grid-cols-2">
        {ask.map((outcome) => (
          <Question key={outcome.id} outcome={outcome} />
        ))}
      </ol>
      <h3 className="mt-6 text-lg">Het WSP van uw gemeente</h3>
      <WspContacts contacts={contacts} />
      {canSend && (
        <p className="no-print mt-4">
          <a href="#stuur-naar-het-wsp">Stuur dit plan naar het WSP</a>: dan heeft het WSP uw
          antwoorden al als het u belt.
        </p>
      )}
    </section>
  );
}
