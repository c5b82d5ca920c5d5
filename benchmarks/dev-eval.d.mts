// Types of benchmarks/dev-eval.mjs, for tests/accuracy.test.ts.
export declare const corpusDir: string;
export declare function articleDates(): Map<string, string>;
export declare function devSystem(extract: (text: string, options?: { date?: string }) => { entities: unknown[]; relations: unknown[] }): {
  gold: { id: string; text: string }[];
  sys: Map<string, { id: string; entities: unknown[]; relations: unknown[] }>;
};
export interface DevGroup { id: string; label: string; test(id: string): boolean }
export declare const DEV_GROUPS: DevGroup[];
export declare function scoreGroups(
  gold: { id: string }[],
  sys: Map<string, unknown>,
  score: (gold: unknown[], sys: Map<string, unknown>) => { rows: Record<string, import("./score.mjs").Row> },
): Record<string, { label: string; articles: number; rows: Record<string, import("./score.mjs").Row> }>;
