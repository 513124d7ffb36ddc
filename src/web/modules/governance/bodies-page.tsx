import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ZBodyInput } from '../../../domain/contract/governance.js';
import { LANGUAGES, type TLanguage } from '../../../domain/languages.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { usePageTitle } from '../../app/page-title.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { useBodies, useCreateBody, useGovernanceErrorMessage, type TBodyList } from './governance.api.js';
import { timeZoneOptions } from './time-zones.js';
import { TONE } from './tones.js';

/** The organization's governing bodies: who sits on them and what is pending before them. */
export function BodiesPage() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  usePageTitle(t('governance.title'));
  const bodies = useBodies(orgId);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <h1 className="page-title">{t('governance.title')}</h1>
      <Typography.Paragraph>{t('governance.intro')}</Typography.Paragraph>
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('governance.bodies.title')}</h2>}
        extra={
          bodies.data?.allowedActions.create && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)} data-testid="new-body">
              {t('governance.bodies.new')}
            </Button>
          )
        }
      >
        {bodies.error ? (
          <ErrorAlert error={bodies.error} onRetry={() => void bodies.refetch()} />
        ) : !bodies.data ? (
          <BlockLoading />
        ) : (
          <ScrollRegion label={t('governance.bodies.title')}>
            <Table<TBodyList['items'][number]>
              rowKey="id"
              dataSource={bodies.data.items}
              pagination={false}
              locale={{ emptyText: <Typography.Text>{t('governance.bodies.empty')}</Typography.Text> }}
              columns={[
                { title: t('governance.bodies.fields.name'), dataIndex: 'name', render: (name: string, b) => <Link to={`/orgs/${orgId}/governance/bodies/${b.id}`} data-testid="body-link" dir="auto">{name}</Link> },
                { title: t('governance.bodies.fields.members'), dataIndex: 'memberCount' },
                { title: t('governance.bodies.fields.timeZone'), dataIndex: 'timeZone' },
                { title: t('governance.bodies.fields.languages'), dataIndex: 'officialLanguages', render: (l: TLanguage[]) => <Flex gap={4} wrap>{l.map((x) => <Tag key={x} style={TONE.plain}>{x}</Tag>)}</Flex> },
                { title: t('governance.bodies.fields.open'), dataIndex: 'openProcedures' },
              ]}
            />
          </ScrollRegion>
        )}
      </Card>
      {creating && <NewBodyModal orgId={orgId} onClose={() => setCreating(false)} />}
    </>
  );
}

interface TBodyValues {
  name: string;
  timeZone: string;
  officialLanguages: TLanguage[];
  silenceMinimumHours: number;
}

function NewBodyModal({ orgId, onClose }: { orgId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<TBodyValues>();
  const create = useCreateBody(orgId);
  const errorMessage = useGovernanceErrorMessage();
  async function submit() {
    const created = await submitForm(form, ZBodyInput, t, (v: TBodyValues) => v, create.mutateAsync);
    if (!created) return;
    void message.success(t('governance.bodies.created'));
    onClose();
    void navigate(`/orgs/${orgId}/governance/bodies/${created.id}`);
  }
  return (
    <FormModal<TBodyValues>
      title={t('governance.bodies.new')}
      okText={t('common.create')}
      onCancel={onClose}
      onSubmit={submit}
      pending={create.isPending}
      error={create.error}
      errorMessage={errorMessage}
      form={form}
      name="new-body"
      initialValues={{ name: '', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, officialLanguages: [...LANGUAGES], silenceMinimumHours: 72 }}
      okButtonProps={{ 'data-testid': 'body-submit' }}
    >
      <Form.Item name="name" label={t('governance.bodies.fields.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input data-testid="body-name" maxLength={200} />
      </Form.Item>
      <Form.Item name="timeZone" label={t('governance.bodies.fields.timeZone')} extra={t('governance.bodies.timeZoneHelp')}>
        <Select showSearch options={timeZoneOptions()} data-testid="body-time-zone" />
      </Form.Item>
      <Form.Item name="officialLanguages" label={t('governance.bodies.fields.languages')}>
        <Select mode="multiple" options={LANGUAGES.map((l) => ({ value: l, label: t(`governance.language.${l}`) }))} />
      </Form.Item>
      <Form.Item name="silenceMinimumHours" label={t('governance.bodies.fields.minimumHours')} extra={t('governance.bodies.minimumHoursHelp')}>
        <InputNumber min={72} max={720} precision={0} />
      </Form.Item>
    </FormModal>
  );
}
