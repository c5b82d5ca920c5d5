// benchmarks/corpus-from-mirror.mjs on a small git repository made here: which articles it keeps,
// their ids and dates, and what it leaves out (by path, as near-duplicates, as copies, without a title).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const script = join(root, "benchmarks", "corpus-from-mirror.mjs");

// Invented articles (no real text): each a few sentences long enough for 5-gram shingles.
const sentence = (who: string, where: string, n: number) =>
  Array.from({ length: n }, (_, i) => `Ngày ${i + 1}/5, Phó Chủ tịch UBND tỉnh ${where} ${who} kiểm tra công trình số ${i * 7 + 3} tại xã ven sông thứ ${i + 2}.`).join(" ");
const visit = (who: string, where: string, n: number) =>
  Array.from({ length: n }, (_, i) => `Sáng ${i + 3}/6 ông ${who}, Chủ tịch UBND tỉnh ${where}, tiếp đoàn doanh nghiệp ${i * 11 + 2} đến tìm hiểu cơ hội đầu tư vào khu công nghiệp phía bắc.`).join(" ");
const other = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `Trận đấu ${topic} vòng ${i + 1} kết thúc với tỉ số ${i}-${i + 2} trước ${i * 100 + 5} khán giả.`).join(" ");

function git(dir: string, ...args: string[]) {
  const r = spawnSync("git", ["-C", dir, ...args], { encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" } });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
}

describe("benchmarks/corpus-from-mirror.mjs", () => {
  it("writes kept articles with ids and dates, and leaves out excluded paths, their near-duplicates, copies and title-less ones", () => {
    const work = mkdtempSync(join(tmpdir(), "thoisu-mirror-"));
    const repo = join(work, "owner+news");
    mkdirSync(join(repo, "data"), { recursive: true });
    mkdirSync(join(repo, "_posts"), { recursive: true });
    git(repo, "init", "-q");
    const heldOut = `Tin địa phương\n${sentence("Hà Văn Khởi", "Hải Dương", 12)}`;
    const kept = `Tin địa phương\n${visit("Lò Thị Mây", "Lai Châu", 12)}`;
    writeFileSync(join(repo, "data", "1.txt"), kept);
    writeFileSync(join(repo, "data", "2.txt"), heldOut);
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "first", "--date", "2017-05-08T10:00:00+07:00");
    // A day later: another outlet's copy of the held-out article (most of its text), an exact copy of
    // 1.txt, a sport story that names no title, and a Jekyll post with its own date.
    writeFileSync(join(repo, "data", "3.txt"), `Bản tin khác\n${heldOut.split(". ").slice(2).join(". ")}`);
    writeFileSync(join(repo, "data", "4.txt"), kept);
    writeFileSync(join(repo, "data", "5.txt"), `Thể thao\n${other("bóng chuyền", 12)}`);
    writeFileSync(join(repo, "_posts", "2024-06-01-x.md"),
      `---\nlayout: post\ntitle: "x"\ndate: Sat, 01 Jun 2024 17:00:00 +0700\n---\n[Tiêu đề <b>bài</b>](https://example.com/a)\n\n![ảnh](https://example.com/a.jpg)\n\nNgày 1/6, Phó Chủ tịch UBND tỉnh Lai Châu Lò Thị Mây dự lễ khai mạc ...\n\nNgày 1/6, Phó Chủ tịch UBND tỉnh Lai Châu Lò Thị Mây dự lễ khai mạc hội chợ nông sản của tỉnh với nhiều gian hàng của các hợp tác xã, doanh nghiệp và hộ sản xuất đến từ các huyện vùng cao.\n`);
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "second", "--date", "2017-05-09T10:00:00+07:00");
    const exclude = join(work, "exclude.txt");
    writeFileSync(exclude, "# held out\ngithub:owner/news:data/2.txt\n");

    const run = (...args: string[]) => spawnSync(process.execPath, [script, join(repo, ".git"), ...args], { encoding: "utf8" });
    const r = run("--history-dates", "--dates-after", "2017-05-09", "--exclude", exclude, "--titles", join(root, "data", "titles.tsv"));
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; date?: string; text: string });
    expect(out.map((a) => a.id)).toEqual(["github:owner/news:_posts/2024-06-01-x.md", "github:owner/news:data/1.txt"]);
    // The post: its front matter's day; title link as text, no image, no HTML, the teaser dropped.
    expect(out[0]!.date).toBe("2024-06-01");
    expect(out[0]!.text).toBe("Tiêu đề bài\nNgày 1/6, Phó Chủ tịch UBND tỉnh Lai Châu Lò Thị Mây dự lễ khai mạc hội chợ nông sản của tỉnh với nhiều gian hàng của các hợp tác xã, doanh nghiệp và hộ sản xuất đến từ các huyện vùng cao.");
    // Added on 2017-05-08, before --dates-after: undated.
    expect(out[1]!.date).toBeUndefined();
    expect(out[1]!.text).toBe(kept);
    expect(r.stderr).toMatch(/near-duplicate\tgithub:owner\/news:data\/3\.txt\tgithub:owner\/news:data\/2\.txt\tjaccard /);
    expect(r.stderr).toMatch(/copy\tgithub:owner\/news:data\/4\.txt\tgithub:owner\/news:data\/1\.txt/);
    expect(r.stderr).toMatch(/2 articles written \(1 dated\); left out: 1 by path, 1 near-duplicates .*, 1 copies inside the crawl, 0 shorter than 200 characters, 1 without a title/);
    // Never the text of what it leaves out.
    expect(r.stderr).not.toContain("Hà Văn Khởi");

    // Without --titles and with --keep-copies: the sport story and the copy are kept; the later commit dates them.
    const all = run("--history-dates", "--exclude", exclude, "--keep-copies").stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; date?: string });
    expect(all.map((a) => [a.id.split(":").pop(), a.date ?? null])).toEqual([
      ["_posts/2024-06-01-x.md", "2024-06-01"], ["data/1.txt", "2017-05-08"], ["data/4.txt", "2017-05-09"], ["data/5.txt", "2017-05-09"],
    ]);
  }, 60000);
});
