import { App, Form } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ZUpdateUnitRequest, type TUnitView, type TUpdateUnitRequest } from '../../../domain/contract/orgs.js';
import { subtreeIds } from '../../../domain/units.js';
import { FormModal } from '../../app/form-modal.js';
import { changedFields, submitForm } from '../../app/form-validation.js';
import { useOrgErrorMessage } from './org-errors.js';
import { useUpdateUnit } from './orgs.api.js';
import { UnitFields } from './unit-fields.js';
import { UnitSelect } from './unit-select.js';

interface Values {
  parentId?: string;
  kind: TUnitView['kind'];
  name: string;
  code: string;
  country: string;
  city: string;
  timeZone: string;
}

/** Rename, re-code, relocate or move a unit; only the fields that changed are sent. */
export function EditUnitModal({ orgId, unit, units, open, onClose }: {
  orgId: string;
  unit: TUnitView;
  units: TUnitView[];
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateUnit(orgId, unit.id);
  const errorMessage = useOrgErrorMessage();
  const required = [{ required: true, message: t('validation.required') }];
  // A unit cannot move beneath itself: neither it nor its own units are offered as parent.
  const parents = useMemo(() => {
    const own = subtreeIds(units, unit.id);
    return units.filter((u) => !own.has(u.id));
  }, [units, unit.id]);

  function close() {
    update.reset();
    onClose();
  }

  async function submit() {
    const prepare = (values: Values): TUpdateUnitRequest =>
      changedFields<TUpdateUnitRequest>(unit, {
        ...values,
        parentId: unit.parentId === null ? undefined : values.parentId,
        name: values.name?.trim(),
        code: values.code?.trim(),
        country: values.country?.trim().toUpperCase() || null,
        city: values.city?.trim() || null,
      });
    const send = (body: TUpdateUnitRequest) => (Object.keys(body).length > 0 ? update.mutateAsync(body) : Promise.resolve(unit));
    const saved = await submitForm(form, ZUpdateUnitRequest, t, prepare, send);
    if (!saved) return;
    void message.success(t('units.saved', { name: saved.name }));
    close();
  }

  return (
    <FormModal<Values>
      open={open}
      title={t('units.editTitle', { name: unit.name })}
      okText={t('common.save')}
      onCancel={close}
      onSubmit={submit}
      pending={update.isPending}
      error={update.error}
      errorMessage={errorMessage}
      okButtonProps={{ 'data-testid': 'edit-unit-submit' }}
      form={form}
      name="edit-unit"
      initialValues={{
        parentId: unit.parentId ?? undefined,
        kind: unit.kind,
        name: unit.name,
        code: unit.code,
        country: unit.country ?? '',
        city: unit.city ?? '',
        timeZone: unit.timeZone,
      }}
    >
      {unit.parentId !== null && (
        <Form.Item label={t('units.parent')} name="parentId" rules={required} extra={t('units.parentHelp')}>
          <UnitSelect units={parents} data-testid="edit-unit-parent" />
        </Form.Item>
      )}
      <UnitFields />
    </FormModal>
  );
}
