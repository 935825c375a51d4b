"""Reads a .docx with python-docx (Debian python3-docx) and prints the layout facts the tests assert on, as JSON.

Independent of the exporter: it sees only the file, as Word or WPS would.
"""
import json
import sys

import docx
from docx.oxml.ns import qn


def attrs(el):
    if el is None:
        return None
    return {k.split('}')[-1]: v for k, v in el.attrib.items()}


def child(el, tag):
    return None if el is None else el.find(qn(tag))


def run_facts(r):
    rpr = child(r, 'w:rPr')
    text = ''.join((t.text or '') for t in r.iter(qn('w:t')))
    return {
        'text': text,
        'fonts': attrs(child(rpr, 'w:rFonts')),
        'sz': (attrs(child(rpr, 'w:sz')) or {}).get('val'),
        'color': (attrs(child(rpr, 'w:color')) or {}).get('val'),
        'i': attrs(child(rpr, 'w:i')),
        'b': attrs(child(rpr, 'w:b')),
        'spacing': (attrs(child(rpr, 'w:spacing')) or {}).get('val'),
        'field': [t.text for t in r.iter(qn('w:instrText'))],
        'br': len(r.findall(qn('w:br'))),
        'tab': len(r.findall(qn('w:tab'))),
    }


def para_facts(p):
    ppr = child(p, 'w:pPr')
    bdr = child(ppr, 'w:pBdr')
    return {
        'text': ''.join(run_facts(r)['text'] for r in p.iter(qn('w:r'))),
        'style': (attrs(child(ppr, 'w:pStyle')) or {}).get('val'),
        'jc': (attrs(child(ppr, 'w:jc')) or {}).get('val'),
        'ind': attrs(child(ppr, 'w:ind')),
        'spacing': attrs(child(ppr, 'w:spacing')),
        'snapToGrid': (attrs(child(ppr, 'w:snapToGrid')) or {}).get('val'),
        'widowControl': (attrs(child(ppr, 'w:widowControl')) or {}).get('val'),
        'tabs': [attrs(t) for t in (child(ppr, 'w:tabs') if child(ppr, 'w:tabs') is not None else [])],
        'borders': {e.tag.split('}')[-1]: attrs(e) for e in (bdr if bdr is not None else [])},
        'pPrOrder': [e.tag.split('}')[-1] for e in (ppr if ppr is not None else [])],
        'runs': [run_facts(r) for r in p.iter(qn('w:r'))],
    }


def table_facts(t):
    tpr = child(t, 'w:tblPr')
    borders = child(tpr, 'w:tblBorders')
    return {
        'float': attrs(child(tpr, 'w:tblpPr')),
        'width': attrs(child(tpr, 'w:tblW')),
        'layout': (attrs(child(tpr, 'w:tblLayout')) or {}).get('type'),
        'gridCols': [int(g.get(qn('w:w'))) for g in t.find(qn('w:tblGrid')).findall(qn('w:gridCol'))],
        'borders': {e.tag.split('}')[-1]: attrs(e) for e in (borders if borders is not None else [])},
        'rows': [
            {
                'height': attrs(child(child(tr, 'w:trPr'), 'w:trHeight')),
                'cells': [
                    {
                        'width': attrs(child(child(tc, 'w:tcPr'), 'w:tcW')),
                        'paragraphs': [para_facts(p) for p in tc.findall(qn('w:p'))],
                    }
                    for tc in tr.findall(qn('w:tc'))
                ],
            }
            for tr in t.findall(qn('w:tr'))
        ],
    }


def main(path):
    d = docx.Document(path)
    body = d.element.body
    blocks = []
    for el in body:
        if el.tag == qn('w:p'):
            blocks.append({'kind': 'p', **para_facts(el)})
        elif el.tag == qn('w:tbl'):
            blocks.append({'kind': 'tbl', **table_facts(el)})
    sections = []
    for s in d.sections:
        sp = s._sectPr
        footers = {}
        for kind, footer in (('default', s.footer), ('even', s.even_page_footer)):
            if not footer.is_linked_to_previous:
                footers[kind] = [para_facts(p._p) for p in footer.paragraphs]
        sections.append({
            'pgSz': attrs(child(sp, 'w:pgSz')),
            'pgMar': attrs(child(sp, 'w:pgMar')),
            'docGrid': attrs(child(sp, 'w:docGrid')),
            'footers': footers,
            'headerRefs': len(sp.findall(qn('w:headerReference'))),
        })
    settings = d.settings.element
    styles = {}
    for st in d.styles.element.findall(qn('w:style')):
        rpr = child(st, 'w:rPr')
        styles[st.get(qn('w:styleId'))] = {
            'color': (attrs(child(rpr, 'w:color')) or {}).get('val'),
            'i': attrs(child(rpr, 'w:i')),
            'sz': (attrs(child(rpr, 'w:sz')) or {}).get('val'),
            'fonts': attrs(child(rpr, 'w:rFonts')),
        }
    print(json.dumps({
        'blocks': blocks,
        'sections': sections,
        'evenAndOddHeaders': attrs(settings.find(qn('w:evenAndOddHeaders'))),
        'styles': styles,
    }, ensure_ascii=False))


if __name__ == '__main__':
    main(sys.argv[1])
