"""Third pass (2026-12-03): open tenures whose place ceased to exist (the 2025 mergers, Thừa Thiên
Huế -> Huế on 2025-01-01, Đồng Nai -> city on 2026-04-30) end on the unit's last day
(`valid_to` in data/places.tsv): the post in that unit ended then, whatever the holder did next.
Run from the repository root; appends to facts/third-pass-2026-12.tsv."""
def main():
    ends = {}
    for l in open("data/places.tsv", encoding="utf-8").read().split("\n")[1:]:
        c = l.split("\t")
        if len(c) > 7 and c[7]: ends[c[0]] = c[7]
    names = {l.split("\t")[0]: l.split("\t")[1] for l in open("data/people.tsv", encoding="utf-8").read().split("\n")[1:] if l}
    lines = open("data/tenures.tsv", encoding="utf-8").read().rstrip("\n").split("\n")
    facts = open("data/sources/facts/third-pass-2026-12.tsv", encoding="utf-8").read().rstrip("\n").split("\n")
    for i, l in enumerate(lines[1:], 1):
        c = l.split("\t")
        if c[6] or not c[4] or c[4] not in ends: continue
        c[6] = ends[c[4]]
        note = "end = the unit's last day (data/places.tsv valid_to); the source gives no end"
        c[8] = (c[8] + "; " if c[8] else "") + note
        lines[i] = "\t".join(c)
        facts.append("\t".join([c[0], names[c[0]], c[1], c[2], c[3], c[4], c[5], c[6], "corrects open end: " + note, "data/places.tsv (" + c[4] + ")"]))
    open("data/tenures.tsv", "w", encoding="utf-8").write("\n".join(lines) + "\n")
    open("data/sources/facts/third-pass-2026-12.tsv", "w", encoding="utf-8").write("\n".join(facts) + "\n")

main()
