"""Third pass (2026-12-03): XIII Central Committee tenures at the XIV Congress.

Closes the open CC tenures of members the news reports name as not re-elected on 2026-01-22,
closes the alternate tenures of XIII alternates the XIV list names as full members, and marks
every other open XIII-era CC tenure as unchecked at the congress. Also splits
person:le-van-dung (done by hand, recorded here). Writes facts/third-pass-2026-12.tsv rows.
Run from the repository root."""
import csv, sys

CONGRESS = "2026-01-22"
POLITBURO = "https://viettimes.vn/6-uy-vien-bo-chinh-tri-khoa-xiii-khong-tai-cu-ban-chap-hanh-trung-uong-khoa-moi-post194003.html (2026-01-22: 6 XIII Politburo members not re-elected to the XIV CC)"
GOVT = "https://viettimes.vn/13-thanh-vien-chinh-phu-khong-tai-cu-ban-chap-hanh-trung-uong-dang-khoa-xiv-post194007.html (2026-01-22: 13 government members not re-elected to the XIV CC)"
PM_PRES = "https://vnexpress.net/trung-uong-nghe-bao-cao-phuong-an-chuc-danh-lanh-dao-chu-chot-dang-nha-nuoc-5009159.html (2026-01-23: PM Phạm Minh Chính and President Lương Cường not in the XIV CC)"
KIENTHUC = "https://kienthuc.net.vn/16-chu-tich-ubnd-la-uy-vien-trung-uong-dang-khoa-xiv-post1601440.html (2026-01-25: 16 provincial chairs elected to the XIV CC, alternates marked)"
SHORT = {POLITBURO: "viettimes.vn post194003", GOVT: "viettimes.vn post194007", PM_PRES: "vnexpress.net 5009159", KIENTHUC: "kienthuc.net.vn post1601440"}

NOT_REELECTED = {  # person -> sources naming them as not re-elected
    "person:luong-cuong": [POLITBURO, PM_PRES], "person:pham-minh-chinh": [POLITBURO, GOVT, PM_PRES],
    "person:nguyen-hoa-binh": [POLITBURO, GOVT], "person:phan-dinh-trac": [POLITBURO],
    "person:nguyen-xuan-thang": [POLITBURO], "person:nguyen-van-nen": [POLITBURO],
    "person:tran-hong-ha": [GOVT], "person:le-thanh-long": [GOVT], "person:ho-duc-phoc": [GOVT],
    "person:bui-thanh-son": [GOVT], "person:nguyen-chi-dung": [GOVT], "person:mai-van-chinh": [GOVT],
    "person:nguyen-van-hung": [GOVT], "person:nguyen-manh-hung": [GOVT], "person:tran-van-son": [GOVT],
    "person:doan-hong-phong": [GOVT],
}
CC = {"title:uy-vien-trung-uong-dang", "title:uy-vien-du-khuyet-trung-uong-dang"}

def main():
    path = "data/tenures.tsv"
    lines = open(path, encoding="utf-8").read().split("\n")
    head = lines[0].split("\t")
    names = {r.split("\t")[0]: r.split("\t")[1] for r in open("data/people.tsv", encoding="utf-8").read().split("\n")[1:] if r}
    full_xiv = set()
    for l in lines[1:]:
        c = l.split("\t")
        if len(c) > 6 and c[2] == "title:uy-vien-trung-uong-dang" and c[5] == CONGRESS:
            full_xiv.add(c[0])
    facts = []
    for i, l in enumerate(lines):
        if i == 0 or not l: continue
        c = l.split("\t")
        r = dict(zip(head, c))
        if r["title"] not in CC or r["to"] or r["from"] >= CONGRESS: continue
        p = r["person"]
        if p in NOT_REELECTED:
            srcs = NOT_REELECTED[p]
            r["to"] = CONGRESS
            r["source"] = r["source"] + "; facts/third-pass-2026-12.tsv; " + ", ".join(SHORT[s] for s in srcs)
            note = "end = the XIV Congress's CC election (2026-01-22): not re-elected per the source"
            r["uncertain"] = (r["uncertain"] + "; " if r["uncertain"] else "") + note
            facts.append([p, names[p], r["post"], r["title"], r["body"], r["place"], r["from"], r["to"], "corrects open end; " + note, " ; ".join(srcs)])
        elif p in full_xiv and r["title"] == "title:uy-vien-du-khuyet-trung-uong-dang":
            r["to"] = CONGRESS
            r["source"] = r["source"] + "; facts/third-pass-2026-12.tsv; " + SHORT[KIENTHUC]
            note = "end = elected a full member of the XIV CC (2026-01-22)"
            r["uncertain"] = (r["uncertain"] + "; " if r["uncertain"] else "") + note
            facts.append([p, names[p], r["post"], r["title"], r["body"], r["place"], r["from"], r["to"], "corrects open end; " + note, KIENTHUC])
        elif p not in full_xiv:
            note = "whether re-elected at the XIV Congress (2026-01-22) not checked"
            if note not in r["uncertain"]:
                r["uncertain"] = (r["uncertain"] + "; " if r["uncertain"] else "") + note
        lines[i] = "\t".join(r[h] for h in head)
    open(path, "w", encoding="utf-8").write("\n".join(lines))
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for f in facts: w.writerow(f)

main()
