// React.lazy for our named exports: lazy() wants a module with a default export, and we have none.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

export function lazyNamed<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): LazyExoticComponent<ComponentType<Props>> {
  return lazy(async () => ({ default: await load() }))
}
