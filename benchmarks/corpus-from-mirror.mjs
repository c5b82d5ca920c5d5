#!/usr/bin/env node
/**
 * A public news crawl kept in a git repository → the JSONL that `thoisu extract --jsonl` and
 * `thoisu harvest` read ({"id","text","date"} per line), without the articles that must stay out.
 *
 *   node benchmarks/corpus-from-mirror.mjs GIT_DIR --under vn_news/data --history-dates --dates-after 2017-05-09 \
 *     --exclude benchmarks/harvest-exclude.txt --near benchmarks/corpus/raw > magizbox.jsonl
 *   node benchmarks/corpus-from-mirror.mjs GIT_DIR --under _posts \
 *     --exclude benchmarks/harvest-exclude.txt --near benchmarks/corpus/raw > trends.jsonl
 *
 * GIT_DIR is a git directory (a clone's `.git`, or a bare one); files are read from its HEAD with
 * `git ls-tree` / `git cat-file`, so no work tree is needed. Each article's id is
 * `github:<owner>/<name>:<path>` (owner and name from --repo, else from a `owner+name` directory in
 * GIT_DIR's path), the form the project's SOURCES.tsv uses, so a harvest's evidence names its source.
 *
 * - `.md` files with Jekyll front matter (nguyenvulebinh/trends `_posts`): the date is the front
 *   matter's day as written (`Mon, 24 Jun 2024 16:00:00 +0700` → 2024-06-24); the title link becomes
 *   the title line, images and HTML tags go, and the feed's teaser (a paragraph ending in `...` whose
 *   start the next paragraph repeats) is dropped so the article is read once.
 * - other files are plain text (magizbox/scraper `vn_news/data`: title, lead, body). They carry no
 *   date; with --history-dates an article's date is the day of the commit that first added it (a
 *   crawler that commits every few hours gives the publication day or the day after), ignored
 *   before --dates-after (a backlog imported in one commit).
 * - --exclude FILE (repeatable): every `github:<owner>/<name>:<path>` written in FILE is left out by
 *   path. --near DIR_OR_FILE (repeatable: a directory of .txt files, or one file) plus the excluded
 *   articles found in this repository are fingerprinted (word 5-gram shingles): an article whose
 *   Jaccard similarity with one of them is >= --near-jaccard (0.15), or that shares >= --near-contained
 *   (0.25) of the shorter text's shingles with one, is a copy (or another outlet's rewrite) of it under another path and is left out too.
 * - copies inside the crawl (the same story under two ids) would count twice as support: an
 *   article whose sampled shingles are >= --dup-jaccard (0.5) similar to an earlier kept one is
 *   left out (--keep-copies keeps them).
 *
 * - --titles data/titles.tsv keeps only the articles in which one of the table's titles (name or
 *   alias, ranks aside; case ignored) occurs: `thoisu harvest` reads HOLDS relations, each needs a
 *   ROLE, and a ROLE a title, so this saves extracting the sport and entertainment news.
 *
 * Standard error gets counts and the ids and scores of what was left out, never article text.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    under: { type: "string", multiple: true },
    repo: { type: "string" },
    exclude: { type: "string", multiple: true },
    near: { type: "string", multiple: true },
    "near-jaccard": { type: "string", default: "0.15" },
    "near-contained": { type: "string", default: "0.25" },
    "dup-jaccard": { type: "string", default: "0.5" },
    "keep-copies": { type: "boolean", default: false },
    "history-dates": { type: "boolean", default: false },
    "dates-after": { type: "string" },
    "min-chars": { type: "string", default: "200" },
    titles: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});
if (opt.help || positionals.length !== 1) {
  process.stderr.write(readFileSync(new URL(import.meta.url), "utf8").split("*/")[0].replace(/^#!.*\n\/\*\*\n/, "").replace(/^ \* ?/gm, ""));
  process.exit(opt.help ? 0 : 2);
}
const gitDir = resolve(positionals[0]);
const repo = opt.repo ?? (gitDir.match(/([A-Za-z0-9_.-]+)\+([A-Za-z0-9_.-]+)/)?.slice(1, 3).join("/"));
if (!repo) throw new Error("cannot tell the repository's owner/name from the path: pass --repo owner/name");
const nearJaccard = Number(opt["near-jaccard"]);
const nearContained = Number(opt["near-contained"]);
const dupJaccard = Number(opt["dup-jaccard"]);
const minChars = Number(opt["min-chars"]);
/** Lower-cased title names and aliases of a titles.tsv (ranks are not roles). */
const titleForms = opt.titles ? (() => {
  const [header, ...rows] = readFileSync(opt.titles, "utf8").trim().split("\n").map((l) => l.split("\t"));
  const col = (n) => header.indexOf(n);
  const forms = new Set();
  for (const r of rows) {
    if (r[col("type")] === "rank") continue;
    for (const f of [r[col("name")], ...(r[col("aliases")] ?? "").split("|")]) if (f && f.length >= 4) forms.add(f.normalize("NFC").toLowerCase());
  }
  return [...forms];
})() : null;
const log = (s) => process.stderr.write(s + "\n");

