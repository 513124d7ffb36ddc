import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TPersonView, TUnitView } from '../../../domain/contract/orgs.js';
import { EXERCISE_TYPES } from '../../../domain/mer/exercises.js';
import { usePlans } from '../plans/plans.api.js';
import { UnitSelect } from '../orgs/unit-select.js';
import type { TExerciseFormValues } from './exercise-form-values.js';

export function ExerciseFields({ orgId, units, people, unitFixed }: { orgId: string; units: TUnitView[]; people: TPersonView[]; unitFixed?: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<TExerciseFormValues>();
  const unitId = Form.useWatch('unitId', form);
  const plans = usePlans(orgId, { unitId, subtree: false, limit: 200 }, Boolean(unitId));
  const personOptions = people.map((p) => ({ value: p.id, label: p.jobTitle ? `${p.fullName} (${p.jobTitle})` : p.fullName }));
  const peopleSelect = (name: keyof TExerciseFormValues, testId: string) => (
    <Form.Item name={name} label={t(`exercises.fields.${name}`)}>
      <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} options={personOptions} data-testid={testId} />
    </Form.Item>
  );
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="unitId" label={t('exercises.fields.unit')} rules={[{ required: true, message: t('validation.required') }]}>
            <UnitSelect units={units} disabled={unitFixed} data-testid="exercise-unit" popupMatchSelectWidth={false} onChange={() => form.setFieldValue('planIds', [])} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="type" label={t('exercises.fields.type')} rules={[{ required: true, message: t('validation.required') }]} extra={t('exercises.fields.typeHelp')}>
            <Select options={EXERCISE_TYPES.map((v) => ({ value: v, label: t(`enums.exerciseType.${v}`) }))} data-testid="exercise-type" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={t('exercises.fields.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input data-testid="exercise-title" dir="auto" />
      </Form.Item>
      <Form.Item name="scheduledOn" label={t('exercises.fields.scheduledOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input type="date" data-testid="exercise-scheduled-on" style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item name="scenario" label={t('exercises.fields.scenario')}>
        <Input.TextArea rows={3} data-testid="exercise-scenario" dir="auto" />
      </Form.Item>
      <Form.Item name="objectivesText" label={t('exercises.fields.objectives')} extra={t('exercises.fields.objectivesHelp')}>
        <Input.TextArea rows={3} data-testid="exercise-objectives" dir="auto" />
      </Form.Item>
      <Form.Item name="planIds" label={t('exercises.fields.plans')} extra={unitId ? t('exercises.fields.plansHelp') : t('exercises.fields.plansPickUnit')}>
        <Select
          mode="multiple"
          allowClear
          disabled={!unitId}
          loading={plans.isLoading}
          showSearch={{ optionFilterProp: 'label' }}
          options={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
          data-testid="exercise-plans"
        />
      </Form.Item>
      {peopleSelect('participantIds', 'exercise-participants')}
      {peopleSelect('observerIds', 'exercise-observers')}
      {peopleSelect('facilitatorIds', 'exercise-facilitators')}
      <fieldset className="exercise-fieldset">
        <legend>{t('exercises.fields.timeline')}</legend>
        <Form.List name="timeline">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row, index) => (
                <div key={row.key} style={{ borderBottom: '1px solid #f0f0f0', marginBottom: 12 }}>
                  <Row gutter={8}>
                    <Col xs={24} sm={7}>
                      <Form.Item name={[row.name, 'at']} label={t('exercises.fields.at')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
                        <Input placeholder="T+00:30" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={17}>
                      <Form.Item name={[row.name, 'inject']} label={t('exercises.fields.inject')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
                        <Input.TextArea rows={1} autoSize dir="auto" />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Row gutter={8} align="middle" wrap={false}>
                    <Col flex="auto">
                      <Form.Item name={[row.name, 'response']} label={t('exercises.fields.response')}>
                        <Input.TextArea rows={1} autoSize dir="auto" />
                      </Form.Item>
                    </Col>
                    <Col flex="none">
                      <Button type="text" icon={<DeleteOutlined aria-hidden />} aria-label={t('exercises.fields.removeInject', { index: index + 1 })} onClick={() => remove(row.name)} />
                    </Col>
                  </Row>
                </div>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ at: '', inject: '', response: '' })} data-testid="exercise-add-inject">
                {t('exercises.fields.addInject')}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>
    </>
  );
}
