/**
 * The default matchers and linkers, in the order they run. One place to register a new
 * entity kind: add its folder under `src/rules/` and list its matcher here.
 * @module
 */
import type { Linker, Matcher } from "../pipeline/types.js";

/** Matchers in run order: later matchers see earlier candidates. */
export const defaultMatchers: readonly Matcher[] = [];

/** Linkers in run order, after overlap resolution. */
export const defaultLinkers: readonly Linker[] = [];
