import { Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS } from '../../../domain/units.js';

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
}

/** The fields a unit has besides its parent, for creating and for editing one. */
export function UnitFields() {
  const { t } = useTranslation();
  const zoneOptions = useMemo(() => timeZones().map((z) => ({ value: z, label: z })), []);
  const required = [{ required: true, message: t('validation.required') }];
  return (
    <>
      <Form.Item label={t('units.kind')} name="kind" rules={required}>
        <Select options={UNIT_KINDS.map((k) => ({ value: k, label: t(`enums.unitKind.${k}`) }))} />
      </Form.Item>
      <Form.Item label={t('units.name')} name="name" rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={t('units.code')} name="code" rules={required} extra={t('units.codeHelp')}>
        <Input maxLength={32} />
      </Form.Item>
      <Form.Item label={t('units.city')} name="city">
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item label={t('units.country')} name="country" extra={t('units.countryHelp')}>
        <Input maxLength={2} style={{ width: 100, textTransform: 'uppercase' }} />
      </Form.Item>
      <Form.Item label={t('units.timeZone')} name="timeZone" rules={required}>
        <Select options={zoneOptions} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
    </>
  );
}