const git = (args, input) => {
  const r = spawnSync("git", ["--git-dir", gitDir, ...args], { input, maxBuffer: 2 ** 31 - 1 });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
};

// --- the files -------------------------------------------------------------------------------
const files = [];
for (const entry of git(["ls-tree", "-r", "-z", "HEAD", "--", ...(opt.under ?? ["."])]).toString("utf8").split("\0")) {
  const m = entry.match(/^\d+ blob ([0-9a-f]+)\t(.+)$/s);
  if (m) files.push({ sha: m[1], path: m[2] });
}
/** Blob contents in order, through one `git cat-file --batch`. */
function readBlobs(shas) {
  const out = git(["cat-file", "--batch"], shas.join("\n") + "\n");
  const texts = [];
  let at = 0;
  for (const sha of shas) {
    const nl = out.indexOf(10, at);
    const header = out.subarray(at, nl).toString();
    const size = Number(header.split(" ")[2]);
    if (!header.startsWith(sha) || !Number.isFinite(size)) throw new Error(`git cat-file: unexpected "${header}"`);
    texts.push(out.subarray(nl + 1, nl + 1 + size).toString("utf8"));
    at = nl + 1 + size + 1;
  }
  return texts;
}

// --- dates from history ------------------------------------------------------------------------
const addedOn = new Map();
if (opt["history-dates"]) {
  const out = git(["log", "--reverse", "--diff-filter=A", "--name-only", "--format=@%ad", "--date=format:%Y-%m-%d", "--", ...(opt.under ?? ["."])]).toString("utf8");
  let day = null;
  for (const line of out.split("\n")) {
    if (line.startsWith("@")) day = line.slice(1);
    else if (line && !addedOn.has(line)) addedOn.set(line, day);
  }
}

// --- conversion ----------------------------------------------------------------------------------
const MONTHS = { Jan: "01", Feb: "02", Mar: "03", Apr: "04", May: "05", Jun: "06", Jul: "07", Aug: "08", Sep: "09", Oct: "10", Nov: "11", Dec: "12" };
const stripTags = (s) => s.replace(/<\/?[a-zA-Z][^<>]*>/g, "");
/** A Jekyll post → { text, date }. */
function fromJekyll(raw) {
  const m = raw.match(/^---\n([\s\S]*?)\n---\n?/);
  if (!m) return { text: raw.trim(), date: null };
  const front = m[1];
  const d = front.match(/^date:\s*\w{3}, (\d{1,2}) (\w{3}) (\d{4})/m) ?? null;
  const date = d && MONTHS[d[2]] ? `${d[3]}-${MONTHS[d[2]]}-${d[1].padStart(2, "0")}` : front.match(/^date:\s*(\d{4}-\d{2}-\d{2})/m)?.[1] ?? null;
  const paras = [];
  for (let p of raw.slice(m[0].length).split(/\n\s*\n/)) {
    p = p.trim();
    if (!p || /^!\[[^\]]*\]\([^)]*\)$/.test(p)) continue;
    const link = p.match(/^\[([^\]]*)\]\([^)]*\)$/);
    paras.push(stripTags(link ? link[1] : p).replace(/\s+/g, " ").trim());
  }
  // The feed's teaser: `... tác ...` cut short, then the same paragraph whole.
  const kept = paras.filter((p, i) => {
    const next = paras[i + 1];
    if (!next || !/(\.\.\.|…)$/.test(p)) return true;
    const head = p.replace(/\s*(\.\.\.|…)$/, "");
    return !(head.length >= 20 && next.startsWith(head.slice(0, Math.max(20, head.length - 15))));
  });
  return { text: kept.filter(Boolean).join("\n"), date };
}

// --- fingerprints ----------------------------------------------------------------------------------
/** FNV-1a of each word 5-gram: a Set of 32-bit numbers. */
function shingles(text) {
  const words = text.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set();
  for (let i = 0; i + 5 <= words.length; i++) {
    let h = 0x811c9dc5;
    const s = words.slice(i, i + 5).join(" ");
    for (let k = 0; k < s.length; k++) { h ^= s.charCodeAt(k); h = Math.imul(h, 0x01000193); }
    set.add(h >>> 0);
  }
  return set;
}

