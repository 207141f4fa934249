export const CSP: string;
export const SECURITY_HEADERS: Record<string, string>;
export const NO_CACHE: string[];
export const IMMUTABLE_PREFIX: string;
export function cacheControlFor(pathname: string): string;
