/**
 * Generated inputs for the fuzzing of `extract` (tests/robustness/fuzz-sample-1.test.ts and -2 samples them in CI,
 * `npm run fuzz` runs a million): random Unicode, Vietnamese-like syllables in every tone
 * placement and normalisation form, mutated sentences of the bundled corpus, number-, date- and
 * money-like strings, control characters, lone surrogates, whitespace runs and long tokens.
 */
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const RAW = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "benchmarks", "corpus", "raw");

/** Sentences (and datelines, headings) of the bundled raw articles, 10 to `maxLength` characters. */
export function corpusSentences(maxLength = 400): string[] {
  const out: string[] = [];
  for (const f of readdirSync(RAW).filter((n) => /^\d+\.txt$/.test(n)).sort()) {
    for (const line of readFileSync(join(RAW, f), "utf8").split("\n")) {
      for (const s of line.split(/(?<=[.!?])\s+/u)) if (s.length >= 10 && s.length <= maxLength) out.push(s);
    }
  }
  return out;
}

// Syllables: onset + nucleus (+ coda), the tone mark on any vowel of the nucleus (old and new
// placement: hoà / hòa, thuỷ / thủy), then NFC, NFD or a mix.
const ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x", "Đ", "Ng", "Tr", "H", "NG"];
const NUCLEI = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uy", "uê", "ươ", "iê", "uô", "ưa", "ia", "ua", "oai", "uya", "ươi", "uôi", "yê", "oă", "ưu", "iu", "ai", "ao", "au", "ây", "eo"];
const CODAS = ["", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y"];
/** Combining tone marks: none, grave, acute, hook above, tilde, dot below. */
const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

const syllable = fc.tuple(fc.constantFrom(...ONSETS), fc.constantFrom(...NUCLEI), fc.constantFrom(...CODAS), fc.constantFrom(...TONES), fc.nat(3), fc.constantFrom("NFC", "NFD", "mixed", "upper", "title"))
  .map(([onset, nucleus, coda, tone, where, form]) => {
    const nfd = nucleus.normalize("NFD");
    const letters = [...nfd].map((ch, k) => ({ ch, k })).filter(({ ch }) => /\p{L}/u.test(ch));
    const at = letters.length ? letters[Math.min(where, letters.length - 1)]!.k : 0;
    // After the base letter and any of its own marks (ơ, ư, â ... carry one).
    let cut = at + 1;
    while (cut < nfd.length && /\p{M}/u.test(nfd[cut]!) && !TONES.includes(nfd[cut]!)) cut++;
    const s = onset + nfd.slice(0, cut) + tone + nfd.slice(cut) + coda;
    if (form === "NFD") return s;
    if (form === "mixed") return s.normalize("NFC").slice(0, 1) + s.normalize("NFC").slice(1).normalize("NFD");
    if (form === "upper") return s.normalize("NFC").toUpperCase();
    if (form === "title") return s.normalize("NFC").charAt(0).toUpperCase() + s.normalize("NFC").slice(1);
    return s.normalize("NFC");
  });

const SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", "\t", "\u00a0", "  ", " - ", ": ", "; ", " (", ") ", "/"];
const vietnameseLike = (size: number) => fc.array(fc.tuple(syllable, fc.constantFrom(...SEPARATORS)), { maxLength: size }).map((a) => a.map(([s, sep]) => s + sep).join(""));

// Words the rules react to, so that random text reaches them.
const CUES = [
  "Bí thư", "Tỉnh ủy", "Thành ủy", "Chủ tịch", "UBND", "tỉnh", "huyện", "xã", "Bộ trưởng", "Bộ", "Phó", "Ủy viên", "Bộ Chính trị", "ông", "bà",
  "đồng chí", "các đồng chí", "là", "làm", "được bầu giữ chức", "giữ chức vụ", "đối với", "cho", "gồm", "và", "kiêm", "nguyên", "cựu", "tân", "sinh",
  "sinh năm", "khóa", "nhiệm kỳ", "đại tá", "thiếu tướng", "Nguyễn Văn An", "Trần Thị Bình", "Hà Nội", "Hải Dương", "TP.HCM", "Việt Nam", "Quốc hội",
  "ngày", "tháng", "năm", "quý", "tuần", "hôm qua", "hôm nay", "ngày mai", "sáng", "chiều", "tối", "lúc", "giờ", "âm lịch", "từ", "đến", "đến nay",
  "tỷ", "triệu", "nghìn", "đồng", "USD", "VNĐ", "đô la", "$", "€", "hơn", "khoảng", "phẩy", "rưỡi", "trăm", "mươi", "lăm", "Thứ Hai", "Chủ nhật",
];
const digits = (max: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: max });
const numberLike = fc.oneof(
  digits(4), digits(40),
  fc.array(fc.tuple(digits(4), fc.constantFrom(".", ",", " ", "")), { minLength: 1, maxLength: 6 }).map((a) => a.map(([d, s]) => d + s).join("")),
  fc.constantFrom("1,234.56", "1,1.1", "1.234,56", "1,321.80", "0,5", "00", "1" + "0".repeat(30), "1" + "0".repeat(300), "9".repeat(25), "3/4", "1tr5", "50k", "2tỷ3"),
);
const dateLike = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.option(fc.integer({ min: 0, max: 10_000 })), fc.constantFrom("/", "-", ".")).map(([d, m, y, s]) => `${d}${s}${m}${y === null ? "" : s + String(y).padStart(4, "0")}`),
  fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 70 })).map(([h, mi]) => `${h}:${String(mi).padStart(2, "0")}`),
  fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 70 })).map(([h, mi]) => `${h}h${mi}`),
  fc.constantFrom("ngày 29/2", "24:30 ngày 7/1", "Thứ Hai, 01/01/0000 10:00", "29/02/2018", "31/4", "ngày 31 tháng 2", "năm 0000", "năm 99999", "quý V", "thế kỷ 0", "Thứ Sáu, 09/06/2017 23:44"),
);
const controlOrSurrogate = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom("\u007f", "\u0085", "\u200b", "\u200c", "\u200d", "\u2028", "\u2029", "\ufeff", "\ufffd", "\u00ad", "\u0301", "\u0323"),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
);
const WHITESPACE = [" ", "\t", "\u00a0", "\u3000", "\u2002", "\n", "\r\n", "\u200b"];
const whitespaceRun = (max: number) => fc.array(fc.constantFrom(...WHITESPACE), { minLength: 1, maxLength: max }).map((a) => a.join(""));
const longToken = (max: number) => fc.tuple(fc.constantFrom("a", "9", "Đ", "ư\u0301", ".", "1.", "-", "A", "😀", "\ud800"), fc.integer({ min: 1, max })).map(([u, n]) => u.repeat(n));

