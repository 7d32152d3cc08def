export declare const CHROMIUM_CANDIDATES: string[];
export declare const FIREFOX_CANDIDATES: string[];
export declare function findChromium(): string | null;
export declare function findFirefox(): string | null;
export declare function ensureBrowsers(options?: { quiet?: boolean }): { chromium: string | null; firefox: string | null };
