import './styles/main.scss';
import './i18n.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App.js';
import { refreshSession } from './session.js';

// nhsuk-frontend styles its scripted parts (conditional reveals) only when this class is set.
document.body.classList.add('nhsuk-frontend-supported');

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

// A failure shows as the session's 'failed' state; staff pages then show the problem page.
refreshSession().catch(() => undefined);

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>,
);
