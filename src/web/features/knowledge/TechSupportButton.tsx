import { useState } from 'react';
import { Button, Drawer } from 'antd';
import { BulbOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { TechSupportPanel } from './TechSupportPanel';

/** The workshop job's, the field visit's (and the phone's) 「技术支持」: the panel in a drawer, full width on a phone. */
export function TechSupportButton({ workOrderId, jobId, visitId }: { workOrderId?: string; jobId?: string; visitId?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button block icon={<BulbOutlined />} onClick={() => setOpen(true)} style={{ marginTop: 8 }} data-testid="job-tech-support">
        {t('kb.panel')}
      </Button>
      <Drawer open={open} onClose={() => setOpen(false)} title={t('kb.panel')} size={720} destroyOnHidden>
        {open &&
          (visitId ? (
            <TechSupportPanel contextType="visit" contextId={visitId} />
          ) : (
            <TechSupportPanel workOrderId={workOrderId} contextType="job" contextId={jobId ?? ''} />
          ))}
      </Drawer>
    </>
  );
}
