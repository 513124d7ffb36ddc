import { DownloadOutlined, IdcardOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { exportUrl } from './structure.api.js';

/** The plan as PDF and DOCX in its own language, and its action cards. */
export function PlanDownloads({ orgId, planId }: { orgId: string; planId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cards = `/orgs/${orgId}/plans/${planId}/cards`;
  return (
    <Flex gap={8} wrap>
      <Button
        icon={<IdcardOutlined />}
        href={cards}
        data-testid="action-cards-link"
        onClick={(e) => {
          // A link people can open in a new tab; a plain click stays in the app.
          if (e.metaKey || e.ctrlKey || e.shiftKey) return;
          e.preventDefault();
          navigate(cards);
        }}
      >
        {t('planning.actionCards')}
      </Button>
      <Button icon={<DownloadOutlined />} href={exportUrl(orgId, planId, 'export', 'pdf')} download data-testid="download-pdf">
        {t('planning.downloadPdf')}
      </Button>
      <Button icon={<DownloadOutlined />} href={exportUrl(orgId, planId, 'export', 'docx')} download data-testid="download-docx">
        {t('planning.downloadDocx')}
      </Button>
    </Flex>
  );
}
