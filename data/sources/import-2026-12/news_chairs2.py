import os as _os, sys as _sys
from pathlib import Path as _Path
# Run from anywhere: the data/ of this repository, and the scratch folder holding the inputs
# (IMPORT_WORK_DIR, default /tmp as when these one-off scripts were first run; see README.md).
_DATA = str(_Path(__file__).resolve().parents[2]) + '/'
_WORK = _os.environ.get('IMPORT_WORK_DIR', '/tmp').rstrip('/')
_HERE = _Path(__file__).resolve().parent
exec(open(_HERE / 'news_chairs.py').read().split('CT=\'title:chu-tich-ubnd\'; UB=\'tpl:ubnd\'')[0])
CT='title:chu-tich-ubnd'; UB='tpl:ubnd'; HD='title:chu-tich-hdnd'; HB='tpl:hdnd'
DB1=('baodauthau.vn post98578','https://baodauthau.vn/ong-le-thanh-do-duoc-bau-giu-chuc-chu-tich-ubnd-tinh-dien-bien-post98578.html (10 November, HĐND khóa XIV: Lê Thành Đô elected chairman of Điện Biên for 2016-2021, replacing Mùa A Sơn)')
DB2=('vietnamplus.vn post1077979','https://www.vietnamplus.vn/bau-chu-tich-uy-ban-nhan-dan-va-chu-tich-hoi-dong-nhan-dan-tinh-dien-bien-post1077979.vnp (2025-11-19: Lê Thành Đô relieved as UBND chairman and elected HĐND chairman; Lò Văn Phương relieved as HĐND chairman)')
DB3=('vietnamplus.vn 723359','https://www.vietnamplus.vn/ong-lo-van-phuong-duoc-bau-lam-chu-tich-hdnd-tinh-dien-bien/723359.vnp (29 June 2021: Lò Văn Phương elected HĐND chairman of Điện Biên, term 2021-2026)')
SL1=('vietnamplus.vn 574472','https://www.vietnamplus.vn/ong-hoang-quoc-khanh-duoc-bau-giu-chuc-chu-tich-ubnd-tinh-son-la/574472.vnp (12 June, HĐND khóa XIV 2016-2021: Hoàng Quốc Khánh elected chairman of Sơn La, Cầm Ngọc Minh retiring)')
SL2=('dantri.com.vn 20241107153228977','https://dantri.com.vn/xa-hoi/ong-nguyen-dinh-viet-lam-chu-tich-tinh-son-la-20241107153228977.htm (2024-11-07: Hoàng Quốc Khánh, Bí thư Tỉnh ủy, relieved; Nguyễn Đình Việt elected chairman of Sơn La)')
DN1=('znews.vn post1492706','https://znews.vn/ong-vo-tan-duc-lam-chu-tich-ubnd-tinh-dong-nai-post1492706.html (2024-08-19: Võ Tấn Đức elected chairman of Đồng Nai)')
DN2=('plo.vn post882026','https://plo.vn/ong-nguyen-van-ut-giu-chuc-chu-tich-ubnd-tinh-dong-nai-post882026.html (2025-11-18: Võ Tấn Đức relieved as chairman of Đồng Nai; Nguyễn Văn Út elected); also sggp.org.vn post824175, vtcnews.vn ar988064')
add('person:le-thanh-do','Chủ tịch UBND tỉnh Điện Biên',CT,UB,'tinh:dien-bien','2020-11-10','2025-11-19','year of the first election from his deputy-chair end (2020-11-10) in this table; the report gives 10 November',(f'{DB1[0]}; {DB2[0]}',DB1[1]+'; '+DB2[1]))
add('person:le-thanh-do','Chủ tịch HĐND tỉnh Điện Biên',HD,HB,'tinh:dien-bien','2025-11-19','','',DB2)
newperson('person:lo-van-phuong','Lò Văn Phương',DB3[0])
add('person:lo-van-phuong','Chủ tịch HĐND tỉnh Điện Biên',HD,HB,'tinh:dien-bien','2021-06-29','2025-11-19','',(f'{DB3[0]}; {DB2[0]}',DB3[1]+'; '+DB2[1]))
add('person:hoang-quoc-khanh','Chủ tịch UBND tỉnh Sơn La',CT,UB,'tinh:son-la','2019-06-12','2024-11-07','year 2019 from context (Cầm Ngọc Minh retired 2019-03-01 in this table; the report gives 12 June, HĐND 2016-2021)',(f'{SL1[0]}; {SL2[0]}',SL1[1]+'; '+SL2[1]))
r=find('person:nguyen-dinh-viet',CT,'tinh:son-la'); fix(r,'2024-11-07',None,'',SL2[1])
newperson('person:vo-tan-duc','Võ Tấn Đức',DN1[0])
add('person:vo-tan-duc','Chủ tịch UBND tỉnh Đồng Nai',CT,UB,'tinh:dong-nai','2024-08-19','2025-06-30','end = the pre-merger province\'s last day',DN1)
add('person:vo-tan-duc','Chủ tịch UBND tỉnh Đồng Nai',CT,UB,'tinh:dong-nai-2025','2025-07-01','2025-11-18','continued in the merged province: relieved 2025-11-18',(f'{DN2[0]}',DN2[1]))
r=find('person:nguyen-van-ut',CT,'tinh:dong-nai-2025'); fix(r,'2025-11-18',None,'',DN2[1])
open(W+'people.tsv','w',encoding='utf8').write('\n'.join(unicodedata.normalize('NFC',l) for l in ph)+'\n')
open(W+'tenures.tsv','w',encoding='utf8').write('\n'.join(['\t'.join(th)]+['\t'.join(unicodedata.normalize('NFC',r[c]) for c in th) for r in rows])+'\n')
open(W+'sources/facts/office-lists-2026-12.tsv','w',encoding='utf8').write('\n'.join(['\t'.join(fh)]+[unicodedata.normalize('NFC','\t'.join(f[c] for c in fh)) for f in facts])+'\n')
print('ok')
