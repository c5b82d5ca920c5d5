import os as _os, sys as _sys
from pathlib import Path as _Path
# Run from anywhere: the data/ of this repository, and the scratch folder holding the inputs
# (IMPORT_WORK_DIR, default /tmp as when these one-off scripts were first run; see README.md).
_DATA = str(_Path(__file__).resolve().parents[2]) + '/'
_WORK = _os.environ.get('IMPORT_WORK_DIR', '/tmp').rstrip('/')
_HERE = _Path(__file__).resolve().parent
import json,re,csv,sys,unicodedata
D=json.load(open(_WORK + '/od/pn/pd.json'))
W=_DATA
def tsv(name):
    lines=open(W+name,encoding='utf8').read().rstrip('\n').split('\n')
    h=lines[0].split('\t'); return [dict(zip(h,l.split('\t'))) for l in lines[1:]]
places=[r for r in tsv('places.tsv') if r['type'] in('province','centrally-run-city')]
bodies=tsv('bodies.tsv'); people=tsv('people.tsv')
def nfc(s): return unicodedata.normalize('NFC',s)
# tone-placement variants: fold oà/oá/... to compare names loosely
def key(s):
    s=nfc(s).lower()
    for a,b in [('òa','oà'),('óa','oá'),('ỏa','oả'),('õa','oã'),('ọa','oạ'),('òe','oè'),('óe','oé'),('ỏe','oẻ'),('õe','oẽ'),('ọe','oẹ'),('ùy','uỳ'),('úy','uý'),('ủy','uỷ'),('ũy','uỹ'),('ụy','uỵ')]:
        s=s.replace(a,b)
    return re.sub(r'\s+',' ',s.replace('–','-')).strip()
pl={}
for r in places:
    for n in [r['name']]+[a for a in r['aliases'].split('|') if a]:
        pl.setdefault(key(n),[]).append(r)
def place_on(name,d):
    c=pl.get(key(name),[]) or pl.get(key('Thành phố '+name),[])
    c=[r for r in c if (not r['valid_from'] or r['valid_from'][:len(d)]<=d) and (not r['valid_to'] or d<=r['valid_to'])]
    return c[0] if len(c)==1 else None
bd={}
for r in bodies:
    if r['type']!='ministry' and not r['id'].startswith('org:bo-'): continue
    for n in [r['name']]+[a for a in r['aliases'].split('|') if a]:
        bd.setdefault(key(n),[]).append(r)
def body_on(name,d):
    name=re.sub(r' Việt Nam$','',name.strip())
    c=bd.get(key(name),[])
    c=[r for r in c if (not r['valid_from'] or r['valid_from'][:len(d)]<=d) and (not r['valid_to'] or d<=r['valid_to'])]
    return c[0] if len(c)==1 else None
def clean(s):
    s=re.sub(r'\[\[(?:Tập tin|File|Hình|Image):[^\]]*\]\]','',s)
    s=re.sub(r'\[\[[^\]|]*\|([^\]]*)\]\]',r'\1',s)
    s=re.sub(r'\[\[([^\]]*)\]\]',r'\1',s)
    s=re.sub(r'<br\s*/?>',' ',s); s=re.sub(r'<ref[^>]*/>','',s); s=re.sub(r'<ref.*?</ref>','',s,flags=re.S)
    s=re.sub(r'\{\{[^}]*\}\}','',s); s=re.sub(r"'''?",'',s); s=re.sub(r'<[^>]+>','',s)
    s=re.sub(r'\d+px','',s)
    return re.sub(r'\s+',' ',s).strip()
def date(s):
    """-> (iso, open?) or None"""
    if s is None: return None
    raw=s
    m=re.search(r'\{\{\s*(?:ngày bắt đầu|start date|ngày|date|ngày tháng năm)[^|}]*\|\s*(\d{4})\s*\|\s*(\d{1,2})\s*(?:\|\s*(\d{1,2}))?',s,re.I)
    s2=clean(s)
    if re.match(r"^\W*(nay|đương nhiệm|hiện tại|đến nay|present|incumbent)",s2,re.I) and not re.search(r'\d{4}',s2.split('nay')[0] if 'nay' in s2 else ''): return ('',True)
    if m:
        y,mo,d=m.groups(); return (f"{y}-{int(mo):02d}"+(f"-{int(d):02d}" if d else ''),False)
    m=re.search(r'(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*(?:năm|,)?\s*(\d{4})',s2)
    if m: d,mo,y=m.groups(); return (f"{y}-{int(mo):02d}-{int(d):02d}",False)
    m=re.search(r'tháng\s*(\d{1,2})\s*(?:năm|,)?\s*(\d{4})',s2)
    if m: mo,y=m.groups(); return (f"{y}-{int(mo):02d}",False)
    m=re.search(r'\b(\d{1,2})/(\d{1,2})/(\d{4})\b',s2)
    if m: d,mo,y=m.groups(); return (f"{y}-{int(mo):02d}-{int(d):02d}",False)
    m=re.search(r'\b(\d{1,2})/(\d{4})\b',s2)
    if m: mo,y=m.groups(); return (f"{y}-{int(mo):02d}",False)
    m=re.fullmatch(r'(?:năm\s*)?(\d{4})',s2)
    if m: return (m.group(1),False)
    if re.search(r'\bnay\b',s2,re.I) and not re.search(r'\d{4}',s2): return ('',True)
    return None
