/** Preview of an event, with the markup and classes of /bijeenkomsten/<slug>/. */
import { eventStatuses } from '../../src/schemas/taxonomy.ts';
import Demo from './Demo.tsx';
import {
  dutchTimeRange,
  entryData,
  imageUrl,
  termLabel,
  type PreviewProps,
} from './preview-data.ts';

interface EventInput {
  title: string;
  summary: string;
  start: string;
  end: string;
  signupDeadline: string;
  venue: { name?: string; address?: string; postcode?: string; city?: string };
  onlineUrl: string;
  capacity: number;
  status: string;
  audience: string;
  image: { src?: string; alt?: string };
  demo: boolean;
}

export default function EventPreview(props: PreviewProps) {
  const data = entryData<EventInput>(props);
  const image = imageUrl(props, data.image?.src);
  return (
    <article className="page-container pt-6 pb-12">
      <h1 className="max-w-3xl text-3xl sm:text-4xl">{data.title}</h1>
      <p className="mt-3 max-w-prose text-lg text-muted">{data.summary}</p>
      {data.status && data.status !== 'gepland' && (
        <p className="mt-4 inline-block rounded bg-ink px-3 py-1 font-bold text-white">
          {termLabel(eventStatuses, data.status)}
        </p>
      )}
      <Demo show={data.demo} />
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-10">
          {image && <img src={image} alt={data.image?.alt ?? ''} className="w-full rounded-card" />}
          <div className="prose">{props.widgetFor('body')}</div>
        </div>
        <aside className="lg:order-first lg:col-start-2">
          <dl className="space-y-4 rounded-card bg-mist p-5">
            <div>
              <dt className="text-sm text-muted">Wanneer</dt>
              <dd className="font-semibold">{dutchTimeRange(data.start, data.end)}</dd>
            </div>
            {data.venue?.name && (
              <div>
                <dt className="text-sm text-muted">Waar</dt>
                <dd>
                  <span className="font-semibold">{data.venue.name}</span>
                  <br />
                  {data.venue.address}, {data.venue.postcode} {data.venue.city}
                </dd>
              </div>
            )}
            {data.onlineUrl && (
              <div>
                <dt className="text-sm text-muted">Online</dt>
                <dd>Via een link die u na het aanmelden krijgt</dd>
              </div>
            )}
            {data.audience && (
              <div>
                <dt className="text-sm text-muted">Voor wie</dt>
                <dd>{data.audience}</dd>
              </div>
            )}
            <div>
              <dt className="text-sm text-muted">Plaatsen</dt>
              <dd>{data.capacity}</dd>
            </div>
            <div>
              <dt className="text-sm text-muted">Aanmelden kan tot</dt>
              <dd>{dutchTimeRange(data.signupDeadline, undefined)}</dd>
            </div>
          </dl>
        </aside>
      </div>
    </article>
  );
}
