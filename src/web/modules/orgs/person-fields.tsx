import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TUnitView } from '../../../domain/contract/orgs.js';
import { LANGUAGES } from '../../../domain/languages.js';
import { LANGUAGE_NAMES } from '../../app/i18n.js';
import { UnitSelect } from './unit-select.js';

/** How to reach a person: the part of their entry they may keep current themselves. */
export function PersonContactFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item label={t('people.mobilePhone')} name="mobilePhone" extra={t('people.mobilePhoneHelp')}>
        <Input type="tel" maxLength={16} data-testid="person-mobile-phone" />
      </Form.Item>
      <Form.Item label={t('people.preferredLanguage')} name="preferredLanguage">
        <Select options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} />
      </Form.Item>
    </>
  );
}

/** A person's directory entry: unit, name, title, email, then the contact fields. */
export function PersonFields({ units }: { units: TUnitView[] }) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('validation.required') }];
  return (
    <>
      <Form.Item label={t('plans.unit')} name="unitId" rules={required}>
        <UnitSelect units={units} />
      </Form.Item>
      <Form.Item label={t('people.fullName')} name="fullName" rules={required}>
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('people.jobTitle')} name="jobTitle">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={t('people.email')} name="email" rules={[...required, { type: 'email', message: t('validation.email') }]}>
        <Input type="email" maxLength={320} />
      </Form.Item>
      <PersonContactFields />
    </>
  );
}
