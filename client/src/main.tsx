// Must run before @kring/shared defines its schemas.
import './zodConfig.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { initI18n } from './i18n/index.js';
import { startOfflineCopies } from './offline/offlineRuntime.js';
import { loadSession } from './session/sessionActions.js';
import { startAppUpdates } from './shell/registerAppUpdates.js';
import './styles/index.css';

async function start(): Promise<void> {
  // Ask who is signed in while the translations load; pages wait for the answer themselves.
  void loadSession();
  startOfflineCopies();
  await initI18n();
  const container = document.getElementById('root');
  if (container === null) throw new Error('Kring: #root element missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // The service worker keeps the app shell available offline; a new version waits for a reload
  // that first stores every local edit (see shell/appUpdate.ts).
  startAppUpdates();
}

void start();
