/** The dated hire plan, grouped: before the start, at the start, after it, yearly. */
import type { PlanItem } from '../../lib/wijzer/result.ts';
import { afterTrialText, dueText, planGroups } from '../../lib/wijzer/wording.ts';

function Item({ item }: { item: PlanItem }) {
  return (
    <li className="plan-item border-l-4 border-accent pl-3">
      <p className="font-bold">
        {dueText(item)}
        {item.overdue && <span className="text-coral"> (deze datum is voorbij)</span>}
      </p>
      <p>{item.text}</p>
      {item.afterTrial && <p className="text-sm">{afterTrialText(item)}</p>}
      <p className="text-sm text-muted">
        {item.regulationTitle}
        {item.tentative && ', als deze regeling past'}
      </p>
    </li>
  );
}

export default function ActionPlan({ plan, hasStart }: { plan: PlanItem[]; hasStart: boolean }) {
  if (plan.length === 0) {
    return <p>Er zijn geen stappen om te plannen. Vraag het WSP wat u kunt doen.</p>;
  }
  return (
    <div className="space-y-5">
      {!hasStart && (
        <p>
          Vul de eerste werkdag in. Dan zetten we bij elke stap de datum waarop die klaar moet zijn.
        </p>
      )}
      {planGroups(plan).map((group) => (
        <section key={group.moment} aria-labelledby={`plan-${group.moment}`}>
          <h3 id={`plan-${group.moment}`} className="text-lg">
            {group.heading}
          </h3>
          <ul className="mt-2 space-y-3">
            {group.items.map((item, index) => (
              <Item key={`${item.regulationId}-${index}`} item={item} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
