// Types of benchmarks/refs.mjs, for tests/refs-dev.test.ts.
export interface RefCheck {
  holders: number;
  linked: number;
  share: number;
  refs: number;
  violations: number;
  misses: string[];
  violationList: string[];
}
interface RefGazetteer {
  get(id: string): { kind: string; name: string; aliases: string[] } | undefined;
  officesOf(id: string): { from?: string; to?: string }[];
}
export declare function refChecks(gold: unknown[], sys: Map<string, unknown>, gazetteer: RefGazetteer, dates: Map<string, string>): RefCheck;
export declare function refGroups(gold: unknown[], sys: Map<string, unknown>, gazetteer: RefGazetteer, dates: Map<string, string>): Record<string, RefCheck & { label: string; articles: number }>;
export declare function refTable(groups: Record<string, { label: string; linked: number; holders: number; share: number; refs: number; violations: number }>): string;
