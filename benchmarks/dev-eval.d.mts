// Types of benchmarks/dev-eval.mjs, for tests/accuracy.test.ts.
export declare const corpusDir: string;
export declare function articleDates(): Map<string, string>;
export declare function devSystem(extract: (text: string, options?: { date?: string }) => { entities: unknown[]; relations: unknown[] }): {
  gold: { id: string; text: string }[];
  sys: Map<string, { id: string; entities: unknown[]; relations: unknown[] }>;
};
