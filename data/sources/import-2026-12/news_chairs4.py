import os as _os, sys as _sys
from pathlib import Path as _Path
# Run from anywhere: the data/ of this repository, and the scratch folder holding the inputs
# (IMPORT_WORK_DIR, default /tmp as when these one-off scripts were first run; see README.md).
_DATA = str(_Path(__file__).resolve().parents[2]) + '/'
_WORK = _os.environ.get('IMPORT_WORK_DIR', '/tmp').rstrip('/')
_HERE = _Path(__file__).resolve().parent
exec(open(_HERE / 'news_chairs.py').read().split('CT=\'title:chu-tich-ubnd\'; UB=\'tpl:ubnd\'')[0])
BT='title:bi-thu-tinh-uy'; TU='tpl:tinh-uy'
DB1=('nguoinghe.vn a249332','https://nguoinghe.vn/chan-dung-tan-bi-thu-tinh-uy-dien-bien-tran-quoc-cuong-a249332.html (Decision 688-QĐNS/TW of 2022-11-15: Trần Quốc Cường, Deputy Head of the Central Internal Affairs Commission, made Bí thư Tỉnh ủy Điện Biên 2020-2025, handed over 2022-11-16)')
DB2=('thanhnien.vn 18525101617514406','https://thanhnien.vn/ong-tran-tien-dung-lam-bi-thu-tinh-uy-dien-bien-18525101617514406.htm (2025-10-16: Trần Tiến Dũng elected Bí thư Tỉnh ủy Điện Biên, term XV; Mùa A Vảng, Chủ tịch Ủy ban MTTQ tỉnh, elected deputy secretary); also nghean24h.vn a763440')
add('person:tran-quoc-cuong','Bí thư Tỉnh ủy Điện Biên',BT,TU,'tinh:dien-bien','2022-11-15','2025-10-16','end = his successor\'s election at the 2025-10-16 conference; not stated as his own end',(f'{DB1[0]}; {DB2[0]}',DB1[1]+'; '+DB2[1]))
r=find('person:tran-tien-dung',BT,'tinh:dien-bien'); fix(r,'2025-10-16',None,'',DB2[1])
add('person:mua-a-vang','Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Điện Biên','title:chu-tich','tpl:uy-ban-mttq','tinh:dien-bien','2025-10','','in office on 2025-10-16 per the source; start and end not stated',DB2)
open(W+'people.tsv','w',encoding='utf8').write('\n'.join(unicodedata.normalize('NFC',l) for l in ph)+'\n')
open(W+'tenures.tsv','w',encoding='utf8').write('\n'.join(['\t'.join(th)]+['\t'.join(unicodedata.normalize('NFC',r[c]) for c in th) for r in rows])+'\n')
open(W+'sources/facts/office-lists-2026-12.tsv','w',encoding='utf8').write('\n'.join(['\t'.join(fh)]+[unicodedata.normalize('NFC','\t'.join(f[c] for c in fh)) for f in facts])+'\n')
print('ok')
