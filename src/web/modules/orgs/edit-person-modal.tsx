import { App, Form, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ZUpdatePersonRequest,
  type TPersonView,
  type TUnitView,
  type TUpdatePersonRequest,
} from '../../../domain/contract/orgs.js';
import { FormModal } from '../../app/form-modal.js';
import { useCollator } from '../../app/format.js';
import { changedFields, submitForm } from '../../app/form-validation.js';
import { useOrgErrorMessage } from './org-errors.js';
import { useDirectory, useUpdatePerson } from './orgs.api.js';
import { PersonContactFields, PersonFields } from './person-fields.js';

interface Values {
  unitId?: string;
  fullName?: string;
  jobTitle?: string;
  email?: string;
  mobilePhone: string;
  preferredLanguage: TPersonView['preferredLanguage'];
  alternateIds?: string[];
  supervisorId?: string | null;
}

const MAX_ALTERNATES = 5;

/** Other people of the directory the editor may read: who stands in for the person, in order, or whom they report to. */
function ColleagueSelect<V extends string | string[]>({ orgId, person, multiple, testId, ...props }: { orgId: string; person: TPersonView; multiple: boolean; testId: string; value?: V; onChange?: (value: V) => void }) {
  const { t } = useTranslation();
  const collator = useCollator();
  const directory = useDirectory(orgId);
  const options = useMemo(() => {
    const known = (directory.data?.items ?? [])
      .filter((p) => p.id !== person.id)
      .sort((a, b) => collator.compare(a.fullName, b.fullName))
      .map((p) => ({ value: p.id, label: `${p.fullName} — ${p.email}` }));
    // Alternates outside what the editor may read keep a name rather than show a bare id.
    const hidden = [...person.alternateIds, ...(person.supervisorId ? [person.supervisorId] : [])]
      .filter((id) => !known.some((o) => o.value === id))
      .map((id) => ({ value: id, label: t('people.unknownPerson') }));
    return [...known, ...hidden];
  }, [directory.data, person, collator, t]);
  return (
    <Select<V>
      {...props}
      mode={multiple ? 'multiple' : undefined}
      allowClear={!multiple}
      data-testid={testId}
      loading={directory.isLoading}
      maxCount={multiple ? MAX_ALTERNATES : undefined}
      placeholder={t('members.personPlaceholder')}
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
    />
  );
}

/**
 * A person's directory entry. `full` is for whoever manages the structure; `self` is a
 * person keeping their own phone and language current, the only fields they may change.
 */
export function EditPersonModal({ orgId, person, units, mode, onClose }: {
  orgId: string;
  person: TPersonView;
  units: TUnitView[];
  mode: 'full' | 'self';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdatePerson(orgId, person.id);
  const errorMessage = useOrgErrorMessage();

  async function submit() {
    const prepare = (values: Values): TUpdatePersonRequest => {
      const contact = { mobilePhone: values.mobilePhone?.trim() || null, preferredLanguage: values.preferredLanguage };
      const next =
        mode === 'self'
          ? contact
          : {
              ...contact,
              unitId: values.unitId,
              fullName: values.fullName?.trim(),
              jobTitle: values.jobTitle?.trim() ?? '',
              email: values.email?.trim(),
              alternateIds: values.alternateIds ?? [],
              supervisorId: values.supervisorId ?? null,
            };
      return changedFields<TUpdatePersonRequest>(person, next);
    };
    const send = (body: TUpdatePersonRequest) =>
      Object.keys(body).length > 0 ? update.mutateAsync(body) : Promise.resolve(person);
    const saved = await submitForm(form, ZUpdatePersonRequest, t, prepare, send);
    if (!saved) return;
    void message.success(mode === 'self' ? t('people.myContactSaved') : t('people.saved', { name: saved.fullName }));
    onClose();
  }

  return (
    <FormModal<Values>
      title={mode === 'self' ? t('people.myContact') : t('people.editTitle', { name: person.fullName })}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      pending={update.isPending}
      error={update.error}
      errorMessage={errorMessage}
      okButtonProps={{ 'data-testid': 'edit-person-submit' }}
      form={form}
      name={mode === 'self' ? 'my-contact' : 'edit-person'}
      initialValues={{
        unitId: person.unitId,
        fullName: person.fullName,
        jobTitle: person.jobTitle,
        email: person.email,
        mobilePhone: person.mobilePhone ?? '',
        preferredLanguage: person.preferredLanguage,
        alternateIds: person.alternateIds,
        supervisorId: person.supervisorId,
      }}
      intro={
        mode === 'self' ? <Typography.Paragraph>{t('people.myContactIntro')}</Typography.Paragraph> : undefined
      }
    >
      {mode === 'self' ? (
        <PersonContactFields />
      ) : (
        <>
          <PersonFields units={units} />
          <Form.Item label={t('people.alternates')} name="alternateIds" extra={t('people.alternatesHelp')}>
            <ColleagueSelect<string[]> orgId={orgId} person={person} multiple testId="edit-person-alternates" />
          </Form.Item>
          <Form.Item label={t('people.supervisor')} name="supervisorId" extra={t('people.supervisorHelp')}>
            <ColleagueSelect<string> orgId={orgId} person={person} multiple={false} testId="edit-person-supervisor" />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
