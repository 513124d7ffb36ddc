import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { FormModal } from '../../app/form-modal.js';
import { useUpdatePlan } from './plans.api.js';
import { fromRows, toRows, type TFieldSpec, type TPartSpec, type TRow } from './structure-parts.js';

export interface TOption {
  value: string;
  label: string;
}
export interface TLookups {
  people: TOption[];
  roles: TOption[];
  services: TOption[];
  dependencies: TOption[];
}

/** Form.Item gives its child value, onChange and id: pass them on to the control. */
function FieldInput({ field, lookups, testId, ...control }: { field: TFieldSpec; lookups: TLookups; testId: string } & Record<string, unknown>) {
  const { t } = useTranslation();
  const search = { optionFilterProp: 'label' as const };
  switch (field.kind) {
    case 'textarea':
      return <Input.TextArea {...control} autoSize={{ minRows: 1, maxRows: 6 }} maxLength={field.max} data-testid={testId} />;
    case 'enum':
      return <Select {...control} data-testid={testId} options={(field.options ?? []).map((v) => ({ value: v, label: t(`enums.${field.enumKey}.${v}`) }))} />;
    case 'person':
      return <Select {...control} data-testid={testId} allowClear showSearch={search} options={lookups.people} />;
    case 'persons':
      return <Select {...control} data-testid={testId} mode="multiple" maxCount={5} showSearch={search} options={lookups.people} />;
    case 'role':
      return <Select {...control} data-testid={testId} allowClear={field.nullable} showSearch={search} options={lookups.roles} />;
    case 'service':
      return <Select {...control} data-testid={testId} showSearch={search} options={lookups.services} notFoundContent={t('planning.noBiaServices')} />;
    case 'dependency':
      return <Select {...control} data-testid={testId} showSearch={search} options={lookups.dependencies} />;
    case 'date':
      return <Input {...control} type="date" data-testid={testId} />;
    case 'number':
      return <InputNumber {...control} min={field.name === 'recoveryMinutes' ? 1 : 0} precision={0} style={{ width: '100%' }} data-testid={testId} />;
    default:
      return <Input {...control} maxLength={field.max} data-testid={testId} />;
  }
}

/** Edits one list part of the structure whole: add, change, remove entries, then save the part. */
export function PartEditorModal({ orgId, planId, spec, value, lookups, onClose }: {
  orgId: string;
  planId: string;
  spec: TPartSpec;
  value: unknown[];
  lookups: TLookups;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ items: TRow[] }>();
  const update = useUpdatePlan(orgId, planId);
  // While editing roles, "called by" offers the roles as they stand in the form, new ones included.
  const editedRows = Form.useWatch('items', form) as TRow[] | undefined;
  const effective: TLookups =
    spec.key === 'roles' && editedRows
      ? { ...lookups, roles: editedRows.filter((r) => r?.id).map((r, i) => ({ value: String(r.id), label: String(r.title ?? '').trim() || t('planning.entry', { n: i + 1 }) })) }
      : lookups;

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    try {
      await update.mutateAsync({ structure: { [spec.key]: fromRows(spec, values.items ?? []) } });
      void message.success(t('planning.saved'));
      onClose();
    } catch (error) {
      // The server names entries by position: body.structure.recoverySteps.3.who → items.3.who.
      if (error instanceof ApiError) {
        const prefix = `body.structure.${spec.key}.`;
        const fields = error.issues
          .filter((i) => i.path.startsWith(prefix))
          .map((i) => {
            const [index, name] = i.path.slice(prefix.length).split('.');
            return { name: ['items', Number(index), spec.primitive ? 'text' : (name ?? spec.fields[0]!.name)], errors: [i.message] };
          });
        if (fields.length > 0) form.setFields(fields);
      }
    }
  }

  return (
    <FormModal<{ items: TRow[] }>
      title={t(`planning.parts.${spec.key}.title`)}
      okText={t('planning.save')}
      onCancel={onClose}
      onSubmit={submit}
      pending={update.isPending}
      error={update.error}
      form={form}
      name={`part-${spec.key}`}
      initialValues={{ items: toRows(spec, value) }}
      intro={<p>{t(`planning.parts.${spec.key}.help`)}</p>}
      okButtonProps={{ 'data-testid': `save-${spec.key}` }}
    >
      <Form.List name="items">
        {(items, { add, remove }) => (
          <Flex vertical gap={12}>
            {items.map((item, index) => (
              <Card
                key={item.key}
                size="small"
                title={t('planning.entry', { n: index + 1 })}
                extra={<Button type="text" danger icon={<DeleteOutlined />} aria-label={t('planning.removeEntry', { n: index + 1 })} onClick={() => remove(item.name)} />}
              >
                {spec.withId && (
                  <Form.Item name={[item.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                )}
                {spec.fields.map((field) => (
                  <Form.Item
                    key={field.name}
                    name={[item.name, field.name]}
                    label={t(`planning.fields.${spec.primitive ? spec.key : field.name}`)}
                    rules={field.required ? [{ required: true, whitespace: true, message: t('validation.required') }] : []}
                    style={{ marginBottom: 8 }}
                  >
                    <FieldInput field={field} lookups={effective} testId={`${spec.key}-${index}-${field.name}`} />
                  </Form.Item>
                ))}
              </Card>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add(spec.withId ? { id: crypto.randomUUID() } : {})} data-testid={`add-${spec.key}`}>
              {t('planning.addEntry')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </FormModal>
  );
}
