export const ROOT: string;
export const BUNDLE: string;
export function bundleIsFresh(): boolean;
export function buildServer(outfile?: string): Promise<void>;
export function runBundle(file?: string, options?: { afterMs?: number }): { cacheUsed: boolean };
