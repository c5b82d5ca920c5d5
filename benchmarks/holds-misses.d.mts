// Types of benchmarks/holds-misses.mjs, for tests/link/holds-misses.test.ts.
export interface HoldsMissSpan { text: string; start: number; end: number; name?: string }
export interface HoldsMiss {
  id: string;
  kind: "missed" | "spurious";
  person: HoldsMissSpan;
  role: HoldsMissSpan;
  cause: string;
  detail: string;
  rule?: string;
}
export declare function holdsMisses(goldDocs: unknown[], sysById: Map<string, unknown>): HoldsMiss[];
export declare function formatHoldsMiss(m: HoldsMiss): string;
export declare function countCauses(misses: HoldsMiss[]): { missed: Record<string, number>; spurious: Record<string, number> };
