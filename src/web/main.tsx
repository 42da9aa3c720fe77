// The browser entry: styles, translations, then the app. The static text in index.html stays until
// React replaces it, so / says what the site is even before the script runs.
import '@uswds/uswds/css/uswds.min.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { startI18n } from './i18n/i18n.ts';

startI18n();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
