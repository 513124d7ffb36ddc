import { App, Checkbox, Col, Form, InputNumber, Row, type FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ZMerPolicy, type TMerPolicyView } from '../../../domain/contract/mer.js';
import { CHANGE_TRIGGERS, OBLIGATION_KINDS } from '../../../domain/mer/policy.js';
import { FormModal } from '../../app/form-modal.js';
import { applyServerIssues } from '../../app/form-validation.js';
import { useSetMerPolicy, type TMerPolicyInput } from './mer.api.js';

/** Numbers get messages that name their bounds; the shared helper words text fields. */
function messageFor(issue: z.core.$ZodIssue, t: TFunction): string {
  if (issue.code === 'too_small') return t('mer.policy.errors.min', { min: Number(issue.minimum) });
  if (issue.code === 'too_big') return t('mer.policy.errors.max', { max: Number(issue.maximum) });
  if (issue.code === 'invalid_type') return t('validation.required');
  return t('validation.invalid');
}

/** The coordinator's form for a new version of the policy, checked with the server's own schema before it is sent. */
export function PolicyFormModal({ orgId, view, onClose }: { orgId: string; view: TMerPolicyView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TMerPolicyInput>();
  const save = useSetMerPolicy(orgId);

  async function submit() {
    const values = form.getFieldsValue(true) as TMerPolicyInput;
    const parsed = ZMerPolicy.safeParse(values);
    if (!parsed.success) {
      // The issue paths are the form's own field paths (the same schema); antd's typing wants literal tuples.
      (form as FormInstance).setFields(parsed.error.issues.map((issue) => ({ name: issue.path.filter((p): p is string | number => typeof p !== 'symbol'), errors: [messageFor(issue, t)] })));
      return;
    }
    try {
      const saved = await save.mutateAsync(parsed.data);
      void message.success(t('mer.policy.saved', { version: saved.versionNumber }));
      onClose();
    } catch (error) {
      applyServerIssues(form, error);
    }
  }

  const number = (name: (string | number)[], label: string, unit: string, testId: string) => (
    <Col key={name.join('.')} xs={24} sm={12}>
      <Form.Item name={name} label={label} extra={unit}>
        <InputNumber precision={0} style={{ width: '100%' }} data-testid={testId} />
      </Form.Item>
    </Col>
  );

  return (
    <FormModal<TMerPolicyInput>
      title={t('mer.policy.editTitle')}
      okText={t('mer.policy.saveVersion')}
      onCancel={onClose}
      onSubmit={submit}
      pending={save.isPending}
      error={save.error}
      form={form}
      name="mer-policy"
      initialValues={view.policy}
      intro={<p>{t('mer.policy.editIntro')}</p>}
      okButtonProps={{ 'data-testid': 'mer-policy-submit' }}
    >
      <fieldset className="mer-fieldset">
        <legend>{t('mer.policy.periods')}</legend>
        <Row gutter={12}>
          {OBLIGATION_KINDS.map((kind) => number(['periodMonths', kind], t(`enums.obligationKind.${kind}`), t('mer.policy.inMonths'), `mer-policy-${kind}`))}
        </Row>
      </fieldset>
      <Row gutter={12}>
        {number(['graceDays'], t('mer.policy.graceDays'), t('mer.policy.graceHelp'), 'mer-policy-grace')}
        {number(['dueSoonDays'], t('mer.policy.dueSoonDays'), t('mer.policy.dueSoonHelp'), 'mer-policy-due-soon')}
      </Row>
      <fieldset className="mer-fieldset">
        <legend>{t('mer.policy.triggers')}</legend>
        <p style={{ marginTop: 0 }}>{t('mer.policy.triggersHelp')}</p>
        <Form.Item name="changeTriggers" style={{ marginBottom: 0 }}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={CHANGE_TRIGGERS.map((c) => ({ value: c, label: t(`enums.changeTrigger.${c}`) }))} />
        </Form.Item>
      </fieldset>
    </FormModal>
  );
}
