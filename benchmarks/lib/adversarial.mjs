// Adversarial documents: one construction repeated (or one run grown) until the text is long, to
// show that no stage is super-linear in the number of names, roles, bodies, dates or amounts in
// one document, nor in the length of a whitespace run (text scraped from HTML has long ones).

/** Whitespace runs of `n` characters. */
const WS = {
  spaces: (n) => " ".repeat(n),
  tabs: (n) => "\t".repeat(n),
  "non-breaking spaces": (n) => "\u00a0".repeat(n),
  mixed: (n) => " \t\u00a0\u3000\u2002".repeat(Math.ceil(n / 5)).slice(0, n),
};

/** Repeating patterns, each stressing one stage; `n` is the number of repetitions or characters. */
export const PATTERNS = {
  "chain of posts": (n) => "Ông Nguyễn Văn A " + "và Giám đốc Sở Tài chính ".repeat(n),
  "repeated name and back-reference": (n) => "Nguyễn Văn Hùng, ông Hùng, ".repeat(n),
  "bodies named after a place": (n) => "Ban Thường vụ Tỉnh ủy Hải Dương ".repeat(n),
  "unyeared dates": (n) => "ngày 9/6 và ".repeat(n),
  "money ranges": (n) => "7-8 tỷ đồng, ".repeat(n),
  "capitalised run": (n) => "Hà Nội Hải Dương Nguyễn ".repeat(n),
  "list heading": (n) => "Các đồng chí: " + "Nguyễn Văn A, Bộ trưởng Bộ Tài chính; ".repeat(n),
  "communes and districts": (n) => "xã Tân Lập, huyện Hoài Ân, ".repeat(n),
  // One whitespace run as long as the document, before a predicate after `Bí thư:`.
  ...Object.fromEntries(Object.entries(WS).map(([name, ws]) => [`one run of ${name} after "Bí thư:"`, (n) => `Bí thư:${ws(n)}là Nguyễn Văn An`])),
  // Many medium runs (200 characters) in the gaps HOLDS reads: after a name, around `cho`, in lists.
  "runs between name and post": (n) => `Ông Nguyễn Văn An,${WS.mixed(200)}là Bí thư Tỉnh ủy Hải Dương. `.repeat(n),
  "runs around cho / đối với": (n) => `bổ nhiệm Bí thư Tỉnh ủy${WS.spaces(200)}cho${WS.tabs(200)}ông Nguyễn Văn An. `.repeat(n),
  "runs in a birth clause": (n) => `Nguyễn Văn An, sinh năm 1966${WS.tabs(200)}, Bí thư Tỉnh ủy. `.repeat(n),
  // Long lists: one heading, n holders; one post, n names.
  "one long list of holders": (n) => "Phó Chủ tịch UBND tỉnh gồm các ông " + "Nguyễn Văn An, ".repeat(n) + "và Trần Văn Bình.",
  "one long list of posts": (n) => "Nguyễn Văn An, " + "Ủy viên Ban Thường vụ Tỉnh ủy, ".repeat(n) + "Bí thư Tỉnh ủy Hải Dương.",
  // Repeated cue words with nothing to complete them.
  "repeated cue words": (n) => "Bí thư là cho đối với gồm sinh khóa ngày tỷ đồng ".repeat(n),
  "repeated colons": (n) => "Bí thư: ".repeat(n),
};

/** The text of `make` at exactly `size` characters (grown by doubling, then cut). */
function textOf(make, size) {
  let n = 1;
  while (make(n).length < size) n *= 2;
  return make(n).slice(0, size);
}

/**
 * CPU time of `extract` on each pattern at each size (characters), and the growth exponent between
 * the first and the last size (1 = linear): `{ pattern, runs: [{ chars, ms, nsPerChar }], exponent }`.
 */
export function adversarialScaling(extract, sizes = [10_000, 100_000, 1_000_000], only = null) {
  const out = [];
  for (const [name, make] of Object.entries(PATTERNS)) {
    if (only && !only.test(name)) continue;
    // Warm up on the same construction, so that the first size does not carry the JIT's cost.
    for (let w = 0; w < 3; w++) extract(textOf(make, Math.min(sizes[0], 20_000)));
    const runs = sizes.map((size) => {
      const text = textOf(make, size);
      // CPU time of this process (extract is single-threaded): on a shared machine wall time
      // mostly measures the other processes. Small sizes repeat (median) to rise above the noise.
      const times = [];
      for (let r = 0; r < Math.max(1, Math.min(9, Math.round(200_000 / size))); r++) {
        const c = process.cpuUsage();
        extract(text);
        const d = process.cpuUsage(c);
        times.push((d.user + d.system) / 1000);
      }
      const ms = times.sort((x, y) => x - y)[times.length >> 1];
      return { chars: text.length, ms, nsPerChar: (ms * 1e6) / text.length };
    });
    const [a, b] = [runs[0], runs.at(-1)];
    out.push({ pattern: name, runs, exponent: Math.log(b.ms / a.ms) / Math.log(b.chars / a.chars) });
  }
  return out;
}

/** The table rows: pattern, ns/char at each size, exponent. */
export function adversarialRows(results) {
  const si = (n) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);
  return [
    ["pattern", ...results[0].runs.map((r) => `CPU ns/char @${si(r.chars)}`), "k"],
    ...results.map((a) => [a.pattern, ...a.runs.map((r) => r.nsPerChar.toFixed(0)), `${a.exponent.toFixed(2)}${a.exponent > 1.3 ? "  <-- SUPERLINEAR" : ""}`]),
  ];
}
