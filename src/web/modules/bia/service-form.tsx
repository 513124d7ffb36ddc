import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZServiceInput, ZServiceUpdate, type TBiaSettings, type TImpactRatings, type TServiceView } from '../../../domain/contract/bia.js';
import { scaleOf } from '../../../domain/bia/bia-settings.js';
import type { TImpactLevel } from '../../../domain/bia/impact-scale.js';
import { deriveMtpd } from '../../../domain/bia/recovery-objectives.js';
import { ApiError } from '../../app/api.js';
import { FormModal } from '../../app/form-modal.js';
import { applyServerIssues, parseForm } from '../../app/form-validation.js';
import { useDependencies, useSaveService } from './bia.api.js';
import { DependencyForm } from './dependency-form.js';
import { DurationInput } from './duration-input.js';
import { formatDuration } from './durations.js';
import { ImpactGrid } from './impact-grid.js';

interface Values {
  name: string;
  priority: number;
  description: string;
  impacts: TImpactRatings;
  rtoMinutes: number | null;
  rpoMinutes: number | null;
  dependencyIds: string[];
  override: boolean;
  overrideMinutes: number | null;
  overrideJustification: string;
}

/** The derived MTPD as the server will compute it: the first time point where any category is intolerable. */
export function liveMtpd(impacts: TImpactRatings | undefined, settings: TBiaSettings) {
  const ratings = Object.fromEntries(Object.entries(impacts ?? {}).map(([k, levels]) => [k, levels.map((l) => (l ?? 1) as TImpactLevel)]));
  return deriveMtpd(ratings, scaleOf(settings));
}

