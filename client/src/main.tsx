import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { initI18n } from './i18n/index.ts'
import { registerServiceWorker } from './sw/register-service-worker.ts'
import './ui/global.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// At once in German; English users wait for their texts (a chunk of its own).
void initI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)

// Keeps the app shell for offline use, e.g. a browser restart without network (README: Offline).
registerServiceWorker()
