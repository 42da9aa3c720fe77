// One question of the survey as USWDS controls: a single choice as large tile radios (thumbs up or
// down with its icon, or the 5-point scale, each with its words, not a symbol alone), the drivers as checkboxes, the
// comment with its limit and the warning not to type personal details, and the optional way to be
// contacted. Every group is a fieldset whose legend is the question, with its hint and error.
import { Checkbox, Radio } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { FieldsetField } from '../forms/form-field.tsx';
import { TextAreaField } from '../forms/textarea-field.tsx';
import { TextField } from '../forms/text-field.tsx';
import { fieldIdOf, type ContactMethod } from './survey-answers.ts';
import type { SurveyChoice, SurveyFormView, SurveyQuestion } from './survey-types.ts';

// The USWDS thumb icons (usa-icons thumb_up_alt, thumb_down_alt), drawn inline: an emoji may have no
// glyph on the reader's device.
const THUMBS: Record<string, string> = {
  up: 'M2 20h2c.55 0 1-.45 1-1v-9c0-.55-.45-1-1-1H2v11zm19.83-7.12c.11-.25.17-.52.17-.8V11c0-1.1-.9-2-2-2h-5.5l.92-4.65c.05-.22.02-.46-.08-.66a4.8 4.8 0 0 0-.88-1.22L14 2 7.59 8.41C7.21 8.79 7 9.3 7 9.83v7.84A2.34 2.34 0 0 0 9.34 20h8.11c.7 0 1.36-.37 1.72-.97l2.66-6.15z',
  down: 'M22 4h-2c-.55 0-1 .45-1 1v9c0 .55.45 1 1 1h2V4zM2.17 11.12c-.11.25-.17.52-.17.8V13c0 1.1.9 2 2 2h5.5l-.92 4.65c-.05.22-.02.46.08.66.23.45.52.86.88 1.22L10 22l6.41-6.41c.38-.38.59-.89.59-1.42V6.34C17 5.05 15.95 4 14.66 4h-8.1c-.71 0-1.36.37-1.72.97l-2.67 6.15z',
};

function Thumb({ path }: { path: string }) {
  return (
    <svg
      className="usa-icon usa-icon--size-3 margin-right-1 text-middle"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={path} fill="currentColor" />
    </svg>
  );
}

/** A choice's words: the trust scale's own (thumbs or 1 to 5 with its meaning), or the survey's label. */
function ChoiceLabel({ question, choice }: { question: SurveyQuestion; choice: SurveyChoice }) {
  const { t } = useTranslation('survey');
  if (question.id !== 'trust') return <>{choice.label}</>;
  const value = String(choice.value);
  const icon = THUMBS[value];
  if (icon)
    return (
      <>
        <Thumb path={icon} />
        {t(`trust.${value}`)}
        <span className="usa-sr-only"> ({t(`trust.${value}Icon`)})</span>
      </>
    );
  return <>{t('trust.scale', { value, label: t(`trust.scaleLabels.${value}`) })}</>;
}

export function ChoiceQuestion({
  question,
  value,
  error,
  onChange,
}: {
  question: SurveyQuestion;
  value: string | undefined;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('survey');
  const id = fieldIdOf(question.id);
  return (
    <FieldsetField id={id} legend={question.text} hint={t('single.hint')} error={error}>
      {question.choices.map((choice) => (
        <Radio
          key={String(choice.value)}
          id={`${id}-${String(choice.value)}`}
          name={question.id}
          value={String(choice.value)}
          tile
          label={<ChoiceLabel question={question} choice={choice} />}
          checked={value === String(choice.value)}
          onChange={() => onChange(String(choice.value))}
        />
      ))}
    </FieldsetField>
  );
}

export function DriverQuestion({
  question,
  checked,
  error,
  onChange,
}: {
  question: SurveyQuestion;
  checked: readonly string[];
  error: string | undefined;
  onChange: (checked: string[]) => void;
}) {
  const { t } = useTranslation('survey');
  const id = fieldIdOf(question.id);
  return (
    <FieldsetField id={id} legend={question.text} hint={t('drivers.hint')} error={error}>
      {question.choices.map((choice) => {
        const value = String(choice.value);
        return (
          <Checkbox
            key={value}
            id={`${id}-${value}`}
            name={question.id}
            value={value}
            label={choice.label}
            checked={checked.includes(value)}
            onChange={(event) =>
              onChange(event.target.checked ? [...checked, value] : checked.filter((c) => c !== value))
            }
          />
        );
      })}
    </FieldsetField>
  );
}

export function CommentQuestion({
  form,
  question,
  value,
  error,
  onChange,
}: {
  form: SurveyFormView;
  question: SurveyQuestion;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('survey');
  return (
    <TextAreaField
      id={fieldIdOf('text')}
      name="text"
      label={question.text}
      hint={t('text.hint', { max: form.freeTextMaxChars })}
      error={error}
      maxLength={form.freeTextMaxChars}
      value={value}
      onChange={onChange}
    />
  );
}

const METHODS: readonly ContactMethod[] = ['none', 'phone', 'email'];

export function ContactQuestion({
  question,
  method,
  value,
  error,
  onChange,
}: {
  question: SurveyQuestion;
  method: ContactMethod;
  value: string;
  error: string | undefined;
  onChange: (method: ContactMethod, value: string) => void;
}) {
  const { t } = useTranslation('survey');
  return (
    <>
      <FieldsetField id="survey-contact" legend={question.text} hint={t('contact.hint')}>
        {METHODS.map((choice) => (
          <Radio
            key={choice}
            id={`survey-contact-${choice}`}
            name="contact"
            value={choice}
            label={t(`contact.${choice}`)}
            checked={method === choice}
            onChange={() => onChange(choice, value)}
          />
        ))}
      </FieldsetField>
      {method === 'none' ? null : (
        <TextField
          id={fieldIdOf('contact')}
          name={method}
          label={t(`contact.${method}Label`)}
          hint={t(`contact.${method}Hint`)}
          error={error}
          inputMode={method === 'phone' ? 'tel' : 'email'}
          autoComplete={method === 'phone' ? 'tel' : 'email'}
          maxLength={method === 'phone' ? 40 : 254}
          value={value}
          onChange={(next) => onChange(method, next)}
        />
      )}
    </>
  );
}
