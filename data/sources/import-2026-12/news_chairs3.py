import os as _os, sys as _sys
from pathlib import Path as _Path
# Run from anywhere: the data/ of this repository, and the scratch folder holding the inputs
# (IMPORT_WORK_DIR, default /tmp as when these one-off scripts were first run; see README.md).
_DATA = str(_Path(__file__).resolve().parents[2]) + '/'
_WORK = _os.environ.get('IMPORT_WORK_DIR', '/tmp').rstrip('/')
_HERE = _Path(__file__).resolve().parent
exec(open(_HERE / 'news_chairs.py').read().split('CT=\'title:chu-tich-ubnd\'; UB=\'tpl:ubnd\'')[0])
CT='title:chu-tich-ubnd'; UB='tpl:ubnd'
QN=('giaoducthoidai.vn post688478','http://xosothudu.com/thu-tuong-chinh-phu-phe-chuan-nhan-su-chu-tich-ubnd-tinh-quang-nam-19824070318261002.htm (2024-06-21: Lê Văn Dũng, Phó Bí thư Thường trực Tỉnh ủy, elected chairman of Quảng Nam; approved by Decision 585/QĐ-TTg effective 2024-07-03); giaoducthoidai.vn post688478 (same session)')
AG=('plo.vn 836253','https://plo.vn/thoi-su/tan-chu-tich-an-giang-la-tien-si-giao-duc-hoc-836253.html (27 May 2019: Nguyễn Thanh Bình, acting chairman since 2019-04-11, elected chairman of An Giang replacing Vương Bình Thạnh); znews.vn post1448744 (still chairman in December 2023)')
QG1=('plo.vn 938442','https://plo.vn/thoi-su/quang-ngai-co-tan-chu-tich-tinh-938442.html (15 September, HĐND khóa XII 2016-2021: Đặng Văn Minh elected chairman of Quảng Ngãi); nhandan.vn post651957 (2021-06-24: re-elected for 2021-2026)')
QG2=('doanhnghiephoinhap.vn (tag page)','https://doanhnghiephoinhap.vn/tag/pho-bi-thu-tinh-uy-11801 (2024-08-02: Nguyễn Hoàng Giang elected chairman of Quảng Ngãi)')
add('person:le-van-dung','Chủ tịch UBND tỉnh Quảng Nam',CT,UB,'tinh:quang-nam','2024-06-21','2025-06-30','end = the province\'s last day (merged into Đà Nẵng); not stated',QN)
newperson('person:nguyen-thanh-binh-2','Nguyễn Thanh Bình',AG[0])
add('person:nguyen-thanh-binh-2','Chủ tịch UBND tỉnh An Giang',CT,UB,'tinh:an-giang','2019-05-27','2024-09-12','end = the next chairman\'s start in this table (Hồ Văn Mừng, 2024-09-12); not stated',AG)
newperson('person:dang-van-minh','Đặng Văn Minh',QG1[0])
add('person:dang-van-minh','Chủ tịch UBND tỉnh Quảng Ngãi',CT,UB,'tinh:quang-ngai','2020-09-15','2024-08-02','year 2020 from context (HĐND 2016-2021, after his election as Phó Bí thư for 2015-2020 on 11 September); end = successor\'s election',(f'{QG1[0]}; {QG2[0]}',QG1[1]+'; '+QG2[1]))
add('person:nguyen-hoang-giang','Chủ tịch UBND tỉnh Quảng Ngãi',CT,UB,'tinh:quang-ngai','2024-08-02','2025-06-30','end = the pre-merger province\'s last day',QG2)
open(W+'people.tsv','w',encoding='utf8').write('\n'.join(unicodedata.normalize('NFC',l) for l in ph)+'\n')
open(W+'tenures.tsv','w',encoding='utf8').write('\n'.join(['\t'.join(th)]+['\t'.join(unicodedata.normalize('NFC',r[c]) for c in th) for r in rows])+'\n')
open(W+'sources/facts/office-lists-2026-12.tsv','w',encoding='utf8').write('\n'.join(['\t'.join(fh)]+[unicodedata.normalize('NFC','\t'.join(f[c] for c in fh)) for f in facts])+'\n')
print('ok')
