"""Third pass (2026-12-03): Vietnamese ambassadors 2006-2026 from the Vietnamese Wikipedia infoboxes
parsed in datmieu204/political-net (commit 368ab41, data/processed/infobox/politicians_data.json;
MIT, text CC BY-SA 4.0): the office cells `Đại sứ (đặc mệnh toàn quyền) Việt Nam tại <country>`
with a dated start (cells naming no country, an international organisation, or a term before 2006
are left out). `title:dai-su` with the country as the place. A person already in the data is joined
when the infobox is of the same article; a namesake gets `-2`. Run once from the repository root."""
INF = "facts/vi-wikipedia-infoboxes.tsv; "
OPEN = "open end: in office per the Wikipedia infobox as of its dump (about 2025-11); later changes not checked"
# person id, name, article, cell, place, from, to, uncertain
ROWS = [
 ("person:dang-minh-khoi", "Đặng Minh Khôi", "Đặng_Minh_Khôi", "Đại sứ Việt Nam tại Trung Quốc", "nuoc:trung-quoc", "2015-10", "2019-09", "month only"),
 ("person:dang-minh-khoi", "Đặng Minh Khôi", "Đặng_Minh_Khôi", "Đại sứ Việt Nam tại Nga", "nuoc:nga", "2021-06", "", "month only; " + OPEN),
 ("person:nguyen-quoc-dung", "Nguyễn Quốc Dũng", "Nguyễn_Quốc_Dũng_(nhà_ngoại_giao)", "Đại sứ Việt Nam tại Hoa Kỳ", "nuoc:hoa-ky", "2022-02-16", "", OPEN),
 ("person:ha-kim-ngoc", "Hà Kim Ngọc", "Hà_Kim_Ngọc", "Đại sứ Việt Nam tại Hoa Kỳ", "nuoc:hoa-ky", "2018-07-15", "2022-02-08", "appointed 2018-03, term from 2018-07-15 per the infobox"),
 ("person:pham-quang-vinh", "Phạm Quang Vinh", "Phạm_Quang_Vinh_(đại_sứ)", "Đại sứ Việt Nam tại Hoa Kỳ", "nuoc:hoa-ky", "2014-11", "2018-06-30", "appointed 2014-07, term from 2014-11 per the infobox (month only)"),
 ("person:ngo-duc-manh", "Ngô Đức Mạnh", "Ngô_Đức_Mạnh", "Đại sứ Việt Nam tại Liên bang Nga", "nuoc:nga", "2018-03-18", "2021-04-08", ""),
 ("person:nguyen-thanh-son-2", "Nguyễn Thanh Sơn", "Nguyễn_Thanh_Sơn_(nhà_ngoại_giao)", "Đại sứ đặc mệnh toàn quyền Việt Nam tại Liên bang Nga", "nuoc:nga", "2014", "2018", "years only; the diplomat, not person:nguyen-thanh-son (Kiên Giang)"),
]

def main():
    people = open("data/people.tsv", encoding="utf-8").read().rstrip("\n").split("\n")
    ids = {l.split("\t")[0] for l in people}
    tenures = open("data/tenures.tsv", encoding="utf-8").read().rstrip("\n").split("\n")
    facts = open("data/sources/facts/third-pass-2026-12.tsv", encoding="utf-8").read().rstrip("\n").split("\n")
    for pid, name, art, cell, place, frm, to, unc in ROWS:
        page = "vi.wikipedia.org/wiki/" + art
        if pid not in ids:
            ids.add(pid)
            people.append("\t".join([pid, name, "", "", INF + page, "namesake of person:nguyen-thanh-son" if pid.endswith("-2") else ""]))
        tenures.append("\t".join([pid, cell, "title:dai-su", "", place, frm, to, INF + page, unc]))
        facts.append("\t".join([pid, name, cell, "title:dai-su", "", place, frm, to, unc, page + " (infobox: " + cell + "); datmieu204/political-net@368ab41 data/processed/infobox/politicians_data.json"]))
    open("data/people.tsv", "w", encoding="utf-8").write("\n".join(people) + "\n")
    open("data/tenures.tsv", "w", encoding="utf-8").write("\n".join(tenures) + "\n")
    open("data/sources/facts/third-pass-2026-12.tsv", "w", encoding="utf-8").write("\n".join(facts) + "\n")

main()
