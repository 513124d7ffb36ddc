import { AlertOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, List, Radio, Select, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ZEventDeclaration } from '../../../domain/contract/response.js';
import { EVENT_TYPES, EXPECTED_DURATIONS, SEVERITIES } from '../../../domain/response/events.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { useFormatDate } from '../../app/format.js';
import { usePageTitle } from '../../app/page-title.js';
import { useUnits } from '../orgs/orgs.api.js';
import { UnitSelect } from '../orgs/unit-select.js';
import { useDeclare, useEvents, type TEventSummary } from './response.api.js';
import { StateTag } from './state-tag.js';

/** Open events first, then the closed ones: what the CMT acts on is at the top, on a phone too. */
export function EventsListPage() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  usePageTitle(t('response.events.title'));
  const formatDate = useFormatDate();
  const events = useEvents(orgId);
  const [declaring, setDeclaring] = useState(false);
  const items = events.data?.items ?? [];
  const open = items.filter((e) => e.state !== 'closed');
  const closed = items.filter((e) => e.state === 'closed');
  const row = (e: TEventSummary) => (
    <List.Item key={e.id} data-testid="event-row">
      <List.Item.Meta
        title={
          <Space wrap>
            <Link to={`/orgs/${orgId}/events/${e.id}`} dir="auto">
              {e.title}
            </Link>
            <StateTag state={e.state} />
            {e.exercise && <Tag color="orange">{t('response.exercise.tag')}</Tag>}
          </Space>
        }
        description={
          <span>
            {t(`response.enums.type.${e.type}`)} · {t(`response.enums.severity.${e.severity}`)} · {e.affectedUnitNames.join(', ')} · {formatDate(e.declaredAt)}
          </span>
        }
      />
    </List.Item>
  );
  return (
    <div style={{ maxWidth: 960 }}>
      <Space style={{ justifyContent: 'space-between', width: '100%', marginBottom: 16 }} wrap>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('response.events.title')}
        </Typography.Title>
        {events.data?.allowedActions.declare && (
          <Button type="primary" danger icon={<AlertOutlined aria-hidden />} onClick={() => setDeclaring(true)} data-testid="declare-event">
            {t('response.declare.button')}
          </Button>
        )}
      </Space>
      {events.error ? (
        <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      ) : !events.data ? (
        <BlockLoading />
      ) : (
        <>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('response.events.open')}</h2>} style={{ marginBottom: 16 }}>
            <List dataSource={open} renderItem={row} locale={{ emptyText: <span style={{ color: "rgba(0, 0, 0, 0.65)" }}>{t('response.events.noneOpen')}</span> }} data-testid="open-events" />
          </Card>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('response.events.closed')}</h2>}>
            <List dataSource={closed} renderItem={row} locale={{ emptyText: <span style={{ color: "rgba(0, 0, 0, 0.65)" }}>{t('response.events.noneClosed')}</span> }} />
          </Card>
        </>
      )}
      {declaring && <DeclareModal orgId={orgId} onClose={() => setDeclaring(false)} />}
    </div>
  );
}

interface TDeclareValues {
  type: string;
  title: string;
  description: string;
  severity: string;
  expectedDuration: string;
  exercise: boolean;
  affectedUnitIds: string[];
  locations: string[];
}

function DeclareModal({ orgId, onClose }: { orgId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<TDeclareValues>();
  const units = useUnits(orgId);
  const declare = useDeclare(orgId);
  async function submit() {
    const created = await submitForm(form, ZEventDeclaration, t, (v: TDeclareValues) => v, declare.mutateAsync);
    if (!created) return;
    void message.success(t('response.declare.done', { title: created.title }));
    onClose();
    void navigate(`/orgs/${orgId}/events/${created.id}`);
  }
  return (
    <FormModal<TDeclareValues>
      title={t('response.declare.title')}
      okText={t('response.declare.submit')}
      onCancel={onClose}
      onSubmit={submit}
      pending={declare.isPending}
      error={declare.error}
      form={form}
      name="declare-event"
      initialValues={{ type: 'natural_disaster', title: '', description: '', severity: 'major', expectedDuration: 'short', exercise: false, affectedUnitIds: [], locations: [] }}
      okButtonProps={{ 'data-testid': 'declare-submit', danger: true }}
    >
      <Form.Item name="exercise" label={t('response.declare.exercise')} valuePropName="checked" extra={t('response.declare.exerciseHelp')}>
        <Switch data-testid="declare-exercise" />
      </Form.Item>
      <Form.Item name="title" label={t('response.fields.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={200} data-testid="declare-title" />
      </Form.Item>
      <Form.Item name="type" label={t('response.fields.type')}>
        <Select data-testid="declare-type" options={EVENT_TYPES.map((v) => ({ value: v, label: t(`response.enums.type.${v}`) }))} />
      </Form.Item>
      <Form.Item name="severity" label={t('response.fields.severity')}>
        <Radio.Group optionType="button" options={SEVERITIES.map((v) => ({ value: v, label: t(`response.enums.severity.${v}`) }))} />
      </Form.Item>
      <Form.Item name="expectedDuration" label={t('response.fields.expectedDuration')} extra={t('response.declare.durationHelp')}>
        <Radio.Group options={EXPECTED_DURATIONS.map((v) => ({ value: v, label: t(`response.enums.duration.${v}`) }))} />
      </Form.Item>
      <Form.Item name="affectedUnitIds" label={t('response.fields.affectedUnits')} rules={[{ required: true, message: t('validation.required') }]}>
        <UnitSelect units={units.data?.items ?? []} mode="multiple" data-testid="declare-units" />
      </Form.Item>
      <Form.Item name="locations" label={t('response.fields.locations')} extra={t('response.declare.locationsHelp')}>
        <Select mode="tags" tokenSeparators={[',']} open={false} suffixIcon={null} aria-label={t('response.fields.locations')} />
      </Form.Item>
      <Form.Item name="description" label={t('response.fields.description')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
