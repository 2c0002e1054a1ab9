import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import './i18n';
import './a11y.css';
import { Providers } from './Providers';
import { AppRoutes } from './AppRoutes';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* A saved English locale loads its dictionary before the first paint (i18n: lazyEnglish). */}
    <Suspense fallback={null}>
      <BrowserRouter>
        <Providers>
          <AppRoutes />
        </Providers>
      </BrowserRouter>
    </Suspense>
  </StrictMode>,
);
