import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ZConductRequest, ZExerciseUpdate, ZFindingInput, type TExerciseView } from '../../../domain/contract/exercises.js';
import type { TUnitView } from '../../../domain/contract/orgs.js';
import { useCodedErrorMessage } from '../../app/coded-errors.js';
import { FormModal } from '../../app/form-modal.js';
import { changedFields, submitForm } from '../../app/form-validation.js';
import { DurationInput } from '../bia/duration-input.js';
import { useServices } from '../bia/bia.api.js';
import { formatDuration } from '../bia/durations.js';
import { useDirectory } from '../orgs/orgs.api.js';
import { ExerciseFields } from './exercise-fields.js';
import { prepareExercise, valuesOf, type TExerciseFormValues } from './exercise-form-values.js';
import { VerdictTag } from './exercise-state-tag.js';
import { useAddFinding, useConductExercise, useUpdateExercise } from './exercises.api.js';
import { previewVerdict } from './recovery.js';

const CODES = { 'mer.exercise_state': 'exercises.errors.wrongState' };

type TModalProps = { orgId: string; exercise: TExerciseView; onClose: () => void };

export function EditExerciseModal({ orgId, exercise, units, onClose }: TModalProps & { units: TUnitView[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TExerciseFormValues>();
  const update = useUpdateExercise(orgId, exercise.id);
  const people = useDirectory(orgId);
  const errorMessage = useCodedErrorMessage(CODES, 'exercises.errors.forbidden');
  const current = valuesOf(exercise);
  // The unit of an exercise is fixed once planned; only what changed is sent.
  const prepare = (values: TExerciseFormValues) => {
    const { unitId: _unit, ...rest } = changedFields(prepareExercise(current), prepareExercise(values));
    return rest;
  };
  async function submit() {
    const saved = await submitForm(form, ZExerciseUpdate, t, prepare, update.mutateAsync);
    if (!saved) return;
    void message.success(t('exercises.form.saved'));
    onClose();
  }
  return (
    <FormModal<TExerciseFormValues>
      title={t('exercises.edit')}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      pending={update.isPending}
      error={update.error}
      errorMessage={errorMessage}
      form={form}
      name="edit-exercise"
      initialValues={current}
      okButtonProps={{ 'data-testid': 'exercise-submit' }}
    >
      <ExerciseFields orgId={orgId} units={units} people={people.data?.items ?? []} unitFixed />
    </FormModal>
  );
}

interface TConductValues {
  conductedOn: string;
  summary: string;
  results: { serviceId?: string; achievedMinutes?: number | null; notes?: string }[];
}

/** What happened and how fast each critical function of the unit was actually recovered. */
export function ConductModal({ orgId, exercise, today, onClose }: TModalProps & { today: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TConductValues>();
  const conduct = useConductExercise(orgId, exercise.id);
  const services = useServices(orgId, exercise.unitId);
  const errorMessage = useCodedErrorMessage(CODES, 'exercises.errors.forbidden');
  const rows = Form.useWatch('results', form) ?? [];
  const rtoOf = new Map((services.data?.items ?? []).map((s) => [s.id, s.rtoMinutes]));
  const serviceOptions = (services.data?.items ?? []).map((s) => ({
    value: s.id,
    label: s.rtoMinutes === null ? s.name : `${s.name} (${t('exercises.results.rtoIs', { rto: formatDuration(t, s.rtoMinutes) })})`,
  }));
  const prepare = (values: TConductValues) => ({
    conductedOn: values.conductedOn,
    summary: values.summary ?? '',
    results: (values.results ?? []).map((r) => ({ serviceId: r.serviceId, achievedMinutes: r.achievedMinutes ?? undefined, notes: r.notes ?? '' })),
  });
  async function submit() {
    const saved = await submitForm(form, ZConductRequest, t, prepare, conduct.mutateAsync);
    if (!saved) return;
    void message.success(t('exercises.conduct.saved'));
    onClose();
  }
  return (
    <FormModal<TConductValues>
      title={t('exercises.conduct.title')}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      pending={conduct.isPending}
      error={conduct.error}
      errorMessage={errorMessage}
      form={form}
      name="conduct-exercise"
      initialValues={{
        conductedOn: exercise.conductedOn ?? (exercise.scheduledOn <= today ? exercise.scheduledOn : today),
        summary: exercise.summary,
        results: exercise.results.map((r) => ({ serviceId: r.serviceId, achievedMinutes: r.achievedMinutes, notes: r.notes })),
      }}
      intro={<p>{t('exercises.conduct.intro')}</p>}
      okButtonProps={{ 'data-testid': 'conduct-submit' }}
    >
      <Form.Item name="conductedOn" label={t('exercises.fields.conductedOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input type="date" data-testid="conduct-date" style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item name="summary" label={t('exercises.fields.summary')}>
        <Input.TextArea rows={4} data-testid="conduct-summary" dir="auto" />
      </Form.Item>
      <fieldset className="exercise-fieldset">
        <legend>{t('exercises.results.title')}</legend>
        <p style={{ marginTop: 0 }}>{t('exercises.results.help')}</p>
        <Form.List name="results">
          {(list, { add, remove }) => (
            <>
              {list.map((row, index) => {
                const value = rows[row.name];
                const verdict = previewVerdict(value?.achievedMinutes, value?.serviceId ? rtoOf.get(value.serviceId) : null);
                return (
                  <div key={row.key} data-testid="conduct-result" style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 12 }}>
                    <Row gutter={8}>
                      <Col xs={24} sm={12}>
                        <Form.Item name={[row.name, 'serviceId']} label={t('exercises.results.service')} rules={[{ required: true, message: t('validation.required') }]}>
                          <Select options={serviceOptions} loading={services.isLoading} showSearch={{ optionFilterProp: 'label' }} data-testid="conduct-service" popupMatchSelectWidth={false} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} sm={12}>
                        <Form.Item name={[row.name, 'achievedMinutes']} label={t('exercises.results.achieved')} rules={[{ required: true, message: t('validation.required') }]}>
                          <DurationInput testId="conduct-achieved" />
                        </Form.Item>
                      </Col>
                    </Row>
                    <Row gutter={8} align="middle">
                      <Col flex="auto">
                        <Form.Item name={[row.name, 'notes']} label={t('exercises.results.notes')}>
                          <Input dir="auto" />
                        </Form.Item>
                      </Col>
                      <Col>
                        <span aria-live="polite" data-testid="conduct-verdict">{verdict && <VerdictTag verdict={verdict} />}</span>
                        <Button type="text" icon={<DeleteOutlined aria-hidden />} aria-label={t('exercises.results.remove', { index: index + 1 })} onClick={() => remove(row.name)} />
                      </Col>
                    </Row>
                  </div>
                );
              })}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ notes: '' })} data-testid="conduct-add-result">
                {t('exercises.results.add')}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>
    </FormModal>
  );
}

interface TFindingValues {
  title: string;
  description: string;
  ownerPersonId?: string;
  dueOn: string;
  planId?: string | null;
}

/** A finding becomes a remedial action with an owner and a due date. */
export function FindingModal({ orgId, exercise, onClose }: TModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TFindingValues>();
  const add = useAddFinding(orgId, exercise.id);
  const people = useDirectory(orgId);
  const errorMessage = useCodedErrorMessage(CODES, 'exercises.errors.forbidden');
  const prepare = (v: TFindingValues) => ({ ...v, description: v.description ?? '', planId: v.planId ?? null });
  async function submit() {
    const saved = await submitForm(form, ZFindingInput, t, prepare, add.mutateAsync);
    if (!saved) return;
    void message.success(t('exercises.findings.added'));
    onClose();
  }
  return (
    <FormModal<TFindingValues>
      title={t('exercises.findings.add')}
      okText={t('exercises.findings.addButton')}
      onCancel={onClose}
      onSubmit={submit}
      pending={add.isPending}
      error={add.error}
      errorMessage={errorMessage}
      form={form}
      name="exercise-finding"
      initialValues={{ title: '', description: '', dueOn: '', planId: exercise.plans.length === 1 ? exercise.plans[0]!.id : null }}
      intro={<p>{t('exercises.findings.intro')}</p>}
      okButtonProps={{ 'data-testid': 'finding-submit' }}
    >
      <Form.Item name="title" label={t('exercises.findings.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input data-testid="finding-title" dir="auto" />
      </Form.Item>
      <Form.Item name="description" label={t('exercises.findings.description')}>
        <Input.TextArea rows={3} dir="auto" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={14}>
          <Form.Item name="ownerPersonId" label={t('exercises.findings.owner')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={people.isLoading}
              options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }))}
              data-testid="finding-owner"
              popupMatchSelectWidth={false}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item name="dueOn" label={t('exercises.findings.dueOn')} rules={[{ required: true, message: t('validation.required') }]}>
            <Input type="date" data-testid="finding-due-on" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="planId" label={t('exercises.findings.plan')} extra={t('exercises.findings.planHelp')}>
        <Select allowClear options={exercise.plans.map((p) => ({ value: p.id, label: p.title }))} data-testid="finding-plan" />
      </Form.Item>
    </FormModal>
  );
}
