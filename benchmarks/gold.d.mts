// Types of benchmarks/gold.mjs (a copy of the reference scorer's gold reader), for tests.
export interface GoldEntity { type: string; start: number; end: number; text: string; person?: string; holders: string[]; value?: string }
export interface GoldDoc { id: string; date: string | null; text: string; entities: GoldEntity[]; holds: string[] }
export declare function parseMarkup(markup: string, where?: string): { text: string; entities: GoldEntity[]; holds: string[] };
export declare function norm(s: string): string;
export declare function pairKey(person: string, role: string): string;
export declare function loadGoldDir(dir: string, rawDir?: string): GoldDoc[];
