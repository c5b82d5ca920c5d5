#!/usr/bin/env python3
"""Coverage pass (2026-12-03): fill the posts benchmarks/coverage.mjs lists as empty from the
Vietnamese Wikipedia infoboxes parsed in datmieu204/political-net.

    python3 data/sources/import-2026-12c/infobox_coverage.py PATH/TO/politicians_data.json [--write]

PATH is `data/processed/infobox/politicians_data.json` of datmieu204/political-net at commit
368ab41 (MIT; text CC BY-SA 4.0 from vi.wikipedia.org; see data/licenses/). Without --write it
prints what it would add; with --write it appends the rows to data/people.tsv and data/tenures.tsv
(provincial posts first, then national ones, so the additions stay in two blocks) and writes
data/sources/facts/coverage-pass-2026-12.tsv. Paths are relative to this script's repository.

Only whole office cells naming one post of the classes issue 10 lists (provincial secretary,
UBND/HĐND chair, minister, NA committee chair, heads of the court, of the central party
commissions, of the General Political Department, of the Veterans' Association, first
secretary of the Youth Union) with a dated start and a dated or open end are read. A cell is
taken only when it fills a day the data has no holder for and overlaps no other holder of the
post. The person is the existing id whose rows cite the same Wikipedia article, or the existing
id of that name whose career already runs through the same province or body; a name the data
does not know gets a new id; a known name that cannot be joined that way is left out (it may be
a namesake). When the person already has the post with a partial date (`2010`) the infobox's
day widens that row instead of adding one.
"""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / 'data'
PN = 'datmieu204/political-net@368ab41 data/processed/infobox/politicians_data.json'


def tsv(name):
    return tsv_at(DATA / name)


def tsv_at(path):
    lines = Path(path).read_text(encoding='utf8').rstrip('\n').split('\n')
    h = lines[0].split('\t')
    return h, [dict(zip(h, l.split('\t'))) for l in lines[1:]]


def nfc(s):
    return unicodedata.normalize('NFC', s)


# The project's tone placement (Hòa, Thủy) for names read from Wikipedia (Hoà, Thuỷ).
TONES = [('oà', 'òa'), ('oá', 'óa'), ('oả', 'ỏa'), ('oã', 'õa'), ('oạ', 'ọa'), ('oè', 'òe'), ('oé', 'óe'), ('oẻ', 'ỏe'), ('oẽ', 'õe'), ('oẹ', 'ọe'),
         ('uỳ', 'ùy'), ('uý', 'úy'), ('uỷ', 'ủy'), ('uỹ', 'ũy'), ('uỵ', 'ụy')]


def tone(s):
    s = nfc(s)
    for a, b in TONES:
        s = re.sub(a + r'(?![a-zàáảãạăằắẳẵặâầấẩẫậêềếểễệôồốổỗộơờớởỡợưừứửữựiìíỉĩịyỳýỷỹỵ])', b, s)
        s = re.sub(a.capitalize() + r'(?![a-zàáảãạăằắẳẵặâầấẩẫậêềếểễệôồốổỗộơờớởỡợưừứửữựiìíỉĩịyỳýỷỹỵ])', b.capitalize(), s)
    return s


def key(s):
    return re.sub(r'\s+', ' ', tone(s).lower().replace('–', '-')).strip()


