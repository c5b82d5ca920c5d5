// A CommonJS consumer (compiled to require() calls): Node >= 20.19 loads the ES modules, and
// TypeScript accepts it under module nodenext (>= 5.8). Checked with tsconfig.nodenext.json only.
import { extract } from "thoisu";
import { segment } from "thoisu/words";

const first = extract("3 tỷ đồng").entities[0];
export const currency: string | undefined = first?.type === "MONEY" ? first.value.currency : undefined;
export const words: number = segment("Hà Nội").length;
