// The HOLDS miss report of benchmarks/dev-eval.mjs --misses: each missed or spurious pair gets the
// cause that lost it, on a gold text with invented names and a system output built by hand.
import { describe, expect, it } from "vitest";
import { parseMarkup } from "../../benchmarks/gold.mjs";
import { countCauses, formatHoldsMiss, holdsMisses } from "../../benchmarks/holds-misses.mjs";

const markup =
  "{{PERSON#p1|Lò Văn Xiển}}, {{ROLE@p1|Bí thư Tỉnh ủy {{LOC|Vĩnh Khê}}}}, gặp {{ROLE@p2|Giám đốc Sở Tài chính}} {{PERSON#p2|Khổng Viết Thuận}}. " +
  "{{ROLE@p3|Chủ tịch UBND tỉnh}} {{PERSON#p3|Đinh Quang Khải}} và {{PERSON#p4|Hà Thị Mơ}} ({{ROLE@p4|Phó Chủ tịch}}) dự. {{ROLE@p5|Trưởng ban}} {{PERSON#p5|Vi Văn Tám}} về. {{ROLE|Thủ tướng}} chỉ đạo.";
const doc = { id: "t1", date: null, ...parseMarkup(markup) };
const at = (s: string, from = 0) => ({ start: doc.text.indexOf(s, from), end: doc.text.indexOf(s, from) + s.length });
const ent = (type: string, s: string, name?: string) => ({ type, ...at(s), ...(name ? { name } : {}) });

// The system finds p1 and its role but does not link them; finds only part of p2's role; misses
// p3's role; names p4 by a short form; finds no p5; gives `Thủ tướng` (no holder) to p1.
const entities = [
  ent("PERSON", "Lò Văn Xiển"), ent("ROLE", "Bí thư Tỉnh ủy Vĩnh Khê"),
  ent("ROLE", "Giám đốc Sở"), ent("PERSON", "Khổng Viết Thuận"),
  ent("PERSON", "Đinh Quang Khải"),
  ent("PERSON", "Mơ", "Mơ"), ent("ROLE", "Phó Chủ tịch"),
  ent("ROLE", "Trưởng ban"),
  ent("ROLE", "Thủ tướng"),
];
// `Hà Thị Mơ` found as `Mơ` from its last syllable: the mention overlaps the gold one.
entities[5] = { type: "PERSON", start: doc.text.indexOf("Hà Thị Mơ") + 7, end: doc.text.indexOf("Hà Thị Mơ") + 9, name: "Mơ" };
const relations = [
  { type: "HOLDS", person: 3, role: 2, rule: "holds/role-before" },
  { type: "HOLDS", person: 5, role: 6, rule: "holds/apposition" },
  { type: "HOLDS", person: 0, role: 8, rule: "holds/pronoun" },
];
const sys = new Map([["t1", { id: "t1", entities, relations }]]);

describe("HOLDS misses and their causes", () => {
  const misses = holdsMisses([doc], sys);
  const missed = (who: string) => misses.find((m) => m.kind === "missed" && m.person.name === who);

  it("says why each gold pair was missed", () => {
    expect(missed("Lò Văn Xiển")).toMatchObject({ cause: "not linked", role: { text: "Bí thư Tỉnh ủy Vĩnh Khê", ...at("Bí thư Tỉnh ủy Vĩnh Khê") }, detail: "the role has no holder" });
    expect(missed("Khổng Viết Thuận")).toMatchObject({ cause: "role span differs", detail: expect.stringContaining('"Giám đốc Sở"') });
    expect(missed("Đinh Quang Khải")).toMatchObject({ cause: "role not found", person: at("Đinh Quang Khải") });
    expect(missed("Hà Thị Mơ")).toMatchObject({ cause: "person name differs", detail: expect.stringContaining('"Mơ"') });
    expect(missed("Vi Văn Tám")).toMatchObject({ cause: "person not found" });
  });

  it("says why each system pair is spurious", () => {
    const spurious = misses.filter((m) => m.kind === "spurious");
    expect(spurious.map((m) => [m.person.name, m.role.text, m.cause])).toEqual([
      ["Khổng Viết Thuận", "Giám đốc Sở", "role not in gold"],
      ["Mơ", "Phó Chủ tịch", "person name differs"],
      ["Lò Văn Xiển", "Thủ tướng", "role has no holder"],
    ]);
    expect(spurious[2]!.rule).toBe("holds/pronoun");
  });

  it("counts the causes and prints one line per miss with spans", () => {
    expect(countCauses(misses)).toEqual({
      missed: { "not linked": 1, "role span differs": 1, "role not found": 1, "person name differs": 1, "person not found": 1 },
      spurious: { "role not in gold": 1, "person name differs": 1, "role has no holder": 1 },
    });
    const line = formatHoldsMiss(missed("Lò Văn Xiển")!);
    const { start, end } = at("Bí thư Tỉnh ủy Vĩnh Khê");
    expect(line).toBe(`t1 HOLDS missed "Lò Văn Xiển" @0-11 -> "Bí thư Tỉnh ủy Vĩnh Khê" @${start}-${end}: not linked (the role has no holder)`);
  });

  it("reports nothing when the system has every gold pair and no other", () => {
    const perfect = [...doc.entities.filter((e) => e.type === "PERSON" || e.type === "ROLE")];
    const rels = perfect.flatMap((r, k) => r.type !== "ROLE" ? [] : r.holders.map((h) => ({ type: "HOLDS", person: perfect.findIndex((p) => p.person === h), role: k })));
    expect(holdsMisses([doc], new Map([["t1", { entities: perfect, relations: rels }]]))).toEqual([]);
  });
});
