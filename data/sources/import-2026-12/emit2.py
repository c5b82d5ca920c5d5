import os as _os, sys as _sys
from pathlib import Path as _Path
# Run from anywhere: the data/ of this repository, and the scratch folder holding the inputs
# (IMPORT_WORK_DIR, default /tmp as when these one-off scripts were first run; see README.md).
_DATA = str(_Path(__file__).resolve().parents[2]) + '/'
_WORK = _os.environ.get('IMPORT_WORK_DIR', '/tmp').rstrip('/')
_HERE = _Path(__file__).resolve().parent
import json,re,collections
exec(open(_HERE / 'emit.py').read().split("byname=collections.defaultdict(list)")[0])
rows=json.load(open(_WORK + '/od/conv/cc.json'))
byname=collections.defaultdict(list)
for p in people: byname[p['name']].append(p)
ids={p['id'] for p in people}
mine=collections.defaultdict(list)
for t in ten: mine[t['person']].append(t)
groups=collections.defaultdict(list)
for t in ten:
    if t['title'] in single: groups[(t['title'],t['body'],t['place'])].append(t)
pid={}; newpeople=[]; out=[]; dropped=collections.Counter()
# term span of each listed member, to match an existing person of that name only when their known career touches the term
span={}
for r in rows:
    if r['title'] in ('title:uy-vien-trung-uong-dang','title:uy-vien-du-khuyet-trung-uong-dang'): span[(r['wiki'],r['name'])]=(r['frm'],r['to'])
for r in rows:
    k=(r['wiki'],r['name'])
    if k not in pid:
        ex=byname.get(r['name'],[])
        frm,to=span.get(k,(r['frm'],r['to']))
        term=dict(**{'from':frm},to=to)
        if len(ex)>1: pid[k]=None
        elif ex:
            pid[k]=ex[0]['id'] if any(overlap(t,term) for t in mine[ex[0]['id']]) else None
        else:
            i='person:'+slug(r['name'])
            if i in ids: pid[k]=None
            else:
                ids.add(i); pid[k]=i
                newpeople.append(dict(id=i,name=r['name'],aliases='',born='',source=f"vi.wikipedia.org/wiki/{r['wiki']} ({r['ds']})",uncertain=''))
    p=pid[k]
    if not p: dropped['namesake or no overlap']+=1; continue
    t=dict(person=p,post=r['post'],title=r['title'],body=r['body'],place=r['place'],**{'from':r['frm']},to=r['to'])
    if any(x['title']==t['title'] and x['body']==t['body'] and x['place']==t['place'] and overlap(x,t) for x in mine[p]): dropped['dup']+=1; continue
    kk=(t['title'],t['body'],t['place'])
    if t['title'] in single and any(overlap(x,t) for x in groups[kk]): dropped['conflict']+=1; continue
    unc=[]
    if r['title'] in ('title:uy-vien-trung-uong-dang','title:uy-vien-du-khuyet-trung-uong-dang'):
        unc.append('from/to = the term as the page gives it; mid-term departures not checked')
        if r['note']: unc.append(r['note'])
    else:
        unc.append('month or year only (list page)')
        if r['open']: unc.append('open end: in office per the page (about 2025-12); later changes not checked')
    t['uncertain']='; '.join(unc)
    t['source']=f"vi.wikipedia.org/wiki/{r['wiki']} ({r['raw']}; {r['ds']})"
    t['name']=r['name']
    out.append(t); mine[p].append(t)
    if t['title'] in single: groups[kk].append(t)
used={t['person'] for t in out}
newpeople=[p for p in newpeople if p['id'] in used]
print('tenures',len(out),'new people',len(newpeople),dict(dropped))
print(collections.Counter(t['title'] for t in out).most_common(10))
json.dump(dict(people=newpeople,tenures=out),open(_WORK + '/od/conv/emit2.json','w'),ensure_ascii=False)
