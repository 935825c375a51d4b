import { createContext, useContext, type ReactNode } from 'react'
import type { Bridge } from '../bridge/bridge'

const BridgeContext = createContext<Bridge | null>(null)

export function BridgeProvider({ bridge, children }: { bridge: Bridge; children: ReactNode }): ReactNode {
  return <BridgeContext.Provider value={bridge}>{children}</BridgeContext.Provider>
}

export function useBridge(): Bridge {
  const bridge = useContext(BridgeContext)
  if (bridge === null) throw new Error('useBridge outside BridgeProvider')
  return bridge
}