def valid(iso):
    p=iso.split('-')
    if len(p)>1 and not 1<=int(p[1])<=12: return False
    if len(p)>2 and not 1<=int(p[2])<=31: return False
    return True
PROV=r'(?:tỉnh|Tỉnh|thành phố|Thành phố|TP\.?)\s+'
CITY=set(['Hà Nội','Hồ Chí Minh','Thành phố Hồ Chí Minh','Hải Phòng','Đà Nẵng','Cần Thơ','Huế'])
def mapoffice(o,d):
    """-> (post,title,body,place) or None"""
    o=o.strip(' ,.;:')
    m=re.fullmatch(r'Ủy viên (dự khuyết )?(?:Ban Chấp hành )?Trung ương Đảng(?: Cộng sản Việt Nam)? (?:khóa|khoá) ([XVI]+(?:\s*,\s*[XVI]+)*(?:\s*(?:và|-|–)\s*[XVI]+)*)',o,re.I)
    if m:
        if m.group(1): return ('Ủy viên dự khuyết Trung ương Đảng','title:uy-vien-du-khuyet-trung-uong-dang','org:ban-chap-hanh-trung-uong','')
        return ('Ủy viên Trung ương Đảng','title:uy-vien-trung-uong-dang','org:ban-chap-hanh-trung-uong','')
    m=re.fullmatch(r'Đại biểu Quốc hội(?: Việt Nam)?(?: khóa| khoá)? ?([XVI]+|\d+)(?:\s*[,-–]\s*([XVI]+|\d+))*(?: .*)?',o)
    if m: return ('Đại biểu Quốc hội','title:dai-bieu-quoc-hoi','org:quoc-hoi','')
    m=re.fullmatch(r'(Bộ trưởng|Thứ trưởng(?: Thường trực)?) (Bộ [^,()]+)',o)
    if m:
        b=body_on(m.group(2),d)
        if not b: return None
        t='title:bo-truong' if m.group(1)=='Bộ trưởng' else 'title:thu-truong'
        return (f"{m.group(1)} {b['name']}",t,b['id'],'')
    m=re.fullmatch(r'(Chủ tịch|Phó Chủ tịch) (Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND) '+PROV+r'([^,()]+)',o)
    if m:
        p=place_on(m.group(3),d)
        if not p: return None
        ub=m.group(2) in('Ủy ban nhân dân','Uỷ ban nhân dân','UBND')
        t={('Chủ tịch',True):'title:chu-tich-ubnd',('Phó Chủ tịch',True):'title:pho-chu-tich-ubnd',('Chủ tịch',False):'title:chu-tich-hdnd',('Phó Chủ tịch',False):'title:pho-chu-tich-hdnd'}[(m.group(1),ub)]
        kind='tỉnh' if p['type']=='province' else 'thành phố'
        return (f"{m.group(1)} {'UBND' if ub else 'HĐND'} {kind} {p['name']}",t,'tpl:ubnd' if ub else 'tpl:hdnd',p['id'])
    m=re.fullmatch(r'(Bí thư|Phó Bí thư|Phó Bí thư Thường trực) (Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ) (?:'+PROV+r')?([^,()]+)',o)
    if m:
        p=place_on(m.group(3),d)
        if not p: return None
        tinh = p['type']=='province'
        if tinh != m.group(2).startswith('Tỉnh'): return None
        base={'Bí thư':'bi-thu','Phó Bí thư':'pho-bi-thu','Phó Bí thư Thường trực':'pho-bi-thu-thuong-truc'}[m.group(1)]
        t=f"title:{base}-{'tinh' if tinh else 'thanh'}-uy"
        return (f"{m.group(1)} {'Tỉnh ủy' if tinh else 'Thành ủy'} {p['name']}",t,'tpl:tinh-uy' if tinh else 'tpl:thanh-uy',p['id'])
    m=re.fullmatch(r'Giám đốc Công an '+PROV+r'([^,()]+)',o)
    if m:
        p=place_on(m.group(1),d)
        if not p: return None
        return (f"Giám đốc Công an {'tỉnh' if p['type']=='province' else 'thành phố'} {p['name']}",'title:giam-doc-cong-an','tpl:cong-an',p['id'])
    if o in('Phó Thủ tướng Chính phủ','Phó Thủ tướng','Phó Thủ tướng Chính phủ Việt Nam','Phó Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam'):
        return ('Phó Thủ tướng Chính phủ','title:pho-thu-tuong','org:chinh-phu','')
    if o in('Phó Chủ tịch Quốc hội','Phó Chủ tịch Quốc hội Việt Nam'):
        return ('Phó Chủ tịch Quốc hội','title:pho-chu-tich-quoc-hoi','org:quoc-hoi','')
    return None

