import { Form, Modal, type ButtonProps, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './feedback.js';

/** antd's Store: what a Form accepts as initial values. */
type Values = Record<string, unknown>;

export interface FormModalProps<V> {
  /** Modals mounted only while shown leave it out. */
  open?: boolean;
  title: ReactNode;
  okText: ReactNode;
  onCancel: () => void;
  onSubmit: () => unknown;
  pending: boolean;
  /** The failure of the last submit, shown above the form. */
  error?: unknown;
  /** How to word `error` when the module knows its codes better than the generic message does. */
  errorMessage?: (error: unknown) => string;
  form: FormInstance<V>;
  /** The form's name: antd derives the fields' ids from it. */
  name: string;
  initialValues?: Partial<V>;
  /** Shown above the error and the form. */
  intro?: ReactNode;
  okButtonProps?: ButtonProps & Record<`data-${string}`, string>;
  onValuesChange?: (changed: Partial<V>, all: V) => void;
  children: ReactNode;
}

/** A modal around one vertical form: submit on OK, the submit's error above the fields, nothing kept once closed. */
export function FormModal<V extends object = Values>({
  open = true,
  title,
  okText,
  onCancel,
  onSubmit,
  pending,
  error,
  errorMessage,
  form,
  name,
  initialValues,
  intro,
  okButtonProps,
  onValuesChange,
  children,
}: FormModalProps<V>) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      onOk={() => void onSubmit()}
      onCancel={onCancel}
      confirmLoading={pending}
      okButtonProps={okButtonProps}
      destroyOnHidden
    >
      {intro}
      {Boolean(error) && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} message={errorMessage} />
        </div>
      )}
      <Form<V>
        name={name}
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={initialValues}
        onValuesChange={onValuesChange}
      >
        {children}
      </Form>
    </Modal>
  );
}
