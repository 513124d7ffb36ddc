import { FileWordOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { exportUrl } from './learning.api.js';

/** The record as PDF or DOCX, in the reader's language (a plain link: the browser downloads it). */
export function ExportButtons({ orgId, what, id }: { orgId: string; what: 'management-reviews' | 'crisis-evaluations'; id: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Space wrap>
      <Button icon={<FilePdfOutlined />} href={exportUrl(orgId, what, id, 'pdf', i18n.language)} data-testid="export-pdf">
        {t('learning.export.pdf')}
      </Button>
      <Button icon={<FileWordOutlined />} href={exportUrl(orgId, what, id, 'docx', i18n.language)} data-testid="export-docx">
        {t('learning.export.docx')}
      </Button>
    </Space>
  );
}