titles=tsv('titles.tsv')
allbodies={}
for r in bodies:
    for n in [r['name']]+[a for a in r['aliases'].split('|') if a and a not in r['ambiguous_aliases'].split('|')]:
        allbodies.setdefault(key(n),[]).append(r)
def anybody_on(name,d):
    c=allbodies.get(key(name),[]) or allbodies.get(key(re.sub(r' Việt Nam$','',name)),[])
    c=[r for r in c if (not r['valid_from'] or r['valid_from'][:len(d)]<=d) and (not r['valid_to'] or d<=r['valid_to'])]
    return c[0] if len(c)==1 else None
tnames=[]
for t in titles:
    amb=set(t['ambiguous_aliases'].split('|'))
    for n in [t['name']]+[a for a in t['aliases'].split('|') if a and a not in amb]:
        tnames.append((n,t))
tnames.sort(key=lambda x:-len(x[0]))
def generic(o,d):
    o2=re.sub(r' (?:khóa|khoá) [XVI]+(?:\s*,\s*[XVI]+)*$','',o)
    for n,t in tnames:
        kinds=t['body_kind'].split('|') if t['body_kind'] else []
        if key(o2)==key(n) or key(o2)==key(n+' Việt Nam'):
            fixed=[k for k in kinds if k.startswith('org:')]
            if len(kinds)==1 and len(fixed)==1: return (t['name'],t['id'],fixed[0],'')
            return None
        if key(o2).startswith(key(n)+' '):
            rest=o2[len(n)+1:]
            b=anybody_on(rest,d) or (anybody_on('Ban '+rest,d) if t['id'] in ('title:truong-ban','title:pho-truong-ban') else None)
            if b and (b['type'] in kinds or b['id'] in kinds):
                return ((t['name']+' '+b['name'][4:]) if t['name'].endswith(' Ban') and b['name'].startswith('Ban ') else (t['name']+' '+b['name']),t['id'],b['id'],'')
            return None
    return None
out=[]; unmapped={}
for p in D:
    ib=p.get('infobox',{}); title=p['title']
    name=clean(ib.get('name','') or '') or re.sub(r'\s*\(.*\)$','',title)
    name=re.sub(r'\s*\(.*\)$','',name)
    name=re.sub(r'^(?:(?:Tiến sĩ|Thạc sĩ|Thạc Sĩ|Giáo sư|Phó Giáo sư|GS\.?|PGS\.?|TS\.?|ThS\.?|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Chuẩn Đô đốc|Phó Đô đốc|Đô đốc)\s+)+','',name).strip()
    if not re.fullmatch(r'[^\W\d_]+(?: [^\W\d_]+){1,5}',name): continue
    born=''
    bm=re.search(r'\{\{[^|}]*(?:sinh|birth)[^|}]*\|\s*(\d{4})\s*\|\s*(\d{1,2})\s*\|\s*(\d{1,2})',ib.get('birth_date',''),re.I)
    if bm: born=f"{bm.group(1)}-{int(bm.group(2)):02d}-{int(bm.group(3)):02d}"
    for k,v in ib.items():
        m=re.fullmatch(r'office(\d*)',k)
        if not m: continue
        i=m.group(1)
        office=clean(v)
        # infobox office cells often hold two posts ("Bí thư Tỉnh ủy X Chủ tịch HĐND tỉnh X"): only whole-cell matches are taken
        s=date(ib.get('term_start'+i)); e=date(ib.get('term_end'+i))
        if not s or s[1] or not s[0] or not valid(s[0]): unmapped.setdefault('nodate',[]).append(office); continue
        if not e or not valid(e[0] or '2000'): unmapped.setdefault('noend',[]).append(office); continue
        frm=s[0]; to=e[0]
        if to and to<'2006': continue
        if to and to<frm: continue
        mp=mapoffice(office,frm) or generic(office.strip(' ,.;:'),frm)
        if not mp: unmapped.setdefault('office',[]).append(office); continue
        out.append(dict(wiki=title,name=name,born=born,post=mp[0],title=mp[1],body=mp[2],place=mp[3],frm=frm,to=to,open=e[1],raw=office,rs=clean(ib.get('term_start'+i,'')),re_=clean(ib.get('term_end'+i,''))))
json.dump(out,open(_WORK + '/od/conv/rows.json','w'),ensure_ascii=False,indent=0)
import collections
print(len(out), collections.Counter(r['title'] for r in out).most_common())
for k,v in unmapped.items(): print(k,len(v))
c=collections.Counter(unmapped['office'])
for o,n in c.most_common(40): print(n,o)
