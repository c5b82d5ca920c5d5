// Types of benchmarks/coverage.mjs, for tests/data/coverage.test.ts.
export interface YearCount { slots: number; filled: number; uncertain: number }
export interface Gap { unit: string; post: string; years: number[]; era?: string }
export interface CoverageClass {
  id: string;
  label: string;
  years: Record<number, YearCount>;
  gaps: Gap[];
  counts?: Record<number, { term: string; politburo: [number, number]; secretariat: [number, null]; cc: [number, number]; alternates: [number, number] }>;
}
export declare const YEARS: number[];
export declare const TERMS: { term: string; from: string; cc: number; alternates: number; politburo: number }[];
export declare function validOn(from: string, to: string, day: string): boolean;
export declare function coverage(tables: { places: string; bodies: string; tenures: string }): { classes: CoverageClass[] };
export declare function yearRanges(years: number[]): string;
export declare function formatCoverage(result: { classes: CoverageClass[] }): string;
export declare function summaryRows(result: { classes: CoverageClass[] }): { id: string; label: string; filled: number; slots: number }[];
