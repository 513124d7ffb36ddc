import { App, Checkbox, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ZAppointRequest } from '../../../domain/contract/mer.js';
import type { TUnitView } from '../../../domain/contract/orgs.js';
import { useCodedErrorMessage } from '../../app/coded-errors.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { useDirectory } from '../orgs/orgs.api.js';
import { useAppoint, useEndAppointment, type TAppointment, type TNetworkUnit } from './focal-points.api.js';

export const useFocalPointErrorMessage = () =>
  useCodedErrorMessage({ 'mer.appointment_ends_before_start': 'focalPoints.errors.endsBeforeStart', 'mer.appointment_not_found': 'focalPoints.errors.notFound' }, 'focalPoints.errors.forbidden');

interface TAppointValues {
  kind: 'focal_point' | 'alternate';
  personId: string;
  appointedOn: string;
  termsOfReference: string;
  inJobDescription: boolean;
}

/** Appoints a unit's focal point or alternate from the directory; the previous holder's appointment ends that day. */
export function AppointModal({ orgId, unit, kind, units, today, onClose }: { orgId: string; unit: TNetworkUnit; kind: TAppointValues['kind']; units: TUnitView[]; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TAppointValues>();
  const appoint = useAppoint(orgId);
  const people = useDirectory(orgId);
  const errorMessage = useFocalPointErrorMessage();
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? '';
  const chosenKind = Form.useWatch('kind', form) ?? kind;
  const current = chosenKind === 'focal_point' ? unit.focalPoint : unit.alternate;
  // This unit's own people first: they are the usual choice.
  const options = [...(people.data?.items ?? [])]
    .sort((a, b) => Number(b.unitId === unit.unitId) - Number(a.unitId === unit.unitId))
    .map((p) => ({ value: p.id, label: `${p.fullName} — ${unitName(p.unitId)}${p.jobTitle ? ` (${p.jobTitle})` : ''}` }));
  async function submit() {
    const done = await submitForm(form, ZAppointRequest, t, (v: TAppointValues) => ({ ...v, unitId: unit.unitId, termsOfReference: v.termsOfReference ?? '', inJobDescription: v.inJobDescription ?? false }), appoint.mutateAsync);
    if (!done) return;
    void message.success(t('focalPoints.appoint.done', { unit: unit.unitName }));
    onClose();
  }
  return (
    <FormModal<TAppointValues>
      title={t('focalPoints.appoint.title', { unit: unit.unitName })}
      okText={t('focalPoints.appoint.submit')}
      onCancel={onClose}
      onSubmit={submit}
      pending={appoint.isPending}
      error={appoint.error}
      errorMessage={errorMessage}
      form={form}
      name="appoint"
      initialValues={{ kind, appointedOn: today, termsOfReference: '', inJobDescription: false }}
      okButtonProps={{ 'data-testid': 'appoint-submit' }}
      intro={current ? <p data-testid="appoint-replaces">{t('focalPoints.appoint.replaces', { name: current.fullName })}</p> : undefined}
    >
      <Form.Item name="kind" label={t('focalPoints.appoint.kind')}>
        <Radio.Group options={(['focal_point', 'alternate'] as const).map((k) => ({ value: k, label: t(`focalPoints.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="personId" label={t('focalPoints.appoint.person')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select data-testid="appoint-person" showSearch={{ optionFilterProp: 'label' }} options={options} loading={people.isLoading} popupMatchSelectWidth={false} />
      </Form.Item>
      <Form.Item name="appointedOn" label={t('focalPoints.appoint.appointedOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input type="date" data-testid="appoint-date" style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item name="termsOfReference" label={t('focalPoints.appoint.termsOfReference')} extra={t('focalPoints.appoint.termsHelp')}>
        <Input.TextArea rows={2} maxLength={10_000} data-testid="appoint-tor" />
      </Form.Item>
      <Form.Item name="inJobDescription" valuePropName="checked">
        <Checkbox data-testid="appoint-job-description">{t('focalPoints.appoint.inJobDescription')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}

const ZEnd = z.object({ endedOn: z.iso.date() });

/** Ends an appointment on a day: the post becomes vacant. */
export function EndAppointmentModal({ orgId, unit, appointment, kind, today, onClose }: { orgId: string; unit: TNetworkUnit; appointment: TAppointment; kind: 'focal_point' | 'alternate'; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ endedOn: string }>();
  const end = useEndAppointment(orgId);
  const errorMessage = useFocalPointErrorMessage();
  async function submit() {
    const done = await submitForm(form, ZEnd, t, (v: { endedOn: string }) => v, ({ endedOn }) => end.mutateAsync({ appointmentId: appointment.id, endedOn }));
    if (!done) return;
    void message.success(t('focalPoints.end.done', { name: appointment.fullName }));
    onClose();
  }
  return (
    <FormModal<{ endedOn: string }>
      title={t('focalPoints.end.title', { name: appointment.fullName, role: t(`focalPoints.kinds.${kind}`), unit: unit.unitName })}
      okText={t('focalPoints.end.submit')}
      onCancel={onClose}
      onSubmit={submit}
      pending={end.isPending}
      error={end.error}
      errorMessage={errorMessage}
      form={form}
      name="end-appointment"
      initialValues={{ endedOn: today }}
      okButtonProps={{ danger: true, 'data-testid': 'end-submit' }}
      intro={<p>{t('focalPoints.end.intro')}</p>}
    >
      <Form.Item name="endedOn" label={t('focalPoints.end.endedOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input type="date" data-testid="end-date" style={{ maxWidth: 200 }} />
      </Form.Item>
    </FormModal>
  );
}
