# News-sourced corrections and additions for provincial chairs 2016-2025 (second data pass, 2026-12-03)
import os as _os, sys as _sys
from pathlib import Path as _Path
# Run from anywhere: the data/ of this repository, and the scratch folder holding the inputs
# (IMPORT_WORK_DIR, default /tmp as when these one-off scripts were first run; see README.md).
_DATA = str(_Path(__file__).resolve().parents[2]) + '/'
_WORK = _os.environ.get('IMPORT_WORK_DIR', '/tmp').rstrip('/')
_HERE = _Path(__file__).resolve().parent
import csv,re,unicodedata,collections
W=_DATA
FACT='facts/office-lists-2026-12.tsv'
ph=open(W+'people.tsv',encoding='utf8').read().rstrip('\n').split('\n')
P={l.split('\t')[0]:l.split('\t') for l in ph[1:]}
names={k:v[1] for k,v in P.items()}
lines=open(W+'tenures.tsv',encoding='utf8').read().rstrip('\n').split('\n')
th=lines[0].split('\t'); rows=[dict(zip(th,l.split('\t'))) for l in lines[1:]]
fl=open(W+'sources/facts/office-lists-2026-12.tsv',encoding='utf8').read().rstrip('\n').split('\n')
fh=fl[0].split('\t'); facts=[dict(zip(fh,l.split('\t'))) for l in fl[1:]]
def fact(r,unc,src): facts.append(dict(person=r['person'],name=names[r['person']],post=r['post'],title=r['title'],body=r['body'],place=r['place'],**{'from':r['from']},to=r['to'],uncertain=unc,source=src))
def find(person,title,place,frm=None):
    m=[r for r in rows if r['person']==person and r['title']==title and r['place']==place and (frm is None or r['from']==frm)]
    assert len(m)==1,(person,title,place,frm,len(m)); return m[0]
def fix(r,frm,to,why,src):
    old=(r['from'],r['to'])
    if frm is not None: r['from']=frm
    if to is not None: r['to']=to
    r['uncertain']=why; r['source']=re.sub(r'; '+re.escape(FACT)+'.*$','',r['source'])+f'; {FACT}'
    fact(r,f'corrects {old[0]}–{old[1] or "open"}; {why}' if why else f'corrects {old[0]}–{old[1] or "open"}',src)
def newperson(pid,name,src):
    assert pid not in P,pid
    P[pid]=[pid,name,'','',f'{FACT}; {src}','']; names[pid]=name; ph.append('\t'.join(P[pid]))
def add(person,post,title,body,place,frm,to,unc,src):
    r=dict(person=person,post=post,title=title,body=body,place=place,**{'from':frm},to=to,source=f'{FACT}; {src[0]}',uncertain=unc)
    rows.append(r); fact(r,unc,src[1])
