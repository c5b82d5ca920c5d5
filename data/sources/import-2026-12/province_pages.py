import os as _os, sys as _sys
from pathlib import Path as _Path
# Run from anywhere: the data/ of this repository, and the scratch folder holding the inputs
# (IMPORT_WORK_DIR, default /tmp as when these one-off scripts were first run; see README.md).
_DATA = str(_Path(__file__).resolve().parents[2]) + '/'
_WORK = _os.environ.get('IMPORT_WORK_DIR', '/tmp').rstrip('/')
_HERE = _Path(__file__).resolve().parent
import csv,re,json,collections
W=_DATA; D=_WORK + '/od/wiki/src/etl/dataset/'
P={r['id']:r for r in csv.DictReader(open(W+'people.tsv'),delimiter='\t')}
byname=collections.defaultdict(list)
for r in P.values(): byname[r['name']].append(r['id'])
T=list(csv.DictReader(open(W+'tenures.tsv'),delimiter='\t'))
PL=[r for r in csv.DictReader(open(W+'places.tsv'),delimiter='\t') if r['type'] in('province','centrally-run-city')]
def place(name):
    c=[r for r in PL if (r['name']==name or name in r['aliases'].split('|') or r['name']=='Thành phố '+name) and (not r['valid_from'] or r['valid_from']<='2025-12') and (not r['valid_to'] or r['valid_to']>='2025-12')]
    return c[0] if len(c)==1 else None
pages=[l.rstrip('\n').split('\t') for l in open(_WORK + '/od/wiki-titles.tsv',encoding='utf8')]
want=set('Huế|Quảng Ninh|Lâm Đồng|Lai Châu|Vĩnh Long|Bắc Ninh|Quảng Trị|Tuyên Quang|Đồng Tháp|Thái Nguyên|Phú Thọ|Quảng Ngãi|Đắk Lắk|An Giang|Tây Ninh|Gia Lai|Thành phố Hồ Chí Minh|Đà Nẵng|Hải Phòng|Hà Nội|Đồng Nai|Hà Tĩnh|Lạng Sơn|Cà Mau|Khánh Hòa|Nghệ An|Cần Thơ|Hưng Yên|Cao Bằng|Thanh Hóa|Sơn La|Ninh Bình|Lào Cai|Điện Biên'.split('|'))
POST={'Bí thư Tỉnh ủy':'title:bi-thu-tinh-uy','Bí thư Thành ủy':'title:bi-thu-thanh-uy','Chủ tịch UBND':'title:chu-tich-ubnd','Chủ tịch HĐND':'title:chu-tich-hdnd','Chủ tịch UBMTTQ':'title:chu-tich'}
def lo(d): return d+'-01'*(3-len(d.split('-'))) if d else '0000'
def covers(t,day='2025-12-15'):
    return lo(t['from'])<=day and (not t['to'] or t['to']>=day[:len(t['to'])])
out=[]; seen=set()
for f,t in pages:
    if not t.startswith('# ') or t[2:] not in want or t[2:] in seen: continue
    seen.add(t[2:]); p=place(t[2:])
    txt=open(D+f,encoding='utf8').read()
    for m in re.finditer(r'^\| (Bí thư Tỉnh ủy|Bí thư Thành ủy|Chủ tịch UBND|Chủ tịch HĐND|Chủ tịch UBMTTQ) \| ([^|]+?) \|',txt,re.M):
        post,name=m[1],re.sub(r'\[\d+\]','',m[2]).strip()
        title=POST[post]; body={'Chủ tịch UBMTTQ':'tpl:uy-ban-mttq','Chủ tịch UBND':'tpl:ubnd','Chủ tịch HĐND':'tpl:hdnd'}.get(post,'tpl:tinh-uy' if 'Tỉnh' in post else 'tpl:thanh-uy')
        cov=[x for x in T if x['place']==p['id'] and x['title']==title and x['body']==body and covers(x)]
        ids=byname.get(name,[])
        same=[x for x in cov if x['person'] in ids]
        status='ok' if same else ('other:'+','.join(P[x['person']]['name']+' '+x['from']+'-'+x['to'] for x in cov) if cov else 'none')
        out.append(dict(page=t[2:],hash=f[:-3],place=p['id'],post=post,title=title,body=body,name=name,ids=ids,status=status))
for o in out:
    if o['status']!='ok': print(o['place'],o['post'],o['name'],o['ids'],o['status'])
print(collections.Counter(o['status'][:5] for o in out))
json.dump(out,open(_WORK + '/off/prov.json','w'),ensure_ascii=False)
