import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { useSession } from '../../session/SessionContext';
import { LangSwitch } from '../../layout/LangSwitch';

interface LoginForm {
  username: string;
  password: string;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { me, refresh } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const next = params.get('next');
  const target = next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';

  if (me) return <Navigate to={target} replace />;

  const onFinish = async (v: LoginForm) => {
    setBusy(true);
    setError(undefined);
    try {
      await request('/auth/login', { method: 'POST', body: v, allowUnauthorized: true });
      await refresh();
      navigate(target, { replace: true });
    } catch (e) {
      setError((e as Error).message || t('auth.loginFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: 'linear-gradient(160deg, #eef4ff 0%, #f7f9fc 60%)' }}>
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LangSwitch />
      </div>
      <Card style={{ width: 380, boxShadow: '0 6px 24px rgba(22,104,220,0.08)' }}>
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <Typography.Title level={1} style={{ marginBottom: 4, fontSize: 24 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('auth.subtitle')}</Typography.Text>
        </div>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form<LoginForm> layout="vertical" onFinish={onFinish} requiredMark={false} size="large">
          <Form.Item name="username" rules={[{ required: true, message: t('auth.usernameRequired') }]}>
            <Input
              name="username"
              prefix={<UserOutlined />}
              placeholder={t('auth.username')}
              autoComplete="username"
              autoFocus
              aria-label={t('auth.username')}
            />
          </Form.Item>
          <Form.Item name="password" rules={[{ required: true, message: t('auth.passwordRequired') }]}>
            <Input.Password name="password" prefix={<LockOutlined />} placeholder={t('auth.password')} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            {t('auth.login')}
          </Button>
        </Form>
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Link to="/feedback" data-testid="login-feedback-link">
            {t('auth.customerFeedback')}
          </Link>
        </div>
      </Card>
    </div>
  );
}