KT=('kienthuc.net.vn post1586277','https://kienthuc.net.vn/ong-vo-trong-hai-giu-chuc-chu-tich-ubnd-tinh-nghe-an-post1586277.html (2025-11-18: Võ Trọng Hải elected chairman of Nghệ An; Lê Hồng Vinh relieved, moving to other work)')
NLD=('nld.com.vn 196250103155017628','https://nld.com.vn/nghe-an-co-tan-chu-tich-ubnd-tinh-196250103155017628.htm (2025-01-03: Lê Hồng Vinh elected chairman of Nghệ An, succeeding Nguyễn Đức Trung); also danviet.vn 202501031518159, 24h.com.vn c46a1631623')
TN=('thanhnien.vn 1197582','https://thanhnien.vn/thoi-su/ong-nguyen-duc-trung-giu-chuc-chu-tich-ubnd-tinh-nghe-an-1197582.html (18 March: Nguyễn Đức Trung, then Deputy Minister of Planning and Investment, elected chairman of Nghệ An, term 2016-2021)')
VNP=('vietnamplus.vn post1079211','https://www.vietnamplus.vn/phe-chuan-ket-qua-bau-mien-nhiem-nhan-su-2-tinh-dien-bien-tay-ninh-post1079211.vnp (2025-11-25: Lê Văn Lương chairman of Lai Châu 7/2023-11/2025, elected chairman of Điện Biên 2025-11-19)')
HG1=('vietnamplus.vn 393495','https://www.vietnamplus.vn/ong-thao-hong-son-trung-cu-chu-tich-hdnd-tinh-ha-giang-khoa-xvii/393495.vnp (2016: Nguyễn Văn Sơn, chairman of Hà Giang in the 2011-2016 term, re-elected for 2016-2021); congluan.vn post140904 (2021-06-25: re-elected for 2021-2026)')
HG2=('vnexpress.net 4833633','https://vnexpress.net/dai-ta-phan-huy-ngoc-lam-chu-tich-tinh-ha-giang-4833633.html (2024-12-30: Phan Huy Ngọc elected chairman of Hà Giang; Nguyễn Văn Sơn retired early in December 2024)')
TH=('vietnamplus.vn post723107','https://vietnamplus.vn/infographics-ong-do-minh-tuan-giu-chuc-chu-tich-ubnd-tinh-thanh-hoa-post723107.amp (2021-06-28: Đỗ Minh Tuấn, chairman in the 2016-2021 term, re-elected); thanhnien.vn 185250917152318218 (2025-09-17: Nguyễn Hoài Anh elected chairman, replacing Đỗ Minh Tuấn)')
BD=('kiemsat.vn 61843','https://kiemsat.vn/print/61843.html (2021-07-06: Võ Văn Minh elected chairman of Bình Dương for 2021-2026); kinhtedothi.vn (same session)')
CT='title:chu-tich-ubnd'; UB='tpl:ubnd'
# Nghệ An: the province page was stale; the news dates the 2025 changes
r=find('person:le-hong-vinh',CT,'tinh:nghe-an','2025-12'); fix(r,'2025-01-03','2025-11-18','',NLD[1]+'; '+KT[1]); r['source']=f'{FACT}; {NLD[0]}; {KT[0]}'
r=find('person:vo-trong-hai',CT,'tinh:nghe-an'); fix(r,'2025-11-18','','',KT[1])
r=find('person:nguyen-duc-trung',CT,'tinh:nghe-an') if any(x['person']=='person:nguyen-duc-trung' and x['title']==CT and x['place']=='tinh:nghe-an' for x in rows) else None
if r is None: add('person:nguyen-duc-trung','Chủ tịch UBND tỉnh Nghệ An',CT,UB,'tinh:nghe-an','2020-03','2025-01-03','day 18 March per the source, whose excerpt does not print the year; 2020 from his career (Deputy Minister until 2020-02-27)',(f'{TN[0]}; {NLD[0]}',TN[1]+'; '+NLD[1]))
r=find('person:nguyen-xuan-duong',CT,'tinh:nghe-an'); fix(r,None,'2018-10','end = his last day as Phó Bí thư Tỉnh ủy (2018-10-01, Wikipedia infobox); the former end (2021, from memory) overlapped Nguyễn Đức Trung, elected in March 2020',TN[1])
# Lê Hồng Vinh cannot have chaired Quảng Trị before leaving Nghệ An (2025-11-18)
old=find('person:le-hong-vinh',CT,'tinh:quang-tri'); rows.remove(old)
fact(dict(old,to=old['to']),'removed: contradicted by the Nghệ An reports (chairman of Nghệ An 2025-01-03..2025-11-18)',NLD[1]+'; '+KT[1])
r=find('person:le-hong-vinh',CT,'tinh:quang-tri-2025'); fix(r,'2025-11',None,'start = after leaving Nghệ An on 2025-11-18; the day is not stated',KT[1])
# Lai Châu / Điện Biên
add('person:le-van-luong','Chủ tịch UBND tỉnh Lai Châu',CT,UB,'tinh:lai-chau','2023-07','2025-11','month only (source: 7/2023-11/2025)',VNP)
r=find('person:le-van-luong',CT,'tinh:dien-bien'); fix(r,'2025-11-19',None,'',VNP[1])
# Hà Giang: Nguyễn Văn Sơn of Hà Giang is not the Tuyên Quang chairman of that name
newperson('person:nguyen-van-son-2','Nguyễn Văn Sơn',HG1[0])
add('person:nguyen-van-son-2','Chủ tịch UBND tỉnh Hà Giang',CT,UB,'tinh:ha-giang','2016-06-29','2024-12','from = his re-election for 2016-2021 (the session of 2016-06-29); chairman already in the 2011-2016 term, start not stated; end: retired early December 2024',(f'{HG1[0]}; {HG2[0]}',HG1[1]+'; '+HG2[1]))
r=find('person:phan-huy-ngoc',CT,'tinh:ha-giang'); fix(r,'2024-12-30',None,'',HG2[1])
# Thanh Hóa
newperson('person:do-minh-tuan','Đỗ Minh Tuấn',TH[0])
add('person:do-minh-tuan','Chủ tịch UBND tỉnh Thanh Hóa',CT,UB,'tinh:thanh-hoa','2021-06-28','2025-09-17','from = his re-election for 2021-2026; chairman already in the 2016-2021 term, start not stated',TH)
# Bình Dương
add('person:vo-van-minh','Chủ tịch UBND tỉnh Bình Dương',CT,UB,'tinh:binh-duong','2021-07-06','2025-06-30','end = the province\'s last day (merged into Thành phố Hồ Chí Minh); not stated by the source',BD)
open(W+'people.tsv','w',encoding='utf8').write('\n'.join(unicodedata.normalize('NFC',l) for l in ph)+'\n')
open(W+'tenures.tsv','w',encoding='utf8').write('\n'.join(['\t'.join(th)]+['\t'.join(unicodedata.normalize('NFC',r[c]) for c in th) for r in rows])+'\n')
open(W+'sources/facts/office-lists-2026-12.tsv','w',encoding='utf8').write('\n'.join(['\t'.join(fh)]+[unicodedata.normalize('NFC','\t'.join(f[c] for c in fh)) for f in facts])+'\n')
print('ok')
