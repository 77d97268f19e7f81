import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { saveTemplateRequestSchema, type DocumentView } from '@kring/shared';
import { api } from '../../api/api.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorSummary } from '../../components/form/ErrorSummary.js';
import { TextAreaField } from '../../components/form/TextAreaField.js';
import { TextField } from '../../components/form/TextField.js';
import { useFormSubmission } from '../../hooks/useFormSubmission.js';

/** Props of {@link SaveAsTemplate}. */
export interface SaveAsTemplateProps {
  readonly view: DocumentView;
  /** Shown title: the suggested template name. */
  readonly title: string;
}

/** For community owners: "Save as template", so new pages can start from this one. */
export function SaveAsTemplate({ view, title }: SaveAsTemplateProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  return (
    <div className="kring-panel">
      <Button purpose="secondary" onClick={() => setOpen(true)}>
        {t('template.save')}
      </Button>
      <p className="kring-announcement" aria-live="polite">
        {announcement}
      </p>
      <Dialog open={open} title={t('template.saveTitle')} onClose={() => setOpen(false)}>
        <TemplateForm
          view={view}
          title={title}
          onCancel={() => setOpen(false)}
          onSaved={(name) => {
            setOpen(false);
            setAnnouncement(t('template.saved', { name }));
          }}
        />
      </Dialog>
    </div>
  );
}

type Field = 'name' | 'description';

interface TemplateFormProps extends SaveAsTemplateProps {
  readonly onCancel: () => void;
  readonly onSaved: (name: string) => void;
}

function TemplateForm({ view, title, onCancel, onSaved }: TemplateFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const form = useFormSubmission();
  const [values, setValues] = useState<Record<Field, string>>({ name: title, description: '' });
  const id = (field: Field) => `${formId}${field}`;
  const labels: Record<Field, string> = {
    name: t('template.name'),
    description: t('template.description'),
  };
  const fields = (Object.keys(labels) as Field[]).map((name) => ({
    name,
    id: id(name),
    label: labels[name],
  }));
  const change = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.submit(saveTemplateRequestSchema.safeParse(values), values, async (data) => {
      const template = await api.documents.saveAsTemplate(view.id, data);
      onSaved(template.name);
    });
  };

  return (
    <form className="kring-form" onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.summary(fields)} attempt={form.attempt} />
      <TextField
        id={id('name')}
        label={labels.name}
        error={form.fieldErrors['name']}
        value={values.name}
        onChange={change('name')}
        inputProps={{ autoComplete: 'off', maxLength: 120, autoFocus: true }}
      />
      <TextAreaField
        id={id('description')}
        label={labels.description}
        hint={t('template.descriptionHint')}
        error={form.fieldErrors['description']}
        value={values.description}
        onChange={change('description')}
        maxLength={500}
      />
      <div className="kring-actions">
        <Button type="submit" purpose="primary" busy={form.busy}>
          {t('template.submit')}
        </Button>
        <Button purpose="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
