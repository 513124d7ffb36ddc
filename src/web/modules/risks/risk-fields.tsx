import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TPersonView, TUnitView } from '../../../domain/contract/orgs.js';
import { RISK_CATEGORIES, RISK_STATUSES, RISK_TREATMENTS } from '../../../domain/risks/risk-categories.js';
import { RATINGS } from '../../../domain/risks/risk-score.js';
import { UnitSelect } from '../orgs/unit-select.js';

export interface TRiskFormValues {
  reference: string;
  title: string;
  description: string;
  category?: string;
  unitId?: string | null;
  likelihood?: number;
  impact?: number;
  ownerPersonId?: string | null;
  treatment?: string;
  treatmentPlan: string;
  lastAssessedOn?: string;
  status: string;
  serviceIds: string[];
}

/** The form's values as the API takes them: empty choices become null. */
export function prepareRisk(values: TRiskFormValues) {
  return {
    ...values,
    unitId: values.unitId ?? null,
    ownerPersonId: values.ownerPersonId ?? null,
    lastAssessedOn: values.lastAssessedOn || null,
    serviceIds: values.serviceIds ?? [],
  };
}

export function RiskFields({ units, people, services, servicesLoading }: {
  units: TUnitView[];
  people: TPersonView[];
  services: { id: string; name: string; unitName: string }[];
  servicesLoading: boolean;
}) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('validation.required') }];
  const ratings = RATINGS.map((r) => ({ value: r, label: String(r) }));
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item label={t('risks.fields.reference')} name="reference" rules={required}>
            <Input maxLength={40} data-testid="risk-reference" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16}>
          <Form.Item label={t('risks.fields.title')} name="title" rules={required}>
            <Input maxLength={200} data-testid="risk-title" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('risks.fields.description')} name="description">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item label={t('risks.fields.category')} name="category" rules={required}>
            <Select data-testid="risk-category" options={RISK_CATEGORIES.map((c) => ({ value: c, label: t(`enums.riskCategory.${c}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label={t('risks.fields.unit')} name="unitId" extra={t('risks.form.unitHelp')}>
            <UnitSelect units={units} allowClear placeholder={t('risks.organizationWide')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} sm={6}>
          <Form.Item label={t('risks.fields.likelihood')} name="likelihood" rules={required}>
            <Select data-testid="risk-likelihood" options={ratings} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item label={t('risks.fields.impact')} name="impact" rules={required}>
            <Select data-testid="risk-impact" options={ratings} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label={t('risks.fields.owner')} name="ownerPersonId">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={people.map((p) => ({ value: p.id, label: p.jobTitle ? `${p.fullName} · ${p.jobTitle}` : p.fullName }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item label={t('risks.fields.treatment')} name="treatment" rules={required}>
            <Select data-testid="risk-treatment" options={RISK_TREATMENTS.map((v) => ({ value: v, label: t(`enums.riskTreatment.${v}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item label={t('risks.fields.status')} name="status">
            <Select options={RISK_STATUSES.map((v) => ({ value: v, label: t(`enums.riskStatus.${v}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item label={t('risks.fields.lastAssessedOn')} name="lastAssessedOn">
            <Input type="date" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('risks.fields.treatmentPlan')} name="treatmentPlan">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
      <Form.Item label={t('risks.fields.services')} name="serviceIds" extra={t('risks.form.servicesHelp')}>
        <Select
          mode="multiple"
          loading={servicesLoading}
          showSearch={{ optionFilterProp: 'label' }}
          options={services.map((s) => ({ value: s.id, label: `${s.name} · ${s.unitName}` }))}
        />
      </Form.Item>
    </>
  );
}
