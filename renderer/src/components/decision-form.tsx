// One form for a person's decision about a finding: a choice, why, and (for some choices) until
// when. Triage and a hotspot's review are both this form with their own words.
import { useState, type ReactNode } from 'react';
import { useSubmit } from '../use-submit.js';
import { FormError, SaveButton } from './form-parts.js';

export interface DecisionChoice<T extends string> {
  value: T;
  label: string;
  /** Said when the reason box is empty and this choice needs one; undefined = optional. */
  reasonRequired?: string;
  /** The reason box's label for this choice. */
  reasonLabel: string;
  /** This choice holds until a date (accepted risk). */
  needsExpiry?: boolean;
}

export function DecisionForm<T extends string>(props: {
  title: string;
  legend: string;
  name: string;
  choices: readonly DecisionChoice<T>[];
  initial: T;
  submitLabel: string;
  preface?: ReactNode;
  /** Records the decision; the form resets when it resolves. */
  save: (choice: T, reason: string | null, expiresAt: string | null) => Promise<void>;
}) {
  const [value, setValue] = useState<T>(props.initial);
  const [reason, setReason] = useState('');
  const [expires, setExpires] = useState('');
  const { error, setError, saving, run } = useSubmit();
  const choice = props.choices.find((c) => c.value === value) ?? props.choices[0]!;
  const submit = async () => {
    if (choice.reasonRequired && !reason.trim()) return setError(choice.reasonRequired);
    if (choice.needsExpiry && !expires) return setError('An accepted risk needs an expiry date.');
    await run(async () => {
      await props.save(value, reason.trim() || null, choice.needsExpiry ? expires : null);
      setReason('');
      setExpires('');
    });
  };
  return (
    <form
      className="triage-form"
      aria-label={props.title}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{props.title}</h3>
      {props.preface}
      <fieldset className="checks">
        <legend>{props.legend}</legend>
        {props.choices.map((c) => (
          <label key={c.value}>
            <input type="radio" name={props.name} value={c.value} checked={value === c.value} onChange={() => setValue(c.value)} />
            {c.label}
          </label>
        ))}
      </fieldset>
      <label className="block">
        {choice.reasonLabel}
        <textarea value={reason} rows={3} onChange={(e) => setReason(e.target.value)} aria-required={choice.reasonRequired !== undefined} />
      </label>
      {choice.needsExpiry && (
        <label className="block">
          Risk accepted until
          <input type="date" value={expires} onChange={(e) => setExpires(e.target.value)} aria-required="true" />
        </label>
      )}
      <FormError error={error} />
      <SaveButton saving={saving} label={props.submitLabel} />
    </form>
  );
}
