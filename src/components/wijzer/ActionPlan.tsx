/**
 * The dated hire plan, grouped by moment (before the start, at the start, after it, yearly) and
 * within it by deadline: each date is said once, with its steps under it, the steps of
 * regulations that surely apply first.
 */
import type { PlanItem } from '../../lib/wijzer/result.ts';
import { contractStartAfterTrialOf, planDeadlines } from '../../lib/wijzer/result-summary.ts';
import { afterTrialShortText, trialNoteText } from '../../lib/wijzer/wording.ts';

function Steps({ items }: { items: PlanItem[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((item, index) => (
        <li key={`${item.regulationId}-${index}`} className="plan-item">
          {item.text} <span className="text-sm text-muted">({item.regulationTitle})</span>
          {item.afterTrial && (
            <span className="block text-sm text-muted">{afterTrialShortText(item)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

export default function ActionPlan({ plan, hasStart }: { plan: PlanItem[]; hasStart: boolean }) {
  if (plan.length === 0) {
    return <p>Er zijn geen stappen om te plannen. Vraag het WSP wat u kunt doen.</p>;
  }
  const contractStart = contractStartAfterTrialOf(plan);
  return (
    <div className="max-w-4xl space-y-6">
      {!hasStart && (
        <p>
          Vul de eerste werkdag in. Dan zetten we bij elke stap de datum waarop die klaar moet zijn.
        </p>
      )}
      {contractStart && <p className="max-w-prose">{trialNoteText(contractStart)}</p>}
      {planDeadlines(plan).map((group) => (
        <section key={group.moment} aria-labelledby={`plan-${group.moment}`}>
          <h3 id={`plan-${group.moment}`} className="text-lg">
            {group.heading}
          </h3>
          <div className="mt-2 space-y-4">
            {group.deadlines.map((deadline) => (
              <div key={deadline.due} className="deadline border-l-4 border-accent pl-3">
                <p className="due font-bold">
                  {deadline.due.charAt(0).toUpperCase() + deadline.due.slice(1)}
                  {deadline.overdue && <span className="text-coral"> (deze datum is voorbij)</span>}
                </p>
                {deadline.sure.length > 0 && <Steps items={deadline.sure} />}
                {deadline.maybe.length > 0 && (
                  <div className="maybe mt-1">
                    <p className="text-sm font-semibold">
                      Alleen als de regeling past (vraag het WSP):
                    </p>
                    <Steps items={deadline.maybe} />
                  </div>
                )}
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
