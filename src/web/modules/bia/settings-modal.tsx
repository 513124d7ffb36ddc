import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ZBiaSettings, type TBiaSettings } from '../../../domain/contract/bia.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { usePutSettings } from './bia.api.js';
import { formatDuration } from './durations.js';

/** The coordinator words the organization's scale: category labels, level wording, the intolerable level. */
export function SettingsModal({ orgId, settings, onClose }: { orgId: string; settings: TBiaSettings; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TBiaSettings>();
  const save = usePutSettings(orgId);
  const submit = async () => {
    const done = await submitForm(form, ZBiaSettings, t, (v) => ({ ...settings, ...v, categories: settings.categories.map((c, i) => ({ ...c, label: v.categories?.[i]?.label ?? c.label })), levels: settings.levels.map((l, i) => ({ ...l, ...v.levels?.[i] })) }), save.mutateAsync);
    if (done) onClose();
  };
  return (
    <FormModal<TBiaSettings> title={t('bia.settings.title')} okText={t('common.save')} onCancel={onClose} onSubmit={submit} pending={save.isPending} error={save.error} form={form} name="bia-settings" initialValues={settings} intro={<p>{t('bia.settings.intro', { timePoints: settings.timePoints.map((m) => formatDuration(t, m)).join(', ') })}</p>}>
      <fieldset className="bia-fieldset">
        <legend>{t('bia.settings.categories')}</legend>
        {settings.categories.map((c, i) => (
          <Form.Item key={c.key} label={c.key} name={['categories', i, 'label']} rules={[{ required: true, message: t('validation.required') }]}>
            <Input />
          </Form.Item>
        ))}
      </fieldset>
      <fieldset className="bia-fieldset">
        <legend>{t('bia.settings.levels')}</legend>
        {settings.levels.map((l, i) => (
          <Form.Item key={l.level} label={t('bia.settings.level', { level: l.level })} name={['levels', i, 'label']} rules={[{ required: true, message: t('validation.required') }]}>
            <Input />
          </Form.Item>
        ))}
      </fieldset>
      <Form.Item label={t('bia.settings.intolerable')} name="intolerableLevel" extra={t('bia.settings.intolerableHelp')}>
        <Select options={[2, 3, 4, 5].map((level) => ({ value: level, label: String(level) }))} />
      </Form.Item>
    </FormModal>
  );
}
