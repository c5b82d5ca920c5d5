// Types of scripts/lib/pack.mjs, for tests/data/packed.test.ts.
export declare const TERMINAL: string;
export declare const CONTINUED: string;
export declare function uint(v: number): string;
export declare function uints(vs: readonly number[]): string;
export declare function dictionary(values: readonly string[]): { values: string; rows: string };
export declare function frontCoded(strings: readonly string[]): string;
export declare function sortedDictionary(values: string[]): { values: string; rows: string };
export declare function rowSet(flags: boolean[]): string;
export declare class RangeEncoder {
  bit(probs: Uint16Array, i: number, b: number): void;
  direct(v: number, n: number): void;
  finish(): string;
}
export declare class UintModel {
  constructor(contexts: number, lowBits: number);
  encode(enc: RangeEncoder, ctx: number, v: number): void;
}
export declare function recentRows(indexes: readonly number[], lanes?: number): string;
export declare function codedDictionary(values: readonly string[], lanes?: number): { values: string; rows: string };
export declare function codedSortedDictionary(values: string[], lanes?: number): { values: string; rows: string };
export declare function codedDeltas(vs: readonly number[]): string;
