import { EditOutlined, PhoneOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert, BlockLoading } from '../../app/feedback.js';
import { useMe, useOrg } from '../../app/session.js';
import { EditOrgModal } from './edit-org-modal.js';
import { EditPersonModal } from './edit-person-modal.js';
import { EditUnitModal } from './edit-unit-modal.js';
import { useDirectory, useUnits } from './orgs.api.js';
import { NewPersonModal } from './new-person-modal.js';
import { NewUnitModal } from './new-unit-modal.js';
import { UnitDetails } from './unit-details.js';
import { UnitTree } from './unit-tree.js';
import { usePageTitle } from '../../app/page-title.js';

export function OrgHomePage() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const org = useOrg(orgId);
  const units = useUnits(orgId);
  usePageTitle(org.data?.name);
  const [modal, setModal] = useState<'unit' | 'person' | 'org' | 'editUnit' | 'myContact' | null>(null);
  // The signed-in user's own directory entry, when they have one here: they keep its phone and language current.
  const myPersonId = useMe().data?.user.personId ?? null;
  const directory = useDirectory(orgId, myPersonId !== null);
  const myPerson = directory.data?.items.find((p) => p.id === myPersonId);

  const allUnits = units.data?.items ?? [];
  const selectedId = params.get('unit') ?? allUnits.find((u) => u.parentId === null)?.id;
  const selected = allUnits.find((u) => u.id === selectedId);
  const canManage = org.data?.allowedActions.manageStructure ?? false;
  const select = (unitId: string) => setParams({ unit: unitId }, { replace: true });
  const arrangement = org.data?.bcmArrangement;

  if (org.error) return <ErrorAlert error={org.error} onRetry={() => void org.refetch()} />;

  return (
    <>
      <Flex align="center" justify="space-between" gap={16} wrap style={{ marginBottom: 16 }}>
        <h1 className="page-title" style={{ marginBottom: 0 }}>{org.data?.name ?? t('units.title')}</h1>
        <Flex gap={8} wrap>
          {myPerson && (
            <Button data-testid="edit-my-contact-button" icon={<PhoneOutlined aria-hidden />} onClick={() => setModal('myContact')}>
              {t('people.myContact')}
            </Button>
          )}
          {org.data?.allowedActions.editProfile && (
            <Button data-testid="edit-org-button" icon={<EditOutlined aria-hidden />} onClick={() => setModal('org')}>
              {t('orgs.editProfile')}
            </Button>
          )}
        </Flex>
      </Flex>
      {arrangement && (
        <Typography.Paragraph>
          {t('orgs.arrangement', {
            kind: t(`enums.bcmArrangement.${arrangement.kind}`),
            percent: arrangement.percentTime,
          })}
          {arrangement.reportingLine ? ` · ${t('orgs.reportingLine', { line: arrangement.reportingLine })}` : ''}
        </Typography.Paragraph>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9} xl={8}>
          <Card
            title={<h2 className="card-title">{t('units.title')}</h2>}
            extra={
              canManage ? (
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => setModal('unit')}>
                  {t('units.newUnit')}
                </Button>
              ) : null
            }
          >
            {units.isLoading && <BlockLoading rows={6} />}
            {units.error && <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />}
            {units.data && allUnits.length === 0 && <Empty description={t('units.empty')} />}
            {allUnits.length > 0 && <UnitTree units={allUnits} selectedId={selectedId} onSelect={select} />}
          </Card>
        </Col>
        <Col xs={24} lg={15} xl={16}>
          {selected ? (
            <UnitDetails
              orgId={orgId}
              unit={selected}
              units={allUnits}
              canManage={canManage}
              onAddPerson={() => setModal('person')}
              onEditUnit={() => setModal('editUnit')}
            />
          ) : (
            !units.isLoading && (
              <Card>
                <Empty description={t('units.selectHint')} />
              </Card>
            )
          )}
        </Col>
      </Row>
      <NewUnitModal
        orgId={orgId}
        units={allUnits}
        parentId={selectedId}
        open={modal === 'unit'}
        onClose={() => setModal(null)}
        onCreated={(unit) => {
          setModal(null);
          select(unit.id);
        }}
      />
      <NewPersonModal
        orgId={orgId}
        units={allUnits}
        unitId={selectedId}
        open={modal === 'person'}
        onClose={() => setModal(null)}
      />
      {canManage && selected && (
        <EditUnitModal
          orgId={orgId}
          unit={selected}
          units={allUnits}
          open={modal === 'editUnit'}
          onClose={() => setModal(null)}
        />
      )}
      {modal === 'myContact' && myPerson && (
        <EditPersonModal orgId={orgId} person={myPerson} units={allUnits} mode="self" onClose={() => setModal(null)} />
      )}
      {org.data?.allowedActions.editProfile && (
        <EditOrgModal org={org.data} open={modal === 'org'} onClose={() => setModal(null)} />
      )}
    </>
  );
}
