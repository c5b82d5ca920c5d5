// placeholder until the gazetteer build lands
import { mkdirSync, writeFileSync } from "node:fs";
mkdirSync(new URL("../src/data/generated/", import.meta.url), { recursive: true });

