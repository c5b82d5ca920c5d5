// Types of benchmarks/score.mjs (a copy of the reference scorer), for tests/accuracy.test.ts.
export interface PRF { p: number; r: number; f1: number }
export interface Row { gold: number; sys: number; strict: PRF; lenient: PRF | null; valueAcc: number | null }
export declare function score(goldDocs: unknown[], sysById: Map<string, unknown>): { rows: Record<string, Row>; misses: string[] };
export declare function table(rows: Record<string, Row>): string;
