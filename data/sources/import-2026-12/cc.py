import os as _os, sys as _sys
from pathlib import Path as _Path
# Run from anywhere: the data/ of this repository, and the scratch folder holding the inputs
# (IMPORT_WORK_DIR, default /tmp as when these one-off scripts were first run; see README.md).
_DATA = str(_Path(__file__).resolve().parents[2]) + '/'
_WORK = _os.environ.get('IMPORT_WORK_DIR', '/tmp').rstrip('/')
_HERE = _Path(__file__).resolve().parent
import re,json,sys
sys.argv=['x']
exec(open(_HERE / 'convert.py').read().split('out=[]; unmapped={}')[0])
DS='tnt305/tai_lieu_noi_bo@94c5034 src/etl/dataset/'
PAGES=[('0a8563e9477f3593','X','2006-04-25','2011-01-19','Ban_Chấp_hành_Trung_ương_Đảng_Cộng_sản_Việt_Nam_khóa_X',''),
       ('41f6cd45360ce42c','XI','2011-01-18','2016-01-26','Ban_Chấp_hành_Trung_ương_Đảng_Cộng_sản_Việt_Nam_khóa_XI',''),
       ('4db516ef744502e8','XIII','2021-01-30','2026-01','Ban_Chấp_hành_Trung_ương_Đảng_Cộng_sản_Việt_Nam_khóa_XIII','end = XIV Congress (January 2026; facts/top-leaders.tsv), day not checked')]
RANK=r'^(?:(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|GS\.?|PGS\.?|TS\.?|GS\.TS\.?|PGS\.TS\.?)\s+)+'
out=[]
for f,k,frm,to,page,note in PAGES:
    L=open(f'{_WORK}/od/wiki/src/etl/dataset/{f}.md',encoding='utf8').read().split('\n')
    sec=None; cur=None
    for l in L:
        if l.startswith('## '):
            h=l.lower()
            sec='full' if ('chính thức' in h and 'ủy viên' in h) else 'alt' if 'dự khuyết' in h else None
            cur=None; continue
        if not sec: continue
        m=re.match(r'^\|\s*(\d+)\s*\|\s*([^|]+?)\s*(?:\|(.*))?$',l)
        if m:
            nm=re.sub(r'\s*\(.*?\)\s*$','',m.group(2)).strip(); nm=re.sub(RANK,'',nm).strip()
            nm=re.sub(r'\[\d+\]','',nm).strip()
            if not re.fullmatch(r'[^\W\d_]+(?: [^\W\d_]+){1,5}',nm): cur=None; continue
            cur=nm
            title=('title:uy-vien-trung-uong-dang','Ủy viên Trung ương Đảng') if sec=='full' else ('title:uy-vien-du-khuyet-trung-uong-dang','Ủy viên dự khuyết Trung ương Đảng')
            out.append(dict(wiki=page,name=nm,born='',post=title[1],title=title[0],body='org:ban-chap-hanh-trung-uong',place='',frm=frm,to=to,open=False,raw=f'{title[1]} khóa {k} ({"chính thức" if sec=="full" else "dự khuyết"} list, row {m.group(1)})',rs=frm,re_=to or 'nay',note=note,ds=DS+f+'.md'))
            rest=m.group(3) or ''
        else:
            rest=l if cur else ''
        # "| <post> | M/YYYY-M/YYYY |" cells of the positions held during the term
        for pm in re.finditer(r'([^|]+?)\s*\|\s*((?:\d{1,2}/)?\d{4})\s*[-–]\s*((?:\d{1,2}/)?\d{4}|nay)\b',rest):
            post=re.sub(r'\[\d+\]','',pm.group(1)).strip(' |')
            def iso(x):
                if x=='nay': return ''
                p=x.split('/'); return f'{p[1]}-{int(p[0]):02d}' if len(p)==2 else p[0]
            a=iso(pm.group(2)); b=iso(pm.group(3))
            if not a or (b and b<a): continue
            mp=mapoffice(post,a) or generic(post,a)
            if mp and cur:
                out.append(dict(wiki=page,name=cur,born='',post=mp[0],title=mp[1],body=mp[2],place=mp[3],frm=a,to=b,open=(b==''),raw=f'{post} ({pm.group(2)}-{pm.group(3)}, positions held during term {k})',rs=pm.group(2),re_=pm.group(3),note='',ds=DS+f+'.md'))
import collections
print(len(out),collections.Counter((r['title']) for r in out).most_common(12))
json.dump(out,open(_WORK + '/od/conv/cc.json','w'),ensure_ascii=False)
