import os as _os, sys as _sys
from pathlib import Path as _Path
# Run from anywhere: the data/ of this repository, and the scratch folder holding the inputs
# (IMPORT_WORK_DIR, default /tmp as when these one-off scripts were first run; see README.md).
_DATA = str(_Path(__file__).resolve().parents[2]) + '/'
_WORK = _os.environ.get('IMPORT_WORK_DIR', '/tmp').rstrip('/')
_HERE = _Path(__file__).resolve().parent
import csv,json,re,unicodedata,collections
W=_DATA
CR='tnt305/tai_lieu_noi_bo@94c5034 src/etl/dataset/'
FACT='facts/office-lists-2026-12.tsv'
out=json.load(open(_WORK + '/off/prov.json'))
ph=open(W+'people.tsv',encoding='utf8').read().rstrip('\n').split('\n')
P={l.split('\t')[0]:l.split('\t') for l in ph[1:]}
names={k:v[1] for k,v in P.items()}
byname=collections.defaultdict(list)
for k,v in P.items(): byname[v[1]].append(k)
lines=open(W+'tenures.tsv',encoding='utf8').read().rstrip('\n').split('\n')
th=lines[0].split('\t'); rows=[dict(zip(th,l.split('\t'))) for l in lines[1:]]
facts=[l.rstrip('\n').split('\t') for l in open(W+'sources/facts/office-lists-2026-12.tsv',encoding='utf8')][1:]
def slug(s):
    s=unicodedata.normalize('NFD',s.replace('đ','d').replace('Đ','D'))
    s=''.join(c for c in s if unicodedata.category(c)!='Mn').lower()
    return re.sub(r'[^a-z0-9]+','-',s).strip('-')
def fact(r,unc,src): facts.append([r['person'],names[r['person']],r['post'],r['title'],r['body'],r['place'],r['from'],r['to'],unc,src])
PL={r['id']:r for r in csv.DictReader(open(W+'places.tsv'),delimiter='\t')}
def postname(title,place):
    p=PL[place]; kind='thành phố' if p['type']=='centrally-run-city' else 'tỉnh'
    n=re.sub(r'^Thành phố ','',p['name'])
    return {'title:bi-thu-tinh-uy':f'Bí thư Tỉnh ủy {n}','title:bi-thu-thanh-uy':f'Bí thư Thành ủy {n}','title:chu-tich-ubnd':f'Chủ tịch UBND {kind} {n}','title:chu-tich-hdnd':f'Chủ tịch HĐND {kind} {n}','title:chu-tich':f'Chủ tịch Ủy ban MTTQ Việt Nam {kind} {n}'}[title]
VNX=('vnexpress.net 4945469','https://vnexpress.net/bi-thu-ninh-binh-phu-tho-hoan-doi-vi-tri-4945469.html (2025-09-30: the Politburo moves Trương Quốc Huy from Ninh Bình to Phú Thọ and Đặng Xuân Phong from Phú Thọ to Ninh Bình)')
def close(person,title,place,to,src,why):
    m=[r for r in rows if r['person']==person and r['title']==title and r['place']==place and not r['to']]
    assert len(m)==1,(person,title,place,len(m))
    r=m[0]; old=r['to']; r['to']=to
    r['uncertain']=(r['uncertain']+'; ' if r['uncertain'] else '')+why
    r['source']+=f'; {FACT}'
    fact(r,f'corrects open end; {why}',src[1])
def add(person,title,body,place,frm,unc,src):
    r=dict(person=person,post=postname(title,place),title=title,body=body,place=place,**{'from':frm},to='',source=f'{FACT}; {src[0]}',uncertain=unc)
    rows.append(r); fact(r,unc,src[1])
