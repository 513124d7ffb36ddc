import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { setUnauthorizedHandler } from './app/api.js';
import { initI18n } from './app/i18n.js';
import { Providers } from './app/providers.js';
import { router } from './app/router.js';
import './app/global.css';

setUnauthorizedHandler(() => {
  const { pathname, search } = window.location;
  if (pathname === '/sign-in') return;
  void router.navigate(`/sign-in?next=${encodeURIComponent(pathname + search)}`, { replace: true });
});

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

void initI18n().then(() => {
  createRoot(container).render(
    <StrictMode>
      <Providers>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
});
