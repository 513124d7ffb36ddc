import { App, Checkbox, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ZCourseInput, ZSessionInput } from '../../../domain/contract/training.js';
import type { TUnitView } from '../../../domain/contract/orgs.js';
import { COURSE_KINDS, TRAINED_FUNCTIONS, type TCourseKind, type TTrainedFunction } from '../../../domain/mer/training.js';
import { useCodedErrorMessage } from '../../app/coded-errors.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { useDirectory } from '../orgs/orgs.api.js';
import { UnitSelect } from '../orgs/unit-select.js';
import { useCreateCourse, useRecordSession, type TCourse } from './training.api.js';

export const useTrainingErrorMessage = () => useCodedErrorMessage({ 'mer.course_not_found': 'training.errors.courseNotFound', 'mer.session_not_found': 'training.errors.sessionNotFound' }, 'training.errors.forbidden');

interface TCourseValues {
  title: string;
  kind: TCourseKind;
  description: string;
  mandatoryFor: TTrainedFunction[];
  renewalMonths: number | null;
}

/** A course of the programme: what it is, who must attend it, and how often. Awareness activities are courses of their own kind. */
export function CourseModal({ orgId, initialKind = 'course', onClose }: { orgId: string; initialKind?: TCourseKind; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TCourseValues>();
  const create = useCreateCourse(orgId);
  const errorMessage = useTrainingErrorMessage();
  async function submit() {
    const created = await submitForm(form, ZCourseInput, t, (v: TCourseValues) => ({ ...v, renewalMonths: v.renewalMonths ?? null }), create.mutateAsync);
    if (!created) return;
    void message.success(t('training.courses.created', { title: created.title }));
    onClose();
  }
  return (
    <FormModal<TCourseValues>
      title={t('training.courses.new')}
      okText={t('common.create')}
      onCancel={onClose}
      onSubmit={submit}
      pending={create.isPending}
      error={create.error}
      errorMessage={errorMessage}
      form={form}
      name="new-course"
      initialValues={{ title: '', kind: initialKind, description: '', mandatoryFor: [], renewalMonths: null }}
      okButtonProps={{ 'data-testid': 'course-submit' }}
    >
      <Form.Item name="title" label={t('training.courses.fields.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input data-testid="course-title" maxLength={200} />
      </Form.Item>
      <Form.Item name="kind" label={t('training.courses.fields.kind')} extra={t('training.courses.kindHelp')}>
        <Radio.Group data-testid="course-kind" options={COURSE_KINDS.map((k) => ({ value: k, label: t(`enums.courseKind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="mandatoryFor" label={t('training.courses.fields.mandatoryFor')} extra={t('training.courses.mandatoryHelp')}>
        <Checkbox.Group data-testid="course-mandatory-for" options={TRAINED_FUNCTIONS.map((fn) => ({ value: fn, label: t(`enums.role.${fn}`) }))} />
      </Form.Item>
      <Form.Item name="renewalMonths" label={t('training.courses.fields.renewalMonths')} extra={t('training.courses.renewalHelp')}>
        <InputNumber min={1} max={120} precision={0} data-testid="course-renewal" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="description" label={t('training.courses.fields.description')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}

interface TSessionValues {
  courseId: string;
  unitId: string;
  heldOn: string;
  location: string;
  source: 'directory' | 'file';
  attendeePersonIds: string[];
}

/**
 * A session held: the course, where and when, and who attended — picked from the directory,
 * or read from a sign-in sheet next (the import opens once the session is recorded).
 */
export function SessionModal({ orgId, courses, units, today, onClose, onImport }: {
  orgId: string;
  courses: TCourse[];
  units: TUnitView[];
  today: string;
  onClose: () => void;
  onImport: (session: { id: string; courseTitle: string; heldOn: string }) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TSessionValues>();
  const record = useRecordSession(orgId);
  const people = useDirectory(orgId);
  const errorMessage = useTrainingErrorMessage();
  const source = Form.useWatch('source', form) ?? 'directory';
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? '';
  async function submit() {
    const values = form.getFieldsValue(true) as TSessionValues;
    const created = await submitForm(form, ZSessionInput, t, (v: TSessionValues) => ({ courseId: v.courseId, unitId: v.unitId, heldOn: v.heldOn, location: v.location ?? '', attendeePersonIds: v.source === 'file' ? [] : (v.attendeePersonIds ?? []) }), record.mutateAsync);
    if (!created) return;
    onClose();
    if (values.source === 'file') onImport({ id: created.id, courseTitle: courses.find((c) => c.id === values.courseId)?.title ?? '', heldOn: values.heldOn });
    else void message.success(t('training.sessions.recorded'));
  }
  return (
    <FormModal<TSessionValues>
      title={t('training.sessions.new')}
      okText={source === 'file' ? t('training.sessions.recordAndImport') : t('training.sessions.record')}
      onCancel={onClose}
      onSubmit={submit}
      pending={record.isPending}
      error={record.error}
      errorMessage={errorMessage}
      form={form}
      name="new-session"
      initialValues={{ courseId: courses[0]?.id, unitId: (units.find((u) => u.parentId === null) ?? units[0])?.id, heldOn: today, location: '', source: 'directory', attendeePersonIds: [] }}
      okButtonProps={{ 'data-testid': 'session-submit' }}
    >
      <Form.Item name="courseId" label={t('training.sessions.fields.course')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select
          data-testid="session-course"
          showSearch={{ optionFilterProp: 'label' }}
          options={courses.map((c) => ({ value: c.id, label: `${c.title} — ${t(`enums.courseKind.${c.kind}`)}` }))}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item name="unitId" label={t('training.sessions.fields.unit')} extra={t('training.sessions.unitHelp')} rules={[{ required: true, message: t('validation.required') }]}>
        <UnitSelect units={units} data-testid="session-unit" popupMatchSelectWidth={false} />
      </Form.Item>
      <Form.Item name="heldOn" label={t('training.sessions.fields.heldOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input type="date" data-testid="session-held-on" style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item name="location" label={t('training.sessions.fields.location')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="source" label={t('training.sessions.fields.source')}>
        <Radio.Group
          data-testid="session-source"
          options={[
            { value: 'directory', label: t('training.sessions.fromDirectory') },
            { value: 'file', label: <span data-testid="session-source-file">{t('training.sessions.fromFile')}</span> },
          ]}
        />
      </Form.Item>
      {source === 'file' ? (
        <Typography.Paragraph type="secondary">{t('training.sessions.fileNext')}</Typography.Paragraph>
      ) : (
        <Form.Item name="attendeePersonIds" label={t('training.sessions.fields.attendees')}>
          <Select
            mode="multiple"
            allowClear
            data-testid="session-attendees"
            loading={people.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.fullName} — ${unitName(p.unitId)}` }))}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