# 1. the 2025-09-30 swap of Phú Thọ and Ninh Bình secretaries
close('person:dang-xuan-phong','title:bi-thu-tinh-uy','tinh:phu-tho-2025','2025-09-30',VNX,'moved to Ninh Bình 2025-09-30 (vnexpress.net 4945469)')
close('person:truong-quoc-huy','title:bi-thu-tinh-uy','tinh:ninh-binh-2025','2025-09-30',VNX,'moved to Phú Thọ 2025-09-30 (vnexpress.net 4945469)')
add('person:truong-quoc-huy','title:bi-thu-tinh-uy','tpl:tinh-uy','tinh:phu-tho-2025','2025-09-30','',VNX)
add('person:dang-xuan-phong','title:bi-thu-tinh-uy','tpl:tinh-uy','tinh:ninh-binh-2025','2025-09-30','decision of 2025-09-30, handed over at the Ninh Bình congress 2025-10-01',VNX)
# my earlier kienthuc rows: the province pages show the change by about 2025-12
for r in rows:
    if FACT in r['source'] and 'kienthuc.net.vn post1601440' in r['source'] and r['title']=='title:chu-tich-ubnd':
        if r['from']=='2026-01': r['from']='2025-12'; r['uncertain']='in office per kienthuc.net.vn post1601440 (2026-01-25) and the vi.wikipedia province page (crawled about 2025-12); start not stated'
        if r['to']=='2026-01': r['to']='2025-12'
for f in facts:
    if 'kienthuc.net.vn/16-chu-tich' in f[9] and f[3]=='title:chu-tich-ubnd':
        if f[6]=='2026-01': f[6]='2025-12'
        if f[7]=='2026-01': f[7]='2025-12'
# 2. current holders named by the province pages
added=0; newp=0; skipped=[]
def lo(d): return d+'-01'*(3-len(d.split('-'))) if d else '0000'
for o in out:
    if o['status']=='ok' or '(' in o['name']: continue
    src=(f"vi.wikipedia.org/wiki/{o['page'].replace(' ','_')}",f"vi.wikipedia.org/wiki/{o['page'].replace(' ','_')} (infobox: {o['post']} {o['name']}; copy crawled about 2025-12 in {CR}{o['hash']}.md)")
    ids=byname.get(o['name'],[])
    local=[i for i in ids if any(r['person']==i and r['place']==o['place'] or (r['person']==i and r['place'] and PL[r['place']]['successors'] and o['place'] in PL[r['place']]['successors'].split('|')) for r in rows)]
    if len(local)==1: pid=local[0]
    elif len(local)>1: skipped.append((o['name'],'two local')); continue
    elif ids:
        k=2
        while f"person:{slug(o['name'])}-{k}" in P: k+=1
        pid=f"person:{slug(o['name'])}-{k}"
    else:
        pid='person:'+slug(o['name'])
        if pid in P: skipped.append((o['name'],'slug taken')); continue
    if pid not in P:
        P[pid]=[pid,o['name'],'','',f'{FACT}; {src[0]}','']; names[pid]=o['name']; byname[o['name']].append(pid)
        ph.append('\t'.join(P[pid])); newp+=1
    cov=[r for r in rows if r['place']==o['place'] and r['title']==o['title'] and r['body']==o['body'] and lo(r['from'])<='2025-12-15' and (not r['to'] or r['to']>='2025-12')]
    if any(r['person']==pid for r in cov): continue
    for r in cov:
        if r['to']=='' and lo(r['from'])<'2025-12-01':
            close(r['person'],r['title'],r['place'],'2025-12',src,f"end not stated: by about 2025-12 the vi.wikipedia page of {o['page']} names {o['name']}")
        else: skipped.append((o['name'],'cover '+r['person'])); break
    else:
        add(pid,o['title'],o['body'],o['place'],'2025-12','in office per the vi.wikipedia province page (copy crawled about 2025-12); start not stated',src); added+=1
open(W+'people.tsv','w',encoding='utf8').write('\n'.join(unicodedata.normalize('NFC',l) for l in ph)+'\n')
open(W+'tenures.tsv','w',encoding='utf8').write('\n'.join(['\t'.join(th)]+['\t'.join(unicodedata.normalize('NFC',r[c]) for c in th) for r in rows])+'\n')
with open(W+'sources/facts/office-lists-2026-12.tsv','w',encoding='utf8') as fo:
    fo.write('person\tname\tpost\ttitle\tbody\tplace\tfrom\tto\tuncertain\tsource\n')
    for x in facts: fo.write(unicodedata.normalize('NFC','\t'.join(x))+'\n')
print('added',added,'new people',newp,'skipped',skipped)
