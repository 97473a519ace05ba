/**
 * The seven questions as a plain GET form of native radios, checkboxes and inputs in fieldsets:
 * it works without JavaScript, on a phone and with the keyboard alone. Rendered on the server
 * only; on the result page a small script sends it in the background on every change.
 */
import type { FieldErrors, FormValues } from '../../lib/wijzer/answers.ts';
import {
  NONE,
  UNKNOWN,
  questionIds,
  questions,
  type QuestionId,
} from '../../lib/wijzer/questions.ts';
import { Choice, Fieldset } from './Fieldset.tsx';

interface Props {
  values: FormValues;
  errors: FieldErrors;
  action: string;
  submitLabel: string;
}

/** The id of the first input of a question: where an error message's link leads. */
export function firstInputId(id: QuestionId): string {
  const first = questions[id].options?.[0]?.value;
  return first ? `vraag-${id}-${first}` : `vraag-${id}`;
}

const number = (id: QuestionId) => questionIds.indexOf(id) + 1;

function Radios({
  id,
  values,
  errors,
}: {
  id: QuestionId;
  values: FormValues;
  errors: FieldErrors;
}) {
  const question = questions[id];
  const chosen = values[id as 'leeftijd' | 'werkplek' | 'begeleiding' | 'contract'];
  return (
    <Fieldset id={id} number={number(id)} question={question} error={errors[id]}>
      {[...(question.options ?? []), { value: UNKNOWN, label: 'Weet ik niet' }].map((option) => (
        <Choice
          key={option.value}
          type="radio"
          name={id}
          option={option}
          checked={chosen === option.value}
        />
      ))}
    </Fieldset>
  );
}

function Typed(props: {
  id: 'uren' | 'start';
  label: string;
  values: FormValues;
  errors: FieldErrors;
}) {
  const { id, label, values, errors } = props;
  const question = questions[id];
  const error = errors[id];
  const unknown = id === 'uren' ? values.urenOnbekend : values.startOnbekend;
  const describedBy = [question.hint && `vraag-${id}-hint`, error && `vraag-${id}-fout`]
    .filter(Boolean)
    .join(' ');
  return (
    <Fieldset id={id} number={number(id)} question={question} error={error} hintOnInput>
      <div>
        <label htmlFor={`vraag-${id}`} className="block font-semibold">
          {label}
        </label>
        <input
          id={`vraag-${id}`}
          name={id}
          type={id === 'start' ? 'date' : 'text'}
          inputMode={id === 'uren' ? 'decimal' : undefined}
          autoComplete="off"
          spellCheck={false}
          defaultValue={id === 'uren' ? values.uren : values.start}
          aria-describedby={describedBy || undefined}
          aria-invalid={error ? true : undefined}
          className={`mt-1 min-h-11 rounded border-2 bg-white px-3 py-2 ${
            error ? 'border-coral' : 'border-field'
          } ${id === 'uren' ? 'w-28' : 'w-full max-w-56'}`}
        />
      </div>
      <Choice
        type="checkbox"
        name={id}
        option={{ value: UNKNOWN, label: 'Weet ik nog niet' }}
        checked={unknown}
      />
    </Fieldset>
  );
}

export default function QuestionForm(props: Props) {
  const { values, errors, action, submitLabel } = props;
  const situation = questions.situatie;
  return (
    <form method="get" action={action} noValidate className="space-y-8" data-wijzer-form>
      <Fieldset id="situatie" number={1} question={situation} error={errors.situatie}>
        {(situation.options ?? []).map((option) => (
          <Choice
            key={option.value}
            type="checkbox"
            name="situatie"
            option={option}
            checked={values.situatie.includes(option.value)}
          />
        ))}
        <p className="py-1 font-semibold" aria-hidden="true">
          of
        </p>
        {[
          { value: NONE, label: 'Geen van deze' },
          { value: UNKNOWN, label: 'Weet ik niet' },
        ].map((option) => (
          <Choice
            key={option.value}
            type="checkbox"
            name="situatie"
            option={option}
            checked={values.situatie.includes(option.value)}
          />
        ))}
      </Fieldset>
      <Radios id="leeftijd" values={values} errors={errors} />
      <Radios id="werkplek" values={values} errors={errors} />
      <Radios id="begeleiding" values={values} errors={errors} />
      <Typed id="uren" label="Uren per week" values={values} errors={errors} />
      <Radios id="contract" values={values} errors={errors} />
      <Typed id="start" label="Datum" values={values} errors={errors} />
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </form>
  );
}
