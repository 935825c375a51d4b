import type { Bridge } from './bridge'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode, where createBrowserBridge() stands in. */
    readonly bridge?: Bridge
  }
}
