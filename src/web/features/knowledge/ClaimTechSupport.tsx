import { Collapse } from 'antd';
import { useTranslation } from 'react-i18next';
import { AppraisalPanel } from './AppraisalPanel';
import { TechSupportPanel } from './TechSupportPanel';

/**
 * On the warranty claim: the 索赔技术鉴定 of its work order (the verdict carried into the claim) and the 技术支持
 * panel in the claim's context (its car, fault code and description).
 */
export function ClaimTechSupport({ claimId, workOrderId }: { claimId: string; workOrderId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <AppraisalPanel workOrderId={workOrderId} readOnly />
      <Collapse
        size="small"
        style={{ marginTop: 12 }}
        items={[
          {
            key: 'kb',
            label: t('kb.panel'),
            children: <TechSupportPanel contextType="claim" contextId={claimId} workOrderId={workOrderId} />,
          },
        ]}
      />
    </>
  );
}
