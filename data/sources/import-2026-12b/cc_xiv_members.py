"""Third pass (2026-12-03): XIV Central Committee members named by news lists: the 19 XIV Politburo
members (18 named in the pages read), the ministers and the two Deputy Prime Ministers elected to
the XIV CC. A person with an open full-member CC tenure keeps it (its `uncertain` says re-elected,
with the page); a person without one gets a full-member tenure from 2026-01-22. Persons whose name
the data holds twice, or whose identity the data cannot confirm, are left out. Run once from the
repository root; appends to facts/third-pass-2026-12.tsv."""
CONGRESS = "2026-01-22"
PB = "https://thanhnien.vn/19-uy-vien-bo-chinh-tri-khoa-xiv-185260123091408924.htm (2026-01-23: the 19 XIV Politburo members, 10 re-elected, 9 first time; all members of the XIV CC); https://vnexpress.net/19-uy-vien-bo-chinh-tri-khoa-xiv-5009091.html"
MIN = "https://vietnamnet.vn/toan-canh-nhan-su-uy-vien-trung-uong-khoa-14-tai-cac-bo-nganh-2485863.html (2026-01-29: 12 ministers and heads of ministry-level bodies in the XIV CC)"
DPM = "https://dantri.com.vn/thoi-su/nhung-bo-truong-tai-cu-ban-chap-hanh-trung-uong-khoa-moi-20260119172657511.htm (2026-01-23: Deputy PMs Phạm Thị Thanh Trà and Hồ Quốc Dũng re-elected to the XIV CC)"
SHORT = {PB: "thanhnien.vn 185260123091408924, vnexpress.net 5009091", MIN: "vietnamnet.vn 2485863", DPM: "dantri.com.vn 20260119172657511"}
NAMES = [(n, PB) for n in ["Tô Lâm", "Trần Thanh Mẫn", "Trần Cẩm Tú", "Lê Minh Hưng", "Đỗ Văn Chiến", "Bùi Thị Minh Hoài", "Phan Văn Giang",
  "Lương Tam Quang", "Nguyễn Duy Ngọc", "Nguyễn Trọng Nghĩa", "Trịnh Văn Quyết", "Lê Hoài Trung", "Lê Minh Trí", "Trần Lưu Quang",
  "Phạm Gia Túc", "Trần Sỹ Thanh", "Nguyễn Thanh Nghị", "Trần Đức Thắng"]] + \
  [(n, MIN) for n in ["Đỗ Thanh Bình", "Nguyễn Kim Sơn", "Đào Hồng Lan", "Trần Hồng Minh", "Nguyễn Hải Ninh", "Nguyễn Văn Thắng", "Nguyễn Thị Hồng"]] + \
  [(n, DPM) for n in ["Phạm Thị Thanh Trà", "Hồ Quốc Dũng"]]
CC = "title:uy-vien-trung-uong-dang"

def main():
    people = [l.split("\t") for l in open("data/people.tsv", encoding="utf-8").read().rstrip("\n").split("\n")[1:]]
    byname = {}
    for c in people: byname.setdefault(c[1], []).append(c[0])
    lines = open("data/tenures.tsv", encoding="utf-8").read().rstrip("\n").split("\n")
    facts = open("data/sources/facts/third-pass-2026-12.tsv", encoding="utf-8").read().rstrip("\n").split("\n")
    for name, src in NAMES:
        ids = byname.get(name, [])
        if len(ids) != 1: print("skip", name, ids); continue
        pid = ids[0]
        open_full = [i for i, l in enumerate(lines) if l.split("\t")[0] == pid and l.split("\t")[2] == CC and l.split("\t")[6] == ""]
        has_xiv = any(l.split("\t")[0] == pid and l.split("\t")[2] == CC and l.split("\t")[5] == CONGRESS for l in lines)
        if has_xiv: continue
        if open_full:
            i = open_full[0]; c = lines[i].split("\t")
            note = "re-elected to the XIV CC (2026-01-22) per " + SHORT[src]
            c[8] = (c[8] + "; " if c[8] else "") + note
            c[8] = c[8].replace("; whether re-elected at the XIV Congress (2026-01-22) not checked", "")
            lines[i] = "\t".join(c)
            facts.append("\t".join([pid, name, "Ủy viên Trung ương Đảng", CC, "org:ban-chap-hanh-trung-uong", "", c[5], "", "corrects: " + note, src]))
        else:
            unc = "from = the XIV Congress's CC election; " + ("full or alternate not stated by the page, recorded as full" if src != PB else "a Politburo member is a full member") + "; in office as of the source"
            lines.append("\t".join([pid, "Ủy viên Trung ương Đảng", CC, "org:ban-chap-hanh-trung-uong", "", CONGRESS, "", "facts/third-pass-2026-12.tsv; " + SHORT[src], unc]))
            facts.append("\t".join([pid, name, "Ủy viên Trung ương Đảng", CC, "org:ban-chap-hanh-trung-uong", "", CONGRESS, "", unc, src]))
    open("data/tenures.tsv", "w", encoding="utf-8").write("\n".join(lines) + "\n")
    open("data/sources/facts/third-pass-2026-12.tsv", "w", encoding="utf-8").write("\n".join(facts) + "\n")

main()
