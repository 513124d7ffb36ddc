import { App, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ZUpdateOrgRequest, type TBcmArrangement, type TOrgView } from '../../../domain/contract/orgs.js';
import { BCM_ARRANGEMENTS } from '../../../domain/units.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { useUpdateOrg } from './orgs.api.js';

interface Values {
  name: string;
  /** Nested like the request body, so zod's and the server's issue paths name the fields. */
  bcmArrangement: {
    kind?: TBcmArrangement['kind'] | null;
    reportingLine: string;
    percentTime: number | null;
  };
}

const KIND = ['bcmArrangement', 'kind'];

/** No kind means "no arrangement recorded": the other arrangement fields are then dropped. */
function prepare({ name, bcmArrangement: a }: Values) {
  return {
    name,
    bcmArrangement: a?.kind ? { kind: a.kind, reportingLine: a.reportingLine ?? '', percentTime: a.percentTime } : null,
  };
}

export function EditOrgModal({ org, open, onClose }: { org: TOrgView; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateOrg(org.id);
  const kind = Form.useWatch(KIND, form) as Values['bcmArrangement']['kind'];
  const required = [{ required: true, message: t('validation.required') }];

  function close() {
    update.reset();
    onClose();
  }

  async function submit() {
    const saved = await submitForm(form, ZUpdateOrgRequest, t, prepare, update.mutateAsync);
    if (!saved) return;
    void message.success(t('orgs.saved', { name: saved.name }));
    close();
  }

  return (
    <FormModal<Values>
      open={open}
      title={t('orgs.editTitle')}
      okText={t('orgs.save')}
      onCancel={close}
      onSubmit={submit}
      pending={update.isPending}
      error={update.error}
      form={form}
      name="edit-org"
      initialValues={{
        name: org.name,
        bcmArrangement: {
          kind: org.bcmArrangement?.kind,
          reportingLine: org.bcmArrangement?.reportingLine ?? '',
          percentTime: org.bcmArrangement?.percentTime ?? null,
        },
      }}
    >
      <Form.Item label={t('orgs.name')} name="name" rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('orgs.arrangementIntro')}</Typography.Paragraph>
      <Form.Item label={t('orgs.arrangementKind')} name={KIND} extra={t('orgs.arrangementKindHelp')}>
        <Select
          allowClear
          placeholder={t('orgs.arrangementNone')}
          options={BCM_ARRANGEMENTS.map((k) => ({ value: k, label: t(`enums.bcmArrangement.${k}`) }))}
        />
      </Form.Item>
      <Form.Item
        label={t('orgs.reportingLineLabel')}
        name={['bcmArrangement', 'reportingLine']}
        extra={t('orgs.reportingLineHelp')}
      >
        <Input maxLength={300} disabled={!kind} />
      </Form.Item>
      <Form.Item
        label={t('orgs.percentTime')}
        name={['bcmArrangement', 'percentTime']}
        dependencies={[KIND]}
        rules={[({ getFieldValue }) => ({ required: Boolean(getFieldValue(KIND)), message: t('validation.required') })]}
      >
        <InputNumber min={0} max={100} precision={0} step={5} suffix="%" disabled={!kind} style={{ width: 140 }} />
      </Form.Item>
    </FormModal>
  );
}
