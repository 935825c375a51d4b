// Types of cli-bundle.mjs (plain JavaScript: it runs before anything is compiled).
export declare const bundleFolder: string
export declare const bundleEntry: string
export declare const projectRoot: string
/** Why the bundle under `root` must be built (again), or null when it matches the sources. */
export declare function bundleStaleness(root: string): string | null
/** Builds out/cli from the sources under `root`; throws with esbuild's message when they do not compile. */
export declare function buildCliBundle(root: string): Promise<void>
/** Builds the bundle when it is missing or stale; true when it built. */
export declare function ensureCliBundle(root: string): Promise<boolean>