/** The light BIA: a service in minutes — name, priority, impacts over time, RTO/RPO, dependencies. */
export function ServiceForm({ orgId, unitId, settings, service, onClose }: {
  orgId: string;
  unitId: string;
  settings: TBiaSettings;
  service: TServiceView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveService(orgId);
  const dependencies = useDependencies(orgId);
  const [addingDependency, setAddingDependency] = useState(false);
  const readOnly = service !== null && !service.allowedActions.edit;
  const impacts = Form.useWatch('impacts', form) as TImpactRatings | undefined;
  const override = Form.useWatch('override', form) as boolean | undefined;
  const derived = liveMtpd(impacts ?? service?.impacts, settings);
  const labelOf = (key: string) => settings.categories.find((c) => c.key === key)?.label ?? key;

  async function submit() {
    if (readOnly) return onClose();
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const body = {
      ...(service ? {} : { unitId }),
      name: values.name,
      priority: values.priority,
      description: values.description ?? '',
      impacts: values.impacts ?? {},
      rtoMinutes: values.rtoMinutes ?? null,
      rpoMinutes: values.rpoMinutes ?? null,
      dependencyIds: values.dependencyIds ?? [],
      mtpdOverride: values.override ? { minutes: values.overrideMinutes ?? 0, justification: values.overrideJustification ?? '' } : null,
    };
    const parsed = parseForm(service ? ZServiceUpdate : ZServiceInput, body, form, t);
    if (!parsed) return;
    try {
      await save.mutateAsync({ id: service?.id, body: parsed });
      void message.success(t('bia.service.saved', { name: values.name }));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'bia.rto_exceeds_mtpd') {
        const mtpd = values.override ? values.overrideMinutes : derived?.minutes;
        form.setFields([{ name: 'rtoMinutes', errors: [t('bia.errors.rtoExceedsMtpd', { rto: formatDuration(t, values.rtoMinutes), mtpd: formatDuration(t, mtpd) })] }]);
      } else applyServerIssues(form, error);
    }
  }

  const initial: Partial<Values> = service
    ? {
        name: service.name,
        priority: service.priority,
        description: service.description,
        impacts: service.impacts,
        rtoMinutes: service.rtoMinutes,
        rpoMinutes: service.rpoMinutes,
        dependencyIds: service.dependencies.map((d) => d.id),
        override: service.mtpdOverride !== null,
        overrideMinutes: service.mtpdOverride?.minutes ?? null,
        overrideJustification: service.mtpdOverride?.justification ?? '',
      }
    : { priority: 1, impacts: {}, dependencyIds: [], override: false, rtoMinutes: null, rpoMinutes: null };

  return (
    <>
      <FormModal<Values>
        title={service ? (readOnly ? service.name : t('bia.service.edit')) : t('bia.service.new')}
        okText={readOnly ? t('common.close') : t('common.save')}
        onCancel={onClose}
        onSubmit={submit}
        pending={save.isPending}
        error={save.error instanceof ApiError && save.error.code !== 'bia.rto_exceeds_mtpd' ? save.error : undefined}
        form={form}
        name="bia-service"
        initialValues={initial}
        okButtonProps={{ 'data-testid': 'service-save' }}
        intro={readOnly ? <Alert type="info" showIcon title={t('bia.service.readOnly')} data-testid="service-read-only" style={{ marginBottom: 16 }} /> : <p>{t('bia.service.intro')}</p>}
      >
        <Form.Item label={t('bia.service.name')} name="name" rules={[{ required: true, message: t('validation.required') }]}>
          <Input data-testid="service-name" disabled={readOnly} />
        </Form.Item>
        <Form.Item label={t('bia.service.priority')} name="priority" extra={t('bia.service.priorityHelp')} rules={[{ required: true, message: t('validation.required') }]}>
          <InputNumber min={1} max={999} data-testid="service-priority" disabled={readOnly} />
        </Form.Item>
        <Form.Item label={t('bia.service.impacts')} name="impacts" extra={t('bia.service.impactsHelp', { level: settings.levels.find((l) => l.level === settings.intolerableLevel)?.label ?? settings.intolerableLevel })}>
          <ImpactGrid scale={settings} disabled={readOnly} />
        </Form.Item>
        <div className="bia-mtpd" aria-live="polite" data-testid="derived-mtpd">
          <Typography.Text strong>{t('bia.service.derivedMtpd')}: </Typography.Text>
          {derived ? (
            <span>
              {formatDuration(t, derived.minutes)} — {t('bia.service.because', { categories: derived.becauseOf.map(labelOf).join(', ') })}
            </span>
          ) : (
            <span>{t('bia.service.noMtpd')}</span>
          )}
        </div>
        <Form.Item name="override" valuePropName="checked">
          <Checkbox disabled={readOnly}>{t('bia.service.override')}</Checkbox>
        </Form.Item>
        {override && (
          <Space wrap align="start">
            <Form.Item label={t('bia.service.overrideMinutes')} name="overrideMinutes" rules={[{ required: true, message: t('validation.required') }]}>
              <DurationInput disabled={readOnly} />
            </Form.Item>
            <Form.Item label={t('bia.service.justification')} name="overrideJustification" rules={[{ required: true, message: t('validation.required') }]} style={{ minWidth: 260 }}>
              <Input.TextArea rows={2} disabled={readOnly} />
            </Form.Item>
          </Space>
        )}
        <Space wrap align="start" size="large">
          <Form.Item label={t('bia.service.rto')} name="rtoMinutes" extra={t('bia.service.rtoHelp')}>
            <DurationInput testId="service-rto" disabled={readOnly} />
          </Form.Item>
          <Form.Item label={t('bia.service.rpo')} name="rpoMinutes" extra={t('bia.service.rpoHelp')}>
            <DurationInput testId="service-rpo" disabled={readOnly} allowZero />
          </Form.Item>
        </Space>
        <Form.Item label={t('bia.service.dependencies')} extra={readOnly ? undefined : <Button type="link" size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setAddingDependency(true)} data-testid="add-dependency-inline" style={{ paddingInline: 0 }}>{t('bia.dependency.new')}</Button>}>
          <Form.Item name="dependencyIds" noStyle>
            <Select
              mode="multiple"
              aria-label={t('bia.service.dependencies')}
              data-testid="service-dependencies"
              disabled={readOnly}
              optionFilterProp="label"
              options={(dependencies.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.name} (${t(`enums.dependencyKind.${d.kind}`)})` }))}
            />
          </Form.Item>
        </Form.Item>
        <Form.Item label={t('bia.service.description')} name="description">
          <Input.TextArea rows={2} disabled={readOnly} />
        </Form.Item>
      </FormModal>
      {addingDependency && (
        <DependencyForm
          orgId={orgId}
          unitId={unitId}
          dependency={null}
          onClose={(created) => {
            setAddingDependency(false);
            if (created) form.setFieldValue('dependencyIds', [...((form.getFieldValue('dependencyIds') as string[] | undefined) ?? []), created.id]);
          }}
        />
      )}
    </>
  );
}
