# Apply the office-list and news facts of 2026-12-03 (second data pass): new tenures, corrections of
import os as _os, sys as _sys
from pathlib import Path as _Path
# Run from anywhere: the data/ of this repository, and the scratch folder holding the inputs
# (IMPORT_WORK_DIR, default /tmp as when these one-off scripts were first run; see README.md).
_DATA = str(_Path(__file__).resolve().parents[2]) + '/'
_WORK = _os.environ.get('IMPORT_WORK_DIR', '/tmp').rstrip('/')
_HERE = _Path(__file__).resolve().parent
# existing rows, and the fact table data/sources/facts/office-lists-2026-12.tsv.
import csv,io,unicodedata
W=_DATA
CR='tnt305/tai_lieu_noi_bo@94c5034 src/etl/dataset/'
def wiki(title,h): return (f'vi.wikipedia.org/wiki/{title}', f'vi.wikipedia.org/wiki/{title} (copy crawled in {CR}{h}.md)')
KTNN=wiki('Kiểm_toán_Nhà_nước_(Việt_Nam)','c9627e54a52ad04e')
MTTQ=wiki('Chủ_tịch_Ủy_ban_Trung_ương_Mặt_trận_Tổ_quốc_Việt_Nam','c14dd01743936e9c')
TLD=wiki('Tổng_Liên_đoàn_Lao_động_Việt_Nam','a421d6a692b2e61b')
PN=wiki('Hội_Liên_hiệp_Phụ_nữ_Việt_Nam','44725f2570aed343')
ND=wiki('Hội_Nông_dân_Việt_Nam','617cc17597c0a480')
TCCT=wiki('Chủ_nhiệm_Tổng_cục_Chính_trị,_Quân_đội_nhân_dân_Việt_Nam','4bcdbd2d73e1a4c9')
TTMT=wiki('Tổng_tham_mưu_trưởng_Quân_đội_nhân_dân_Việt_Nam','92d6f3db28e75bc4')
PCTN=wiki('Phó_Chủ_tịch_nước_Cộng_hòa_xã_hội_chủ_nghĩa_Việt_Nam','b6018d47978ca78c')
BTHCM=wiki('Bí_thư_Thành_ủy_Thành_phố_Hồ_Chí_Minh','9603215d6211b064')
VN=('vietnamnet.vn 2454060','https://vietnamnet.vn/100-bi-thu-cap-tinh-khong-phai-nguoi-dia-phuong-nhieu-nguoi-chua-la-uy-vien-tu-2454060.html (2025-10-19: the 34 provincial secretaries of the 2025-2030 term)')
SOHA=('soha.vn 198251020101829742','https://soha.vn/14-bi-thu-tinh-uy-nhiem-ky-2025-2030-chua-la-uy-vien-trung-uong-dang-198251020101829742.htm (2025-10-20: secretaries in office by 2025-10-17)')
KT=('kienthuc.net.vn post1601440','https://kienthuc.net.vn/16-chu-tich-ubnd-la-uy-vien-trung-uong-dang-khoa-xiv-post1601440.html (2026-01-25: 16 provincial UBND chairs elected to the XIV Central Committee, 2 of them alternates)')
CC='title:uy-vien-trung-uong-dang'; CCA='title:uy-vien-du-khuyet-trung-uong-dang'; BCH='org:ban-chap-hanh-trung-uong'
new_people=[  # id, name, born, source
 ('person:do-binh-duong','Đỗ Bình Dương','',KTNN),
 ('person:pham-the-duyet','Phạm Thế Duyệt','1936',MTTQ),
 ('person:tran-phong','Trần Phong','',KT),
]
# new tenures: person, post, title, body, place, from, to, uncertain, src
add=[
 ('person:vuong-dinh-hue','Tổng Kiểm toán Nhà nước','title:tong-kiem-toan-nha-nuoc','org:kiem-toan-nha-nuoc','','2006-07-01','2011-08-02','',KTNN),
 ('person:do-binh-duong','Tổng Kiểm toán Nhà nước','title:tong-kiem-toan-nha-nuoc','org:kiem-toan-nha-nuoc','','2000-01-03','2006-06-30','',KTNN),
 ('person:pham-the-duyet','Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam','title:chu-tich-mttq','org:uy-ban-trung-uong-mttq','','1999-08-26','2008-01-09','',MTTQ),
 ('person:huynh-dam','Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam','title:chu-tich-mttq','org:uy-ban-trung-uong-mttq','','2008-01-09','2013-09-05','',MTTQ),
 ('person:bui-van-cuong','Chủ tịch Tổng Liên đoàn Lao động Việt Nam','title:chu-tich','org:tong-lien-doan-lao-dong-viet-nam','','2016-04-14','2019-07-28','',TLD),
 ('person:nguyen-thi-tuyen','Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam','title:chu-tich','org:hoi-lien-hiep-phu-nu-viet-nam','','2024-11-06','','open end: in office per the page (about 2025-12); later changes not checked',PN),
 ('person:truong-my-hoa','Phó Chủ tịch nước','title:pho-chu-tich-nuoc','','','2002-07-25','2007-07-25','',PCTN),
 ('person:vo-thi-anh-xuan','Phó Chủ tịch nước','title:pho-chu-tich-nuoc','','','2021-04-06','','open end: in office per the page (about 2025-12); later changes not checked',PCTN),
 ('person:nguyen-minh-triet','Bí thư Thành ủy Thành phố Hồ Chí Minh','title:bi-thu-thanh-uy','tpl:thanh-uy','tinh:ho-chi-minh','2000-01','2006-06-28','start month only (list page)',BTHCM),
 ('person:ho-van-nien','Bí thư Tỉnh ủy Quảng Ngãi','title:bi-thu-tinh-uy','tpl:tinh-uy','tinh:quang-ngai-2025','2025-10','','in office by 2025-10-17 per the source; start day not stated',VN),
 ('person:luong-nguyen-minh-triet','Bí thư Tỉnh ủy Đắk Lắk','title:bi-thu-tinh-uy','tpl:tinh-uy','tinh:dak-lak-2025','2025-10','','in office by 2025-10-17 per the source; start day not stated',SOHA),
 ('person:y-thanh-ha-nie-kdam','Bí thư Tỉnh ủy Lâm Đồng','title:bi-thu-tinh-uy','tpl:tinh-uy','tinh:lam-dong-2025','2025-10','','in office by 2025-10-17 per the source (the 2025-2030 term); start day not stated',VN),
 ('person:pham-quang-ngoc','Chủ tịch UBND tỉnh Hưng Yên','title:chu-tich-ubnd','tpl:ubnd','tinh:hung-yen-2025','2026-01','','in office by 2026-01-25 per the source; start not stated',KT),
 ('person:tran-huy-tuan','Chủ tịch UBND tỉnh Ninh Bình','title:chu-tich-ubnd','tpl:ubnd','tinh:ninh-binh-2025','2026-01','','in office by 2026-01-25 per the source; start not stated',KT),
 ('person:tran-phong','Chủ tịch UBND tỉnh Khánh Hòa','title:chu-tich-ubnd','tpl:ubnd','tinh:khanh-hoa-2025','2026-01','','in office by 2026-01-25 per the source; start not stated',KT),
]
full=['person:nguyen-hoai-anh','person:pham-duc-an','person:le-ngoc-chau','person:nguyen-van-duoc','person:nguyen-hoang-giang','person:ho-van-mung','person:ho-van-muoi','person:pham-quang-ngoc','person:tran-phong','person:vu-dai-thang','person:nguyen-khac-toan','person:pham-anh-tuan','person:tran-huy-tuan','person:vuong-quoc-tuan']
alt=['person:tran-duy-dong','person:le-hai-hoa']
for p in full: add.append((p,'Ủy viên Trung ương Đảng',CC,BCH,'','2026-01-22','','from = election at the XIV Congress (2026-01-22); in office per the source (2026-01-25)',KT))
for p in alt: add.append((p,'Ủy viên dự khuyết Trung ương Đảng',CCA,BCH,'','2026-01-22','','from = election at the XIV Congress (2026-01-22); in office per the source (2026-01-25)',KT))
# corrections of existing rows: (person, title, body, place, old from) -> new from/to, note, src
fix=[
 (('person:dang-ngoc-tung','title:chu-tich','org:tong-lien-doan-lao-dong-viet-nam',''),'2006-12-30','2016-04-14',TLD),
 (('person:nguyen-dinh-khang','title:chu-tich','org:tong-lien-doan-lao-dong-viet-nam',''),'2019-07-28',None,TLD),
 (('person:ha-thi-nga','title:chu-tich','org:hoi-lien-hiep-phu-nu-viet-nam',''),None,'2024-10-29',PN),
 (('person:nguyen-quoc-cuong','title:chu-tich','org:hoi-nong-dan-viet-nam',''),None,'2016-04-22',ND),
 (('person:luong-cuong','title:chu-nhiem-tong-cuc-chinh-tri','org:tong-cuc-chinh-tri-qdnd',''),'2016',None,TCCT),
 (('person:phan-van-giang','title:tong-tham-muu-truong','org:bo-tong-tham-muu',''),'2016-05-17','2021-05-31',TTMT),
 (('person:nguyen-tan-cuong','title:tong-tham-muu-truong','org:bo-tong-tham-muu',''),'2021-05-31',None,TTMT),
 (('person:nguyen-dinh-trung','title:bi-thu-tinh-uy','tpl:tinh-uy','tinh:dak-lak'),None,'2025-06-30',('places.tsv','tinh:dak-lak ends 2025-06-30 (merged into tinh:dak-lak-2025)')),
 (('person:y-thanh-ha-nie-kdam','title:bi-thu-tinh-uy','tpl:tinh-uy','tinh:lam-dong'),None,'2025-06-30',('places.tsv','tinh:lam-dong ends 2025-06-30 (merged into tinh:lam-dong-2025)')),
 (('person:pham-quang-ngoc','title:chu-tich-ubnd','tpl:ubnd','tinh:ninh-binh-2025'),None,'2026-01',KT),
 (('person:tran-huy-tuan','title:chu-tich-ubnd','tpl:ubnd','tinh:lao-cai-2025'),None,'2026-01',KT),
 (('person:nguyen-khac-than','title:chu-tich-ubnd','tpl:ubnd','tinh:hung-yen-2025'),None,'2026-01',KT),
]
FACT='facts/office-lists-2026-12.tsv'
ph=open(W+'people.tsv',encoding='utf8').read().rstrip('\n').split('\n'); hdr=ph[0].split('\t')
P={l.split('\t')[0]:l.split('\t') for l in ph[1:]}
names={k:v[1] for k,v in P.items()}
for i,n,b,src in new_people:
    assert i not in P, i
    ph.append('\t'.join([i,n,'',b,f'{FACT}; {src[0]}','']))
    names[i]=n
