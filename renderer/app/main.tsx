import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserBridge } from '../bridge/browser-bridge'
import { App } from './app'
import { BridgeProvider } from './bridge-context'
import './app.css'

// In Electron the preload has put the Bridge on window; in a plain browser we provide our own.
const bridge = window.bridge ?? createBrowserBridge()
const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root')

createRoot(root).render(
  <StrictMode>
    <BridgeProvider bridge={bridge}>
      <App />
    </BridgeProvider>
  </StrictMode>,
)
