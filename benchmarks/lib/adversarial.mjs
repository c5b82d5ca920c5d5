// Adversarial documents: one construction repeated until the text is long, to show that no stage
// is quadratic in the number of names, roles, bodies, dates or amounts in one document.
import { performance } from "node:perf_hooks";

/** Repeating patterns, each stressing one stage. */
export const PATTERNS = {
  "chain of posts": (n) => "Ông Nguyễn Văn A " + "và Giám đốc Sở Tài chính ".repeat(n),
  "repeated name and back-reference": (n) => "Nguyễn Văn Hùng, ông Hùng, ".repeat(n),
  "bodies named after a place": (n) => "Ban Thường vụ Tỉnh ủy Hải Dương ".repeat(n),
  "unyeared dates": (n) => "ngày 9/6 và ".repeat(n),
  "money ranges": (n) => "7-8 tỷ đồng, ".repeat(n),
  "capitalised run": (n) => "Hà Nội Hải Dương Nguyễn ".repeat(n),
  "list heading": (n) => "Các đồng chí: " + "Nguyễn Văn A, Bộ trưởng Bộ Tài chính; ".repeat(n),
  "communes and districts": (n) => "xã Tân Lập, huyện Hoài Ân, ".repeat(n),
};

/** Time of `extract` on each pattern at two sizes, and the growth exponent (1 = linear). */
export function adversarialScaling(extract, sizes = [100_000, 400_000]) {
  const out = [];
  for (const [name, make] of Object.entries(PATTERNS)) {
    const runs = sizes.map((size) => {
      let n = 1;
      while (make(n).length < size) n *= 2;
      const text = make(n);
      // Warm up on the same construction, so that the first size does not carry the JIT's cost.
      for (let w = 0; w < 3; w++) extract(text.slice(0, 20_000));
      const t = performance.now();
      extract(text);
      return { chars: text.length, ms: performance.now() - t };
    });
    const [a, b] = [runs[0], runs.at(-1)];
    out.push({ pattern: name, runs, exponent: Math.log(b.ms / a.ms) / Math.log(b.chars / a.chars) });
  }
  return out;
}
