import { App, Col, Descriptions, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ZActionUpdate, ZCloseActionRequest, type TActionView } from '../../../domain/contract/actions.js';
import { useCodedErrorMessage } from '../../app/coded-errors.js';
import { FormModal } from '../../app/form-modal.js';
import { changedFields, submitForm } from '../../app/form-validation.js';
import { useDirectory } from '../orgs/orgs.api.js';
import { useCloseAction, useUpdateAction } from './actions.api.js';

const CODES = { 'actions.closed': 'remedialActions.errors.closed' };

type TProps = { orgId: string; action: TActionView; onClose: () => void };

interface TEditValues {
  status: 'open' | 'in_progress';
  ownerPersonId: string;
  dueOn: string;
  description: string;
}

/** Progress, owner, due date and notes of an open action. */
export function EditActionModal({ orgId, action, onClose }: TProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TEditValues>();
  const update = useUpdateAction(orgId, action.id);
  const people = useDirectory(orgId);
  const errorMessage = useCodedErrorMessage(CODES, 'remedialActions.errors.forbidden');
  const current: TEditValues = { status: action.status === 'in_progress' ? 'in_progress' : 'open', ownerPersonId: action.ownerPersonId, dueOn: action.dueOn, description: action.description };
  async function submit() {
    const saved = await submitForm(form, ZActionUpdate, t, (values) => changedFields(current, values), update.mutateAsync);
    if (!saved) return;
    void message.success(t('remedialActions.saved'));
    onClose();
  }
  return (
    <FormModal<TEditValues>
      title={t('remedialActions.editTitle', { title: action.title })}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      pending={update.isPending}
      error={update.error}
      errorMessage={errorMessage}
      form={form}
      name="edit-action"
      initialValues={current}
      okButtonProps={{ 'data-testid': 'action-edit-submit' }}
    >
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="status" label={t('remedialActions.fields.status')}>
            <Select options={(['open', 'in_progress'] as const).map((s) => ({ value: s, label: t(`enums.actionStatus.${s}`) }))} data-testid="action-status" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="dueOn" label={t('remedialActions.fields.dueOn')} rules={[{ required: true, message: t('validation.required') }]}>
            <Input type="date" data-testid="action-due-on" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="ownerPersonId" label={t('remedialActions.fields.owner')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={people.isLoading}
          // The current owner stays named even before the directory arrives.
          options={people.data ? people.data.items.map((p) => ({ value: p.id, label: p.fullName })) : [{ value: action.ownerPersonId, label: action.ownerName }]}
          data-testid="action-owner"
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item name="description" label={t('remedialActions.fields.description')} extra={t('remedialActions.fields.descriptionHelp')}>
        <Input.TextArea rows={4} dir="auto" />
      </Form.Item>
    </FormModal>
  );
}

/** An action closes only with the evidence that the change was made; it cannot be reopened. */
export function CloseActionModal({ orgId, action, onClose }: TProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ evidence: string }>();
  const close = useCloseAction(orgId, action.id);
  const errorMessage = useCodedErrorMessage(CODES, 'remedialActions.errors.forbidden');
  async function submit() {
    const closed = await submitForm(form, ZCloseActionRequest, t, (values) => values, close.mutateAsync);
    if (!closed) return;
    void message.success(t('remedialActions.closedMessage', { title: action.title }));
    onClose();
  }
  return (
    <FormModal<{ evidence: string }>
      title={t('remedialActions.closeTitle', { title: action.title })}
      okText={t('remedialActions.close')}
      onCancel={onClose}
      onSubmit={submit}
      pending={close.isPending}
      error={close.error}
      errorMessage={errorMessage}
      form={form}
      name="close-action"
      initialValues={{ evidence: '' }}
      intro={
        <>
          <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('remedialActions.fields.source')}>{action.source.title || t(`enums.actionSource.${action.source.type}`)}</Descriptions.Item>
            <Descriptions.Item label={t('remedialActions.fields.owner')}>{action.ownerName}</Descriptions.Item>
          </Descriptions>
          <p>{t('remedialActions.closeIntro')}</p>
        </>
      }
      okButtonProps={{ 'data-testid': 'action-close-submit' }}
    >
      <Form.Item name="evidence" label={t('remedialActions.fields.evidence')} extra={t('remedialActions.fields.evidenceHelp')}>
        <Input.TextArea rows={4} dir="auto" data-testid="action-evidence" />
      </Form.Item>
    </FormModal>
  );
}