const excluded = new Set();
for (const f of opt.exclude ?? []) {
  for (const m of readFileSync(f, "utf8").matchAll(/github:([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+):([^\s()]+)/g)) excluded.add(`github:${m[1]}:${m[2]}`);
}
const idOf = (path) => `github:${repo}:${path}`;

// References for near-duplicates: texts given with --near, and the excluded articles of this repository.
const refs = [];
for (const p of opt.near ?? []) {
  const paths = statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith(".txt")).sort().map((f) => join(p, f)) : [p];
  for (const f of paths) refs.push({ id: f, sh: shingles(readFileSync(f, "utf8")) });
}
const excludedHere = files.filter((f) => excluded.has(idOf(f.path)));
readBlobs(excludedHere.map((f) => f.sha)).forEach((raw, i) => {
  const text = excludedHere[i].path.endsWith(".md") ? fromJekyll(raw).text : raw;
  refs.push({ id: idOf(excludedHere[i].path), sh: shingles(text) });
});
const refIndex = new Map();
refs.forEach((r, i) => { for (const h of r.sh) { const l = refIndex.get(h); if (l) l.push(i); else refIndex.set(h, [i]); } });

// --- the articles ---------------------------------------------------------------------------------
const kept = files.filter((f) => !excluded.has(idOf(f.path)));
log(`${repo}: ${files.length} files under ${(opt.under ?? ["."]).join(", ")}; ${excludedHere.length} left out by path; ${refs.length} texts fingerprinted for near-duplicates`);
const SAMPLE = 8; // a shingle whose hash is 0 mod SAMPLE stands for the text in the copy check
const sampleIndex = new Map(); // sampled shingle → kept article numbers
const sampleSizes = [];
const counts = { near: 0, copies: 0, short: 0, noTitle: 0, written: 0, dated: 0 };
const BATCH = 2000;
for (let b = 0; b < kept.length; b += BATCH) {
  const batch = kept.slice(b, b + BATCH);
  const raws = readBlobs(batch.map((f) => f.sha));
  batch.forEach((f, i) => {
    const id = idOf(f.path);
    let { text, date } = f.path.endsWith(".md") ? fromJekyll(raws[i]) : { text: raws[i].trim(), date: null };
    text = text.normalize("NFC");
    if (text.length < minChars) { counts.short++; return; }
    const sh = shingles(text);
    // Near-duplicates of a reference (dev or held-out article).
    const shared = new Map();
    for (const h of sh) for (const r of refIndex.get(h) ?? []) shared.set(r, (shared.get(r) ?? 0) + 1);
    for (const [r, n] of shared) {
      const a = sh.size, c = refs[r].sh.size;
      const jaccard = n / (a + c - n), contained = n / Math.min(a, c);
      if (jaccard >= nearJaccard || contained >= nearContained) {
        log(`near-duplicate\t${id}\t${refs[r].id}\tjaccard ${jaccard.toFixed(3)}\tcontained ${contained.toFixed(3)}`);
        counts.near++;
        return;
      }
    }
    if (titleForms) { const lower = text.toLowerCase(); if (!titleForms.some((f) => lower.includes(f))) { counts.noTitle++; return; } }
    // Copies inside the crawl.
    const sample = [...sh].filter((h) => h % SAMPLE === 0);
    if (!opt["keep-copies"] && sample.length) {
      const hits = new Map();
      for (const h of sample) for (const k of sampleIndex.get(h) ?? []) hits.set(k, (hits.get(k) ?? 0) + 1);
      for (const [k, n] of hits) {
        const j = n / (sample.length + sampleSizes[k].n - n);
        if (j >= dupJaccard) { log(`copy\t${id}\t${sampleSizes[k].id}\tjaccard~ ${j.toFixed(3)}`); counts.copies++; return; }
      }
      const k = sampleSizes.length;
      sampleSizes.push({ id, n: sample.length });
      for (const h of sample) { const l = sampleIndex.get(h); if (l) { if (l.length < 64) l.push(k); } else sampleIndex.set(h, [k]); }
    }
    if (!date && opt["history-dates"]) {
      const day = addedOn.get(f.path) ?? null;
      date = day && (!opt["dates-after"] || day >= opt["dates-after"]) ? day : null;
    }
    if (date) counts.dated++;
    process.stdout.write(JSON.stringify(date ? { id, date, text } : { id, text }) + "\n");
    counts.written++;
  });
}
log(`${repo}: ${counts.written} articles written (${counts.dated} dated); left out: ${excludedHere.length} by path, ${counts.near} near-duplicates of excluded or --near texts, ${counts.copies} copies inside the crawl, ${counts.short} shorter than ${minChars} characters${titleForms ? `, ${counts.noTitle} without a title of ${opt.titles}` : ""}`);

