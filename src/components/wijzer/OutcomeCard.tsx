/** One regulation that applies or may apply: what it yields for this hire, why, and who helps. */
import type { RegulationOutcome, VariantOutcome } from '../../lib/wijzer/result.ts';
import { coachingText, estimateText } from '../../lib/wijzer/wording.ts';

function Yield({ variant }: { variant: VariantOutcome }) {
  const { yields } = variant;
  const coaching = yields.coaching && coachingText(yields.coaching);
  return (
    <div className="yield space-y-1">
      <p>{yields.text}</p>
      {yields.rate && !coaching && <p className="text-sm text-muted">{yields.rate}</p>}
      {yields.estimate && (
        <p>
          <strong className="text-lg text-brand-dark">{estimateText(yields.estimate)}</strong>
          <span className="block text-sm text-muted">
            Schatting voor een heel jaar: {yields.estimate.calculation}
          </span>
        </p>
      )}
      {coaching && (
        <p>
          Een interne jobcoach mag uw medewerker <strong>{coaching}</strong> begeleiden (schatting).
        </p>
      )}
      {yields.missing && <p className="text-sm">{yields.missing}</p>}
    </div>
  );
}

function Reasons(props: { title: string; items: string[]; className: string }) {
  const { title, items, className } = props;
  if (items.length === 0) return null;
  return (
    <div className={className}>
      <p className="font-semibold">{title}</p>
      <ul className="list-disc space-y-0.5 pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

export default function OutcomeCard({ outcome }: { outcome: RegulationOutcome }) {
  const several = outcome.variants.length > 1;
  return (
    <article
      className={`outcome space-y-3 rounded-card border border-line bg-white p-4 ${
        outcome.status === 'past' ? '' : 'outcome-ask'
      }`}
    >
      <h3 className="text-xl">
        <a href={`/regelingen/${outcome.id}/`}>{outcome.title}</a>
      </h3>
      {outcome.note && <p>{outcome.note}</p>}
      {outcome.variants.map((variant) => (
        <section key={variant.name} className="space-y-2" aria-label={variant.name}>
          {(several || variant.name !== outcome.title) && (
            <h4 className="font-bold">{variant.name}</h4>
          )}
          <Yield variant={variant} />
          <Reasons title="Waarom:" items={variant.because} className="because" />
          <Reasons title="Nog open, vraag het WSP:" items={variant.open} className="open" />
        </section>
      ))}
      {several && outcome.status === 'past' && (
        <p className="text-sm">
          Er passen meer vormen. Vraag uw salarisadministratie of het WSP welke u kunt krijgen.
        </p>
      )}
      <p className="contact text-sm">
        <strong>Wie helpt:</strong> {outcome.contact}
      </p>
    </article>
  );
}
