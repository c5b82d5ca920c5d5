import os as _os, sys as _sys
from pathlib import Path as _Path
# Run from anywhere: the data/ of this repository, and the scratch folder holding the inputs
# (IMPORT_WORK_DIR, default /tmp as when these one-off scripts were first run; see README.md).
_DATA = str(_Path(__file__).resolve().parents[2]) + '/'
_WORK = _os.environ.get('IMPORT_WORK_DIR', '/tmp').rstrip('/')
_HERE = _Path(__file__).resolve().parent
import json,re,unicodedata,calendar,collections
W=_DATA
SRC_DS='datmieu204/political-net@368ab41 data/processed/infobox/politicians_data.json'
rows=json.load(open(_WORK + '/off/rows2.json'))
def tsv(name):
    lines=open(W+name,encoding='utf8').read().rstrip('\n').split('\n')
    h=lines[0].split('\t'); return h,[dict(zip(h,l.split('\t'))) for l in lines[1:]]
th,titles=tsv('titles.tsv'); single={t['id'] for t in titles if t['single_holder']=='yes'}
ph,people=tsv('people.tsv'); eh,ten=tsv('tenures.tsv')
def slug(s):
    s=unicodedata.normalize('NFD',s.replace('đ','d').replace('Đ','D'))
    s=''.join(c for c in s if unicodedata.category(c)!='Mn').lower()
    return re.sub(r'[^a-z0-9]+','-',s).strip('-')
def lo(d):
    p=d.split('-'); return '-'.join([p[0],p[1] if len(p)>1 else '01',p[2] if len(p)>2 else '01'])
def hi(d):
    p=d.split('-'); y=int(p[0]); m=int(p[1]) if len(p)>1 else 12
    return '-'.join([p[0],f'{m:02d}',p[2] if len(p)>2 else f'{calendar.monthrange(y,m)[1]:02d}'])
def overlap(a,b):
    if lo(a['from'])>lo(b['from']): a,b=b,a
    return (not a['to']) or hi(b['from'])<lo(a['to'])
byname=collections.defaultdict(list)
for p in people: byname[p['name']].append(p)
ids={p['id'] for p in people}
# wiki pages sharing a display name are namesakes
wcount=collections.Counter((r['name'],r['wiki']) for r in rows)
pages_per_name=collections.defaultdict(set)
for r in rows: pages_per_name[r['name']].add(r['wiki'])
pid={}; newpeople=[]
for r in rows:
    w=r['wiki']
    if w in pid: continue
    ex=byname.get(r['name'],[])
    if len(pages_per_name[r['name']])>1 or len(ex)>1:
        pid[w]=None; continue   # namesakes: the name alone cannot tell which person a mention means
    if ex:
        e=ex[0]
        if e['born'] and r['born'] and e['born'][:4]!=r['born'][:4]: pid[w]=None; continue
        pid[w]=e['id']; continue
    i='person:'+slug(r['name'])
    if i in ids: pid[w]=None; continue
    ids.add(i); pid[w]=i
    newpeople.append(dict(id=i,name=r['name'],aliases='',born=r['born'],source=f"vi.wikipedia.org/wiki/{w.replace(' ','_')} (infobox; {SRC_DS})",uncertain=''))
groups=collections.defaultdict(list)
for t in ten:
    if t['title'] in single: groups[(t['title'],t['body'],t['place'])].append(t)
mine=collections.defaultdict(list)
for t in ten: mine[t['person']].append(t)
out=[]; dropped=collections.Counter()
for r in rows:
    p=pid.get(r['wiki'])
    if not p: dropped['namesake']+=1; continue
    t=dict(person=p,post=r['post'],title=r['title'],body=r['body'],place=r['place'],**{'from':r['frm']},to=r['to'])
    if any(x['title']==t['title'] and x['body']==t['body'] and x['place']==t['place'] and overlap(x,t) for x in mine[p]): dropped['dup']+=1; continue
    k=(t['title'],t['body'],t['place'])
    if t['title'] in single and any(overlap(x,t) for x in groups[k]): dropped['conflict']+=1; continue
    unc=[]
    if r.get('two'): unc.append('infobox cell names two posts; the dates are the cell\'s')
    if r['open']: unc.append('open end: in office per the Wikipedia infobox as of its dump (about 2025-11); later changes not checked')
    if len(r['frm'])<10 or (r['to'] and len(r['to'])<10): unc.append('infobox gives month or year only')
    t['uncertain']='; '.join(unc)
    t['source']=f"vi.wikipedia.org/wiki/{r['wiki'].replace(' ','_')} (infobox: {r['raw']}, {r['rs']} – {r['re_']}; {SRC_DS})"
    t['name']=r['name']
    out.append(t); mine[p].append(t)
    if t['title'] in single: groups[k].append(t)
used={t['person'] for t in out}
newpeople=[p for p in newpeople if p['id'] in used]
print('tenures',len(out),'new people',len(newpeople),'reused people',len({t['person'] for t in out}-{p['id'] for p in newpeople}),dict(dropped))
print(collections.Counter(t['title'] for t in out).most_common())
json.dump(dict(people=newpeople,tenures=out),open(_WORK + '/off/emit3.json','w'),ensure_ascii=False)
