/** One question as a fieldset with its legend, hint and error, and one native choice in it. */
import type { ReactNode } from 'react';
import type { Option, Question, QuestionId } from '../../lib/wijzer/questions.ts';

interface FieldsetProps {
  id: QuestionId;
  number: number;
  question: Question;
  error?: string | undefined;
  /** The hint and error describe the input inside, not the whole group. */
  hintOnInput?: boolean;
  children: ReactNode;
}

export function Fieldset({ id, number, question, error, hintOnInput, children }: FieldsetProps) {
  const describedBy = [question.hint && `vraag-${id}-hint`, error && `vraag-${id}-fout`]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className={`space-y-2 border-l-4 pl-4 ${error ? 'border-coral' : 'border-transparent'}`}
      aria-describedby={hintOnInput ? undefined : describedBy || undefined}
    >
      <legend className="mb-2 text-lg font-bold">
        <span className="text-muted">{number}. </span>
        {question.legend}
      </legend>
      {question.hint && (
        <p id={`vraag-${id}-hint`} className="text-muted">
          {question.hint}
        </p>
      )}
      {error && (
        <p id={`vraag-${id}-fout`} className="font-bold text-coral">
          <span className="sr-only">Fout: </span>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

interface ChoiceProps {
  type: 'radio' | 'checkbox';
  name: string;
  option: Option;
  checked: boolean;
}

export function Choice({ type, name, option, checked }: ChoiceProps) {
  const id = `vraag-${name}-${option.value}`;
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type={type}
        name={name}
        value={option.value}
        defaultChecked={checked}
        aria-describedby={option.hint ? `${id}-hint` : undefined}
        className="mt-0.5 size-6 shrink-0 accent-brand"
      />
      <div>
        <label htmlFor={id} className="block min-h-6 cursor-pointer">
          {option.label}
        </label>
        {option.hint && (
          <p id={`${id}-hint`} className="text-sm text-muted">
            {option.hint}
          </p>
        )}
      </div>
    </div>
  );
}