def clean(s):
    s = re.sub(r'\[\[(?:Tập tin|File|Hình|Image):[^\]]*\]\]', '', s)
    s = re.sub(r'\[\[[^\]|]*\|([^\]]*)\]\]', r'\1', s)
    s = re.sub(r'\[\[([^\]]*)\]\]', r'\1', s)
    s = re.sub(r'<br\s*/?>', ' ', s)
    s = re.sub(r'<ref[^>]*/>', '', s)
    s = re.sub(r'<ref.*?</ref>', '', s, flags=re.S)
    s = re.sub(r'\{\{[^}]*\}\}', '', s)
    s = re.sub(r"'''?", '', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = re.sub(r'\d+px', '', s)
    return re.sub(r'\s+', ' ', s).strip()


def date(s):
    """An infobox date cell -> ISO (possibly partial), '' for an open end, None if unreadable."""
    if s is None:
        return None
    m = re.search(r'\{\{\s*(?:ngày bắt đầu|start date|ngày|date|ngày tháng năm)[^|}]*\|\s*(\d{4})\s*\|\s*(\d{1,2})\s*(?:\|\s*(\d{1,2}))?', s, re.I)
    s2 = clean(s)
    if m:
        y, mo, d = m.groups()
        return f"{y}-{int(mo):02d}" + (f"-{int(d):02d}" if d else '')
    if re.match(r"^\W*(nay|đương nhiệm|hiện tại|đến nay)\b", s2, re.I):
        return ''
    m = re.search(r'(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*(?:năm|,)?\s*(\d{4})', s2)
    if m:
        d, mo, y = m.groups()
        return f"{y}-{int(mo):02d}-{int(d):02d}"
    m = re.search(r'tháng\s*(\d{1,2})\s*(?:năm|,)?\s*(\d{4})', s2)
    if m:
        mo, y = m.groups()
        return f"{y}-{int(mo):02d}"
    m = re.search(r'\b(\d{1,2})/(\d{1,2})/(\d{4})\b', s2)
    if m:
        d, mo, y = m.groups()
        return f"{y}-{int(mo):02d}-{int(d):02d}"
    m = re.fullmatch(r'(?:năm\s*)?(\d{4})', s2)
    if m:
        return m.group(1)
    return None


def ok_date(iso):
    p = iso.split('-')
    return (len(p) < 2 or 1 <= int(p[1]) <= 12) and (len(p) < 3 or 1 <= int(p[2]) <= 31) and '1945' <= p[0] <= '2026'


def low(d):
    return d + '-01-01' if len(d) == 4 else d + '-01' if len(d) == 7 else d


def high(d):
    return d + '-12-31' if len(d) == 4 else d + '-31' if len(d) == 7 else d


def valid_on(r, d, f='valid_from', t='valid_to'):
    return (not r[f] or low(r[f]) <= d) and (not r[t] or d <= high(r[t]))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    if not args:
        sys.exit(__doc__)
    write = '--write' in sys.argv
    WIKI = next((a.split('=', 1)[1] for a in sys.argv if a.startswith('--wiki=')), None)
    D = json.load(open(args[0], encoding='utf8'))
    _, places = tsv('places.tsv')
    _, bodies = tsv('bodies.tsv')
    ph, people = tsv('people.tsv')
    th, tenures = tsv('tenures.tsv')
    provinces = [p for p in places if p['id'].startswith('tinh:') and p['type'] in ('province', 'centrally-run-city')]
    by_pname = {}
    for p in provinces:
        for n in [p['name']] + [a for a in p['aliases'].split('|') if a]:
            by_pname.setdefault(key(n), []).append(p)
    by_bname = {}
    for b in bodies:
        for n in [b['name']] + [a for a in b['aliases'].split('|') if a]:
            by_bname.setdefault(key(n), []).append(b)

    def place_on(name, d):
        name = re.sub(r'^(tỉnh|thành phố|tp\.?)\s+', '', name.strip(), flags=re.I)
        c = by_pname.get(key(name), []) or by_pname.get(key('Thành phố ' + name), [])
        c = list({p['id']: p for p in c if valid_on(p, d)}.values())
        return c[0] if len(c) == 1 else None

    def body_on(name, d, types):
        name = re.sub(r'\s+(của Quốc hội|Quốc hội)(\s*\(?Việt Nam\)?)?$', '', name.strip())
        name = re.sub(r'\s*\(?Việt Nam\)?$', '', name) if not name.endswith('Việt Nam') or types != {'mass-organisation'} else name
        c = list({b['id']: b for b in by_bname.get(key(name), []) if b['type'] in types and valid_on(b, d)}.values())
        return c[0] if len(c) == 1 else None

    def mapoffice(o, d):
        o = o.strip(' ,.;:')
        m = re.fullmatch(r'Bí thư (Tỉnh|Thành) ủy (.+)', o)
        if m:
            p = place_on(m.group(2), d)
            if not p: return None
            city = p['type'] == 'centrally-run-city'
            t = 'thanh' if city else 'tinh'
            word = 'Thành' if city else 'Tỉnh'
            return (f"Bí thư {word} ủy {p['name']}", f'title:bi-thu-{t}-uy', f'tpl:{t}-uy', p['id'], 'provinces')
        m = re.fullmatch(r'Chủ tịch (Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND) (.+)', o)
        if m:
            p = place_on(m.group(2), d)
            if not p: return None
            u = 'ubnd' if m.group(1) in ('Ủy ban nhân dân', 'UBND') else 'hdnd'
            unit = 'thành phố' if p['type'] == 'centrally-run-city' else 'tỉnh'
            return (f"Chủ tịch {u.upper().replace('HDND', 'HĐND')} {unit} {p['name']}", f'title:chu-tich-{u}', f'tpl:{u}', p['id'], 'provinces')
        m = re.fullmatch(r'Bộ trưởng (Bộ .+)', o)
        if m:
            b = body_on(m.group(1), d, {'ministry'})
            return b and (f"Bộ trưởng {b['name']}", 'title:bo-truong', b['id'], '', 'national')
        if re.fullmatch(r'Bí thư Trung ương Đảng|Ủy viên Ban Bí thư(?: Trung ương Đảng)?', o):
            return ('Bí thư Trung ương Đảng', 'title:bi-thu-trung-uong-dang', 'org:ban-bi-thu', '', 'council')
        if re.fullmatch(r'Chủ nhiệm Ủy ban Kiểm tra Trung ương(?: Đảng(?: Cộng sản Việt Nam)?)?', o):
            return ('Chủ nhiệm Ủy ban Kiểm tra Trung ương', 'title:chu-nhiem-ubkt-trung-uong', 'org:uy-ban-kiem-tra-trung-uong', '', 'national')
        m = re.fullmatch(r'Chủ nhiệm (Ủy ban .+)', o)
        if m:
            b = body_on(m.group(1), d, {'na-committee'})
            return b and (f"Chủ nhiệm {b['name']}", 'title:chu-nhiem', b['id'], '', 'national')
        if re.fullmatch(r'Chủ tịch Hội đồng Dân tộc(?: của Quốc hội)?(?: Việt Nam)?', o):
            return ('Chủ tịch Hội đồng Dân tộc', 'title:chu-tich-hoi-dong-dan-toc', 'org:hoi-dong-dan-toc', '', 'national')
        if re.fullmatch(r'Chánh án Tòa án [Nn]hân dân [Tt]ối cao(?: Việt Nam)?', o):
            return ('Chánh án Tòa án nhân dân tối cao', 'title:chanh-an', 'org:toa-an-nhan-dan-toi-cao', '', 'national')
        if re.fullmatch(r'Tổng Thư ký Quốc hội(?: Việt Nam)?', o):
            return ('Tổng Thư ký Quốc hội', 'title:tong-thu-ky-quoc-hoi', 'org:quoc-hoi', '', 'national')
        if re.fullmatch(r'Chủ nhiệm Tổng cục Chính trị(?: Quân đội nhân dân Việt Nam)?', o):
            return ('Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam', 'title:chu-nhiem-tong-cuc-chinh-tri', 'org:tong-cuc-chinh-tri-qdnd', '', 'national')
        m = re.fullmatch(r'Trưởng (Ban .+ Trung ương)(?: Đảng)?', o)
        if m:
            b = body_on(m.group(1), d, {'party-commission'})
            return b and (f"Trưởng {b['name']}", 'title:truong-ban', b['id'], '', 'national')
        if re.fullmatch(r'Chủ tịch Hội Cựu chiến binh Việt Nam', o):
            return ('Chủ tịch Hội Cựu chiến binh Việt Nam', 'title:chu-tich', 'org:hoi-cuu-chien-binh-viet-nam', '', 'national')
        if re.fullmatch(r'Bí thư thứ nhất (?:Ban Chấp hành )?Trung ương Đoàn(?: Thanh niên Cộng sản Hồ Chí Minh)?', o):
            return ('Bí thư thứ nhất Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', '', 'org:doan-thanh-nien-cong-san-ho-chi-minh', '', 'national')
        return None

    # Who is who: article -> person id, from the rows that cite the article.
    art_person = {}
    for r in people + tenures:
        pid = r.get('person') or r.get('id')
        for m in re.finditer(r'vi\.wikipedia\.org/wiki/([^\s;,)]+)', r['source']):
            art_person.setdefault(nfc(m.group(1)), set()).add(pid)
    # Biography articles per person: rows read from an infobox cite the person's own article.
    bio = {}
    for r in people + tenures:
        if r['source'].startswith(('facts/vi-wikipedia-infoboxes.tsv', 'facts/coverage-pass-2026-12.tsv')):
            for m in re.finditer(r'vi\.wikipedia\.org/wiki/([^\s;,]+)', r['source']):
                bio.setdefault(r.get('person') or r.get('id'), set()).add(nfc(m.group(1)))
    by_name = {}
    for p in people:
        by_name.setdefault(nfc(p['name']), []).append(p)
    person_places = {}
    for t in tenures:
        person_places.setdefault(t['person'], set()).update([t['place'], t['body']])
    ids = {p['id'] for p in people}

    def holder_rows(title, body, place, post=None):
        if not title:  # a post the vocabulary has no title for (the Youth Union's first secretary)
            return [t for t in tenures if not t['title'] and t['body'] == body and t['post'] == post]
        return [t for t in tenures if t['title'] == title and t['body'] == body and t['place'] == place]

    def days(a, b):
        from datetime import date as d_
        return abs((d_.fromisoformat(low(a)) - d_.fromisoformat(low(b))).days)

    def definite_overlap(a_from, a_to, b_from, b_to):
        # As the validator reads it: a partial date may fall on either side of the other's.
        a_lo, a_hi = (high(a_from) if a_from else '0000'), (low(a_to) if a_to else '9999')
        b_lo, b_hi = (high(b_from) if b_from else '0000'), (low(b_to) if b_to else '9999')
        return a_lo < b_hi and b_lo < a_hi

    def covered(title, body, place, d, post):
        if title:
            rows = holder_rows(title, body, place)
        else:
            rows = [t for t in tenures if t['body'] == body and t['post'] == post]
        return any((not t['from'] or low(t['from']) <= d) and (not t['to'] or d <= high(t['to'])) for t in rows)

    new_people, new_rows, widened, facts, skipped = [], [], [], [], []

    def infobox_cells():
        for p in D:
            ib = p['infobox']
            article = p['title']
            art = article.replace(' ', '_')
            for k, v in ib.items():
                m = re.fullmatch(r'office(\d*)', k)
                if not m: continue
                n = m.group(1)
                cite = f"vi.wikipedia.org/wiki/{art} (infobox: {clean(v)}, {clean(ib.get('term_start' + n, ''))} – {clean(ib.get('term_end' + n, ''))}; {PN})"
                born = re.search(r'(\d{4})', ib.get('birth_date', '') or '')
                yield dict(article=article, art=art, name=tone(re.sub(r'\s*\(.*\)$', '', article)).strip(), office=clean(v),
                           start=date(ib.get('term_start' + n)), end=date(ib.get('term_end' + n)), note=[], hint='', cite=cite,
                           short=f'vi.wikipedia.org/wiki/{art}', born=born.group(1) if born else '', what='the infobox')

    def list_cells():
        # Office-holder lists transcribed from vi.wikipedia pages (copies in tnt305/tai_lieu_noi_bo@94c5034).
        _, rows = tsv_at(Path(__file__).with_name('lists.tsv'))
        for r in rows:
            page = r['page'].replace(' ', '_')
            yield dict(article=r['page'], art=None, name=r['name'], office=r['office'], start=r['from'], end=r['to'],
                       note=[r['uncertain']] if r['uncertain'] else [], hint=r['person'],
                       cite=f"vi.wikipedia.org/wiki/{page} (office-holder list, copy tnt305/tai_lieu_noi_bo@94c5034 src/etl/dataset/{r['file']}.md)",
                       short=f'vi.wikipedia.org/wiki/{page}', born='', what='the list')

    # The X and XI Central Committee lists: each member's post when elected and the posts held
    # during the term with their periods (tnt305/tai_lieu_noi_bo copies of the vi.wikipedia pages).
    CC_PAGES = [('0a8563e9477f3593', 'X', '2006-04', 'Ban_Chấp_hành_Trung_ương_Đảng_Cộng_sản_Việt_Nam_khóa_X'),
                ('41f6cd45360ce42c', 'XI', '2011-01', 'Ban_Chấp_hành_Trung_ương_Đảng_Cộng_sản_Việt_Nam_khóa_XI')]
    PERIOD = re.compile(r'((?:\d{1,2}/)?\d{4})\s*[-–]\s*((?:\d{1,2}/)?\d{4}|nay)(?:\s*tc)?')
    _, cc_facts = tsv_at(DATA / 'sources' / 'facts' / 'vi-wikipedia-cc-lists.tsv')

    def iso_month(x):
        if x == 'nay': return ''
        p = x.split('/')
        return f'{p[1]}-{int(p[0]):02d}' if len(p) == 2 else p[0]

    def split_posts(cell):
        # 'Bí thư Tỉnh ủy Chủ tịch Hội đồng Nhân dân tỉnh Bến Tre': a secretary who also chairs the council.
        cell = re.sub(r'\s+', ' ', cell.replace('Nhân dân', 'nhân dân')).strip()
        cell = re.sub(r'\b(tỉnh|thành phố) \1\b', r'\1', cell)
        m = re.fullmatch(r'(?:Phó )?Bí thư (Tỉnh|Thành) ủy,? (?:kiêm )?(Chủ tịch (?:Hội đồng|Ủy ban) nhân dân (?:tỉnh |thành phố |Thành phố )?(.+))', cell)
        if m:
            first = f'Bí thư {m.group(1)} ủy {m.group(3)}' if not cell.startswith('Phó') else None
            return [x for x in (first, m.group(2)) if x]
        return [cell]

    def cc_cells():
        if not WIKI: return
        for f, term, term_start, page in CC_PAGES:
            path = Path(WIKI) / f'{f}.md'
            text = path.read_text(encoding='utf8')
            rows, cur = [], None
            for l in text.split('\n'):
                if l.startswith('## '):
                    cur = None
                    if rows and rows[-1] is not None: rows.append(None)
                    continue
                if re.match(r'^\|\s*\d+\s*\|', l):
                    cur = [l]; rows.append(cur)
                elif cur is not None and l.strip():
                    cur.append(l)
            by_name = {}
            for r in cc_facts:
                if f'_khóa_{term} ' in r['source'] + ' ' and r['title'] in ('title:uy-vien-trung-uong-dang', 'title:uy-vien-du-khuyet-trung-uong-dang'):
                    by_name.setdefault(r['name'], set()).add(r['person'])
            for r in rows:
                if not r: continue
                cells = [c.strip() for c in ' | '.join(r).split('|')]
                cells = [c for c in cells if c]
                if len(cells) < 4: continue
                name = re.sub(r'\s*\(.*?\)\s*$', '', cells[1]).strip()
                name = re.sub(r'^(?:(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|GS\.?|PGS\.?|TS\.?)\s+)+', '', name)
                name = tone(re.sub(r'\[\d+\]', '', name)).strip()
                ids = by_name.get(name, set())
                hint = next(iter(ids)) if len(ids) == 1 else ''
                if not hint: continue
                periods = [i for i, c in enumerate(cells) if PERIOD.fullmatch(c)]
                if not periods: continue
                cite = f"vi.wikipedia.org/wiki/{page} (list of the {term} Central Committee, row of {name}; copy tnt305/tai_lieu_noi_bo@94c5034 src/etl/dataset/{f}.md)"
                short = f'vi.wikipedia.org/wiki/{page}'
                during = []
                for i in periods:
                    m = PERIOD.fullmatch(cells[i])
                    a, b = iso_month(m.group(1)), iso_month(m.group(2))
                    for post in split_posts(cells[i - 1]):
                        during.append((post, a, b))
                        note = [f'period as the {term} Central Committee list gives it (posts held during the term)']
                        if a == term_start:
                            note.append(f'start = the {term} Congress; an earlier start is not stated')
                        yield dict(article=page, art=None, name=name, office=post, start=a, end=b if b else None, note=note, hint=hint,
                                   cite=cite, short=short, born='', what='the list')
                elected = cells[periods[0] - 2] if periods[0] - 2 >= 2 else ''
                first_start = min(a for _, a, _ in during)
                if elected and first_start > term_start:
                    for post in split_posts(elected):
                        if any(post == d[0] for d in during): continue
                        yield dict(article=page, art=None, name=name, office=post, start=term_start, end=first_start, note=[
                            f'held when elected to the {term} Central Committee (the list\'s post when elected); the earlier start is not stated (the congress month is used); end = the start of the next post the list dates'],
                            hint=hint, cite=cite, short=short, born='', what='the list')

    def take(c):
        c.setdefault('note0', list(c['note']))
        c['note'] = list(c['note0'])
        article, art, name, office, start, end, note = c['article'], c['art'], c['name'], c['office'], c['start'], c['end'], c['note']
        if not start or end is None or not ok_date(start) or (end and not ok_date(end)): return
        if end and low(end) < low(start): return
        # The body as of the start, or of the end for a body whose recorded start is a few days late.
        mo = mapoffice(office, low(start))
        if not mo and end:
            mo = mapoffice(office, high(end))
            b = mo and next((x for x in bodies if x['id'] == mo[2]), None)
            if not (b and b['valid_from'] and len(start) == 10 and start < b['valid_from'] and days(start, b['valid_from']) <= 31):
                mo = None
        if not mo: return
        post, title, body, place, cls = mo
        if place:
            unit = next(x for x in places if x['id'] == place)
            if unit['valid_to'] and (not end or high(end) > unit['valid_to']):
                # A province renamed, not merged (Thừa Thiên Huế -> Huế, Đồng Nai -> the city of
                # Đồng Nai): the same post goes on under the new unit.
                succ = [x for x in places if x['id'] in unit['successors'].split('|')] if unit['successors'] else []
                # An open end says "in office when the dump was made" (about 2025-11): never past that.
                if len(succ) == 1 and succ[0]['merged_from'] == unit['id'] and not c.get('renamed') and (end or succ[0]['valid_from'] <= '2025-11'):
                    take(dict(c, start=succ[0]['valid_from'], renamed=True, segment=False,
                              note0=c['note0'] + [f"continues under {succ[0]['name']} ({unit['name']} renamed on {succ[0]['valid_from']})"]))
                end = unit['valid_to']
                note.append(f"end = the province's last day ({unit['valid_to']}); {c['what']} runs on")
        if not end:
            note.append('open end: in office per the Wikipedia infobox as of its dump (about 2025-11); later changes not checked')
        # Years whose 1 July the data leaves empty and this cell fills.
        years = [y for y in range(2006, 2027) if low(start) <= f'{y}-07-01' and (not end or f'{y}-07-01' <= high(end))]
        # A council seat (many holders) is checked per person below; a single post per day here.
        fills = years if cls == 'council' else [y for y in years if not covered(title, body, place, f'{y}-07-01', post)]
        if not fills: return
        # The person.
        pid = None
        cands = art_person.get(nfc(art), set()) if art else set()
        if c['hint'] == 'new':
            pid = None
        elif c['hint']:
            pid = c['hint']
        elif not art:  # a list row: the id of that name whose career runs through the province or body, or the only id of that name for a national post
            same = by_name.get(name, [])
            joined = [x['id'] for x in same if (place or body) in person_places.get(x['id'], set())]
            if len(joined) == 1:
                pid = joined[0]
            elif not joined and len(same) == 1 and cls == 'national':
                pid = same[0]['id']
            elif not same:
                pid = None
            else:
                skipped.append((article, office, 'known name, not joined'))
                return
        elif len(cands) == 1:
            pid = next(iter(cands))
        elif not cands:
            same = by_name.get(name, [])
            if not same:
                pid = None  # new
            else:
                # Never join a person whose own (other) article the data already cites.
                same = [x for x in same if not (bio.get(x['id'], set()) - {nfc(art)})]
                joined = [x['id'] for x in same if (place or body) in person_places.get(x['id'], set())]
                # A national post whose holder's article title needs no disambiguation, and whose
                # name the data gives one person: the same person.
                if not joined and cls == 'national' and len(same) == 1 and '(' not in article:
                    joined = [same[0]['id']]
                if len(joined) == 1:
                    pid = joined[0]
                else:
                    skipped.append((article, office, 'known name, not joined'))
                    return
        else:
            skipped.append((article, office, 'article cited by two ids'))
            return
        if pid and art:
            bio.setdefault(pid, set()).add(nfc(art))
        def add_segments():
            # The person's rows already hold part of this period: add the parts they leave out.
            if c.get('segment'): return
            rows = sorted((x for x in holder_rows(title, body, place, post) if x['person'] == pid), key=lambda x: low(x['from']) if x['from'] else '')
            cur, segs = start, []
            for x in rows:
                if x['from'] and low(x['from']) > low(cur) and (not end or low(x['from']) <= low(end)):
                    segs.append((cur, x['from']))
                if not x['to']:
                    cur = None
                    break
                if high(x['to']) > high(cur):
                    cur = x['to']
            if cur and end and low(cur) < low(end):
                segs.append((cur, end))
            for a, b in segs:
                # A gap that only a year- or month-level date opens (`2010` before 2010-10-21) is no gap.
                if (len(a) < 10 and b.startswith(a)) or (len(b) < 10 and a.startswith(b)): continue
                if days(a, b) > 31:
                    take(dict(c, start=a, end=b, segment=True, note0=c['note0'] + ["the part of the source's period not already in the data"]))

        # Same person, same post, partial date: widen that row.
        if pid:
            mine = [t for t in holder_rows(title, body, place, post) if t['person'] == pid and definite_overlap(start, end, t['from'], t['to'])]
            if mine:
                t = mine[0]
                changed = []
                if t['from'] and len(t['from']) < 10 and len(start) == 10 and low(start) < low(t['from']):
                    changed.append(('from', t['from'], start))
                if t['to'] and len(t['to']) < 10 and end and len(end) == 10 and high(end) > high(t['to']):
                    changed.append(('to', t['to'], end))
                if not changed:
                    add_segments()
                    return
                trial = dict(t)
                for f, _, nv in changed: trial[f] = nv
                if any(o is not t and definite_overlap(trial['from'], trial['to'], o['from'], o['to']) for o in holder_rows(title, body, place, post)):
                    skipped.append((article, office, 'widening would overlap another holder'))
                    return
                for f, old, nv in changed:
                    t[f] = nv
                t['source'] += f'; {f"{changed[0][0]}" if len(changed) == 1 else "from/to"} per facts/coverage-pass-2026-12.tsv, {c["short"]}'
                widened.append(t)
                facts.append(dict(person=pid, name=name, post=post, title=title, body=body, place=place, **{'from': t['from'], 'to': t['to']},
                                  uncertain='corrects ' + ', '.join(f'{f} {old} -> {nv}' for f, old, nv in changed),
                                  source=c['cite']))
                add_segments()
                return
        # Another holder overlapping: a year- or month-level bound of theirs gives way to this
        # dated day (their row gets the handover day); a dated bound of theirs within 200 days
        # clips this row; anything else is a conflict and the cell is left out.
        others = [] if cls == 'council' else [o for o in holder_rows(title, body, place, post) if o['person'] != pid and definite_overlap(start, end, o['from'], o['to'])]
        trims, conflict = [], False
        names = {p['id']: p['name'] for p in people}
        for o in others:
            if names.get(o['person']) == name:  # the same name under another id: left to a person to sort out
                conflict = True
            elif o['from'] and low(o['from']) <= low(start):  # they came first: their end or our start moves
                if o['to'] and len(o['to']) < 10 and len(start) == 10 and high(o['from']) <= start:
                    trims.append((o, 'to', start))
                elif o['to'] and len(o['to']) == 10 and days(o['to'], start) <= 200 and (not end or low(end) > low(o['to'])):
                    note.append(f"start clipped to the predecessor's end in the data ({o['to']}); {c['what']} says {start}")
                    start = o['to']
                else:
                    conflict = True
            else:  # they came after: their start or our end moves
                if o['from'] and len(o['from']) < 10 and end and len(end) == 10 and (not o['to'] or end <= low(o['to'])):
                    trims.append((o, 'from', end))
                elif o['from'] and len(o['from']) == 10 and end and days(o['from'], end) <= 200 and low(o['from']) > low(start):
                    note.append(f"end clipped to the successor's start in the data ({o['from']}); {c['what']} says {end}")
                    end = o['from']
                elif o['from'] and not end and low(o['from']) > low(start):
                    note.append(f"end = the successor's start in the data ({o['from']})")
                    end = o['from']
                else:
                    conflict = True
        if conflict or any(definite_overlap(start, end, o['from'], o['to']) for o in others if o not in [t[0] for t in trims]):
            skipped.append((article, office, 'overlaps another holder'))
            return
        for o, f, nv in trims:
            facts.append(dict(person=o['person'], name='', post=o['post'], title=o['title'], body=o['body'], place=o['place'], **{'from': o['from'], 'to': o['to']},
                              uncertain=f"corrects {f} {o[f]} -> {nv}: the {'successor' if f == 'to' else 'predecessor'} {name} is dated to the day by {c['what']}",
                              source=c['cite']))
            o['source'] += f"; {f} = {'start' if f == 'to' else 'end'} of {name} per facts/coverage-pass-2026-12.tsv"
            o['uncertain'] = (o['uncertain'] + '; ' if o['uncertain'] else '') + f"{f} {o[f]} corrected to the {'successor' if f == 'to' else 'predecessor'}'s dated {'start' if f == 'to' else 'end'}"
            o[f] = nv
            widened.append(o)
        if pid is None:
            base = 'person:' + re.sub(r'-+', '-', re.sub(r'[^a-z0-9]+', '-', unicodedata.normalize('NFD', name).replace('đ', 'd').replace('Đ', 'D').encode('ascii', 'ignore').decode().lower())).strip('-')
            pid, i = base, 2
            while pid in ids:
                pid, i = f'{base}-{i}', i + 1
            ids.add(pid)
            new_people.append(dict(id=pid, name=name, aliases='', born=c['born'],
                                   source=f"facts/coverage-pass-2026-12.tsv; {c['short']}", uncertain='birth year only' if c['born'] else ''))
            if art: art_person[nfc(art)] = {pid}
            by_name.setdefault(name, []).append(dict(id=pid, name=name))
        row = dict(person=pid, post=post, title=title, body=body, place=place, **{'from': start, 'to': end},
                   source=f"facts/coverage-pass-2026-12.tsv; {c['short']}", uncertain='; '.join(note))
        row['_cls'] = cls
        tenures.append(row)
        person_places.setdefault(pid, set()).update([place, body])
        new_rows.append(row)
        facts.append(dict(person=pid, name=name, post=post, title=title, body=body, place=place, **{'from': start, 'to': end}, uncertain=row['uncertain'],
                          source=c['cite']))

    for c in infobox_cells():
        take(c)
    for c in list_cells():
        take(c)
    for c in cc_cells():
        take(c)


    print(f'{len(new_rows)} rows, {len(new_people)} people, {len(widened)} widened, {len(skipped)} skipped', file=sys.stderr)
    for s in skipped: print('skipped', *s, sep='\t', file=sys.stderr)
    if not write:
        for r in new_rows: print(r['person'], r['post'], r['from'], r['to'], sep='\t')
        return
    # Rewrite tenures (widened rows in place), then append the new rows grouped by class.
    base_rows = [t for t in tenures if '_cls' not in t]
    out = ['\t'.join(th)] + ['\t'.join(t[c] for c in th) for t in base_rows]
    for cls in ('provinces', 'national', 'council'):
        out += ['\t'.join(t[c] for c in th) for t in new_rows if t['_cls'] == cls]
    (DATA / 'tenures.tsv').write_text('\n'.join(out) + '\n', encoding='utf8')
    with open(DATA / 'people.tsv', 'a', encoding='utf8') as f:
        for p in new_people: f.write('\t'.join(p[c] for c in ph) + '\n')
    cols = ['person', 'name', 'post', 'title', 'body', 'place', 'from', 'to', 'uncertain', 'source']
    fp = DATA / 'sources' / 'facts' / 'coverage-pass-2026-12.tsv'
    fp.write_text('\n'.join(['\t'.join(cols)] + ['\t'.join(f[c] for c in cols) for f in facts]) + '\n', encoding='utf8')


if __name__ == '__main__':
    main()
