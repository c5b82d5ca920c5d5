// Types of benchmarks/duplicates.mjs, for tests/data/duplicates.test.ts.
export interface DuplicateCandidate { a: string; b: string; names: [string, string]; match: "equal" | "i/y" | "suffix"; why: string[] }
export declare function syllableKey(syllable: string): string;
export declare function nameKey(name: string): string[];
export declare function nameMatch(a: string, b: string): "equal" | "i/y" | "suffix" | null;
export declare function duplicateCandidates(tables: { people: string; tenures: string }, reviewed?: string): { candidates: DuplicateCandidate[]; reviewed: DuplicateCandidate[] };
export declare function formatCandidates(list: DuplicateCandidate[]): string;
