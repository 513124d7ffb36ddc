import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ZExerciseInput } from '../../../domain/contract/exercises.js';
import type { TUnitView } from '../../../domain/contract/orgs.js';
import { useCodedErrorMessage } from '../../app/coded-errors.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { useDirectory } from '../orgs/orgs.api.js';
import { ExerciseFields } from './exercise-fields.js';
import { EMPTY_EXERCISE, prepareExercise, type TExerciseFormValues } from './exercise-form-values.js';
import { useCreateExercise } from './exercises.api.js';

/** Plans an exercise, then opens it. */
export function NewExerciseModal({ orgId, units, unitId, onClose }: { orgId: string; units: TUnitView[]; unitId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<TExerciseFormValues>();
  const create = useCreateExercise(orgId);
  const people = useDirectory(orgId);
  const errorMessage = useCodedErrorMessage({}, 'exercises.errors.forbidden');
  async function submit() {
    const created = await submitForm(form, ZExerciseInput, t, prepareExercise, create.mutateAsync);
    if (!created) return;
    void message.success(t('exercises.form.created', { title: created.title }));
    onClose();
    void navigate(`/orgs/${orgId}/exercises/${created.id}`);
  }
  return (
    <FormModal<TExerciseFormValues>
      title={t('exercises.new')}
      okText={t('exercises.form.plan')}
      onCancel={onClose}
      onSubmit={submit}
      pending={create.isPending}
      error={create.error}
      errorMessage={errorMessage}
      form={form}
      name="new-exercise"
      initialValues={{ ...EMPTY_EXERCISE, unitId }}
      okButtonProps={{ 'data-testid': 'exercise-submit' }}
    >
      <ExerciseFields orgId={orgId} units={units} people={people.data?.items ?? []} />
    </FormModal>
  );
}
