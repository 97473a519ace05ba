/** Preview of a regulation, with the markup and classes of /regelingen/<slug>/. */
import type { z } from 'astro/zod';
import { providers, regulationKinds } from '../../src/schemas/taxonomy.ts';
import type { regulationSchema } from '../../src/schemas/regulations.ts';
import Demo from './Demo.tsx';
import { dutchDate, entryData, termLabel, type PreviewProps } from './preview-data.ts';

type Regulation = z.input<ReturnType<typeof regulationSchema>>;

export default function RegulationPreview(props: PreviewProps) {
  const data = entryData<Regulation>(props);
  const amounts = data.yields?.amounts ?? [];
  return (
    <article className="page-container pt-6 pb-12">
      <p className="text-sm font-semibold text-muted">{termLabel(regulationKinds, data.kind)}</p>
      <h1 className="mt-2 text-3xl sm:text-4xl">{data.title}</h1>
      <p className="mt-3 max-w-prose text-xl">{data.promise}</p>
      <Demo show={data.demo} />
      <div className="mt-8 min-w-0 space-y-10">
        {data.caution && (
          <div className="max-w-prose rounded-card border-2 border-accent bg-accent-soft p-4">
            <p className="font-bold">Let op</p>
            <p className="mt-1">{data.caution}</p>
          </div>
        )}
        <section>
          <h2 className="text-2xl">Wat levert het op?</h2>
          <p className="mt-3 max-w-prose">{data.yields?.summary}</p>
          {amounts.length > 0 && (
            <dl className="mt-4 grid max-w-prose gap-3">
              {amounts.map((amount, index) => (
                <div key={index} className="rounded-card bg-mist p-4">
                  <dt className="font-semibold">{amount.label}</dt>
                  <dd className="text-xl font-bold text-brand-dark">{amount.value}</dd>
                  {amount.note && <dd className="text-sm text-muted">{amount.note}</dd>}
                </div>
              ))}
            </dl>
          )}
        </section>
        <section>
          <h2 className="text-2xl">Voor wie?</h2>
          <p className="mt-3 max-w-prose">{data.qualifies?.summary}</p>
          <ul className="mt-2 max-w-prose list-disc space-y-1 pl-5">
            {(data.qualifies?.conditions ?? []).map((condition, index) => (
              <li key={index}>{condition}</li>
            ))}
          </ul>
        </section>
        <section>
          <h2 className="text-2xl">Zo vraagt u het aan</h2>
          <ol className="mt-3 max-w-prose list-decimal space-y-2 pl-5">
            {(data.apply?.steps ?? []).map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </section>
        <div className="prose">{props.widgetFor('body')}</div>
        <section className="max-w-prose border-t border-line pt-6">
          <h2 className="text-lg">Bronnen</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {(data.sources ?? []).map((source, index) => (
              <li key={index}>{source.title}</li>
            ))}
          </ul>
          <p className="mt-3 text-sm">
            Wie regelt het: {(data.providers ?? []).map((p) => termLabel(providers, p)).join(', ')}.
            Gecontroleerd op {dutchDate(data.reviewedOn)}.
          </p>
        </section>
      </div>
    </article>
  );
}
