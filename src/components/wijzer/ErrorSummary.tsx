/** The list of wrong answers above the form, each linking to its question (the GOV.UK pattern). */
import type { FieldErrors } from '../../lib/wijzer/answers.ts';
import { questionIds } from '../../lib/wijzer/questions.ts';
import { firstInputId } from './QuestionForm.tsx';

export default function ErrorSummary(props: { errors: FieldErrors }) {
  const ids = questionIds.filter((id) => props.errors[id]);
  return (
    <div
      tabIndex={-1}
      data-error-summary
      aria-labelledby="fouten-titel"
      className="rounded-card border-4 border-coral p-4 focus:outline-none"
    >
      <h2 id="fouten-titel" className="text-xl">
        Er klopt iets niet in uw antwoorden
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {ids.map((id) => (
          <li key={id}>
            <a href={`#${firstInputId(id)}`} className="font-semibold text-coral">
              {props.errors[id]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
