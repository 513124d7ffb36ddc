import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ZDependencyInput, ZDependencyUpdate, type TDependencyView } from '../../../domain/contract/bia.js';
import { DEPENDENCY_KINDS, type TDependencyKind } from '../../../domain/bia/dependency-kinds.js';
import { FormModal } from '../../app/form-modal.js';
import { applyServerIssues, parseForm } from '../../app/form-validation.js';
import { useDirectory } from '../orgs/orgs.api.js';
import { useSaveDependency } from './bia.api.js';
import { DurationInput } from './duration-input.js';

type Values = { kind: TDependencyKind; name: string; description: string; achievedMinutes: number | null; details: Record<string, unknown> };

/** The fields each kind of dependency records (see ZDependencyDetails). */
function DetailFields({ kind, orgId }: { kind: TDependencyKind; orgId: string }) {
  const { t } = useTranslation();
  const people = useDirectory(orgId, kind === 'key_role');
  const text = (key: string) => (
    <Form.Item key={key} label={t(`bia.dependency.details.${key}`)} name={['details', key]}>
      <Input />
    </Form.Item>
  );
  const duration = (key: string, allowZero = false) => (
    <Form.Item key={key} label={t(`bia.dependency.details.${key}`)} name={['details', key]}>
      <DurationInput allowZero={allowZero} />
    </Form.Item>
  );
  const peopleOptions = (people.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }));
  switch (kind) {
    case 'key_role':
      return (
        <>
          <Form.Item label={t('bia.dependency.details.minimumStaff')} name={['details', 'minimumStaff']} rules={[{ required: true, message: t('validation.required') }]}>
            <InputNumber min={0} max={10_000} />
          </Form.Item>
          <Form.Item label={t('bia.dependency.details.holderPersonIds')} name={['details', 'holderPersonIds']}>
            <Select mode="multiple" options={peopleOptions} optionFilterProp="label" aria-label={t('bia.dependency.details.holderPersonIds')} />
          </Form.Item>
          <Form.Item label={t('bia.dependency.details.alternatePersonIds')} name={['details', 'alternatePersonIds']}>
            <Select mode="multiple" options={peopleOptions} optionFilterProp="label" aria-label={t('bia.dependency.details.alternatePersonIds')} />
          </Form.Item>
        </>
      );
    case 'ict_system':
      return <>{[text('owner'), text('hosting')]}</>;
    case 'facility':
      return <>{[text('address'), text('alternateSite')]}</>;
    case 'supplier':
      return <>{[text('contact'), text('contractReference'), duration('contractedRecoveryMinutes')]}</>;
    case 'vital_record':
      return <>{[text('location'), text('backup'), duration('recoveryPointMinutes', true)]}</>;
  }
}

/** A key role, ICT system, facility, supplier or vital record, with how soon it can be back. */
export function DependencyForm({ orgId, unitId, dependency, onClose }: {
  orgId: string;
  unitId: string;
  dependency: TDependencyView | null;
  onClose: (created?: TDependencyView) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveDependency(orgId);
  const kind = (Form.useWatch('kind', form) as TDependencyKind | undefined) ?? dependency?.kind ?? 'ict_system';

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const details = Object.fromEntries(Object.entries({ ...values.details, kind: values.kind }).filter(([, v]) => v !== undefined && v !== null));
    const body = { ...(dependency ? {} : { unitId }), name: values.name, description: values.description ?? '', achievedMinutes: values.achievedMinutes ?? null, details };
    const parsed = parseForm(dependency ? ZDependencyUpdate : ZDependencyInput, body, form, t);
    if (!parsed) return;
    try {
      onClose(await save.mutateAsync({ id: dependency?.id, body: parsed as never }));
    } catch (error) {
      applyServerIssues(form, error);
    }
  }

  return (
    <FormModal<Values>
      title={dependency ? t('bia.dependency.edit') : t('bia.dependency.new')}
      okText={t('common.save')}
      onCancel={() => onClose()}
      onSubmit={submit}
      pending={save.isPending}
      error={save.error}
      form={form}
      name="bia-dependency"
      okButtonProps={{ 'data-testid': 'dependency-save' }}
      initialValues={dependency ? { kind: dependency.kind, name: dependency.name, description: dependency.description, achievedMinutes: dependency.achievedMinutes, details: dependency.details } : { kind: 'ict_system', achievedMinutes: null, details: {} }}
    >
      <Form.Item label={t('bia.dependency.kind')} name="kind" rules={[{ required: true, message: t('validation.required') }]}>
        <Select data-testid="dependency-kind" options={DEPENDENCY_KINDS.map((k) => ({ value: k, label: t(`enums.dependencyKind.${k}`) }))} onChange={() => form.setFieldValue('details', {})} />
      </Form.Item>
      <Form.Item label={t('bia.dependency.name')} name="name" rules={[{ required: true, message: t('validation.required') }]}>
        <Input data-testid="dependency-name" />
      </Form.Item>
      <Form.Item label={t('bia.dependency.achieved')} name="achievedMinutes" extra={t('bia.dependency.achievedHelp')}>
        <DurationInput testId="dependency-achieved" />
      </Form.Item>
      <DetailFields kind={kind} orgId={orgId} />
      <Form.Item label={t('bia.service.description')} name="description">
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
