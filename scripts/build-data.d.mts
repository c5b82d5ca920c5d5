// Types of scripts/build-data.mjs, for tests/data/data-tables.test.ts.
export declare const SCHEMAS: Record<string, string[]>;
export declare const PLACE_TYPES: string[];
export declare function parseTsv(text: string): { header: string[]; rows: Record<string, string>[] };
export declare function validateTables(texts: Record<string, string>): string[];
export declare function generate(texts: Record<string, string>): Record<string, string>;
export declare function dateLow(d: string): string;
export declare function dateHigh(d: string): string;
export declare function personSlug(name: string): string;
export declare function placeSlug(name: string): string;
export declare const PLACE_ID_PREFIX: Record<string, string>;