lines=open(W+'tenures.tsv',encoding='utf8').read().rstrip('\n').split('\n')
th=lines[0].split('\t'); rows=[dict(zip(th,l.split('\t'))) for l in lines[1:]]
facts=[]
def fact(r,unc,src): facts.append([r['person'],names[r['person']],r['post'],r['title'],r['body'],r['place'],r['from'],r['to'],unc,src])
for key,f,t,src in fix:
    m=[r for r in rows if (r['person'],r['title'],r['body'],r['place'])==key]
    assert len(m)==1,(key,len(m))
    r=m[0]; old=(r['from'],r['to'])
    if f is not None: r['from']=f
    if t is not None: r['to']=t
    note=f'corrects {old[0]}–{old[1] or "open"}'
    if src is KT: note+='; end not stated: by 2026-01-25 the source names another holder or post'; r['uncertain']=(r['uncertain']+'; ' if r['uncertain'] else '')+'end not stated: by 2026-01-25 another holder or post per kienthuc.net.vn post1601440'
    r['source']=r['source']+f'; {FACT}'
    fact(r,note,src[1])
for p,post,ti,bo,pl,f,t,unc,src in add:
    r=dict(person=p,post=post,title=ti,body=bo,place=pl,**{'from':f},to=t,source=f'{FACT}; {src[0]}',uncertain=unc)
    assert p in names,p
    rows.append(r); fact(r,unc,src[1])
open(W+'people.tsv','w',encoding='utf8').write('\n'.join(unicodedata.normalize('NFC',l) for l in ph)+'\n')
open(W+'tenures.tsv','w',encoding='utf8').write('\n'.join(['\t'.join(th)]+['\t'.join(r[c] for c in th) for r in rows])+'\n')
with open(W+'sources/facts/office-lists-2026-12.tsv','w',encoding='utf8') as fo:
    fo.write('person\tname\tpost\ttitle\tbody\tplace\tfrom\tto\tuncertain\tsource\n')
    for x in facts: fo.write(unicodedata.normalize('NFC','\t'.join(x))+'\n')
print(len(new_people),'people',len(add),'new tenures',len(fix),'corrections')