/** A fragment of generated text. */
const fragment = (longMax: number) => fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CUES) },
  { weight: 3, arbitrary: syllable },
  { weight: 3, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 2, arbitrary: numberLike },
  { weight: 2, arbitrary: dateLike },
  { weight: 1, arbitrary: controlOrSurrogate },
  { weight: 1, arbitrary: whitespaceRun(longMax) },
  { weight: 1, arbitrary: longToken(longMax) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
);

/** Mutations of a real sentence: cut, duplicate, insert, change case, spaces, normalisation. */
function mutate(sentences: readonly string[], longMax: number) {
  const mutation = fc.oneof(
    fc.tuple(fc.nat(), fc.nat(40)).map(([at, n]) => (s: string) => { const i = at % (s.length + 1); return s.slice(0, i) + s.slice(i + n); }),
    fc.tuple(fc.nat(), fc.nat(60)).map(([at, n]) => (s: string) => { const i = at % (s.length + 1); return s.slice(0, i + n) + s.slice(i); }),
    fc.tuple(fc.nat(), fragment(longMax)).map(([at, f]) => (s: string) => { const i = at % (s.length + 1); return s.slice(0, i) + f + s.slice(i); }),
    fc.tuple(fc.nat(), whitespaceRun(longMax)).map(([at, w]) => (s: string) => { const i = s.indexOf(" ", at % (s.length + 1)); return i < 0 ? s + w : s.slice(0, i) + w + s.slice(i + 1); }),
    fc.constantFrom((s: string) => s.normalize("NFD"), (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s.replace(/ /g, "\u00a0"), (s: string) => s.replace(/ /g, "\t\t")),
    fc.nat().map((at) => (s: string) => s.slice(0, at % (s.length + 1))),
  );
  return fc.tuple(fc.constantFrom(...sentences), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.option(fc.constantFrom(...sentences), { freq: 3 }))
    .map(([s, ms, other]) => ms.reduce((t, m) => m(t), other ? `${s} ${other}` : s));
}

/**
 * The families of inputs, by name. `longMax` bounds whitespace runs and long tokens, `size` the
 * number of syllables or fragments (CI keeps both small, for time).
 */
export function inputFamilies(sentences: readonly string[], longMax: number, size = 30) {
  return {
    "random unicode": fc.oneof(fc.string({ unit: "binary", maxLength: size * 3 }), fc.string({ unit: "grapheme", maxLength: size }), fc.string({ maxLength: size * 3 })),
    "vietnamese-like syllables": vietnameseLike(size),
    "mutated corpus sentences": mutate(sentences, longMax),
    "number, date and money-like": fc.array(fc.oneof(numberLike, dateLike, fc.constantFrom(...CUES), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: Math.max(2, size >> 1) }).map((a) => a.join(" ")),
    "mixed fragments": fc.array(fragment(longMax), { maxLength: size }).map((a) => a.join("")),
  } as const;
}

/** An article date for the option, sometimes none, sometimes at the ends of the range. */
export const dateOption = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`) },
  { weight: 1, arbitrary: fc.constantFrom("0001-01-01", "9999-12-31", "2016-02-29", "2018-12-31", "2000-01-01") },
);
