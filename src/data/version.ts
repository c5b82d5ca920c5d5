/** Data (gazetteer) release; bump when data/ changes meaningfully. */
export const DATA_VERSION = "2026.11.0";
