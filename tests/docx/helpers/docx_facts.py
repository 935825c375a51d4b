"""Reads a .docx with python-docx (Debian python3-docx) and prints the layout facts the tests assert on, as JSON.

Independent of the exporter: it sees only the file, as Word or WPS would. A paragraph's and a run's properties are
the effective ones: document defaults, then the paragraph style and its basedOn chain, then the run's character
style, then direct formatting, each later layer overriding attribute by attribute. What the run itself names is
kept apart (`ownFonts`), since GB/T 9704 exports name the font on every run.
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


class StyleSheet:
    """docDefaults and styles by id, to resolve what a paragraph or run inherits."""

    def __init__(self, styles_el):
        defaults = child(styles_el, 'w:docDefaults')
        self.ppr_default = child(child(defaults, 'w:pPrDefault'), 'w:pPr')
        self.rpr_default = child(child(defaults, 'w:rPrDefault'), 'w:rPr')
        self.by_id = {st.get(qn('w:styleId')): st for st in styles_el.findall(qn('w:style'))}
        self.default_para = next((sid for sid, st in self.by_id.items()
                                  if st.get(qn('w:type')) == 'paragraph' and st.get(qn('w:default')) in ('1', 'true')),
                                 None)

    def chain(self, sid):
        """The style and its basedOn ancestors, root first."""
        out, seen = [], set()
        while sid is not None and sid in self.by_id and sid not in seen:
            seen.add(sid)
            out.insert(0, self.by_id[sid])
            sid = (attrs(child(self.by_id[sid], 'w:basedOn')) or {}).get('val')
        return out


SHEET = None


# Elements whose attributes are properties of their own (a style's firstLineChars stays under a direct left indent);
# any other element (w:b, w:sz, w:jc …) is one property, and a later layer's replaces it whole (<w:b/> is on).
BY_ATTRIBUTE = {qn('w:rFonts'), qn('w:ind'), qn('w:spacing')}


def merged(layers, tag):
    """One property element's attributes after all layers, the later ones overriding."""
    out = None
    for layer in layers:
        found = attrs(child(layer, tag))
        if found is not None:
            out = {**(out or {}), **found} if qn(tag) in BY_ATTRIBUTE else found
    return out


def switched_on(found):
    """An on/off property (CT_OnOff): on when present without a val, or with a true one."""
    return found is not None and found.get('val', 'true') not in ('false', '0', 'off')


def paragraph_style(p):
    return (attrs(child(child(p, 'w:pPr'), 'w:pStyle')) or {}).get('val') or SHEET.default_para


def ppr_layers(p):
    return [SHEET.ppr_default, *(child(st, 'w:pPr') for st in SHEET.chain(paragraph_style(p))), child(p, 'w:pPr')]


def rpr_layers(p, r):
    rpr = child(r, 'w:rPr')
    run_style = (attrs(child(rpr, 'w:rStyle')) or {}).get('val')
    return [
        SHEET.rpr_default,
        *(child(st, 'w:rPr') for st in SHEET.chain(paragraph_style(p))),
        *(child(st, 'w:rPr') for st in SHEET.chain(run_style)),
        rpr,
    ]


def run_facts(r, p):
    layers = rpr_layers(p, r)
    val = lambda tag: (merged(layers, tag) or {}).get('val')  # noqa: E731
    text = ''.join((t.text or '') for t in r.iter(qn('w:t')))
    return {
        'text': text,
        'fonts': merged(layers, 'w:rFonts'),
        'ownFonts': attrs(child(child(r, 'w:rPr'), 'w:rFonts')),
        'sz': val('w:sz'),
        'color': val('w:color'),
        'i': merged(layers, 'w:i'),
        'b': merged(layers, 'w:b'),
        'spacing': val('w:spacing'),
        'field': [t.text for t in r.iter(qn('w:instrText'))],
        'br': len(r.findall(qn('w:br'))),
        'pageBr': len([b for b in r.findall(qn('w:br')) if b.get(qn('w:type')) == 'page']),
        'tab': len(r.findall(qn('w:tab'))),
    }


def para_facts(p):
    ppr = child(p, 'w:pPr')
    bdr = child(ppr, 'w:pBdr')
    layers = ppr_layers(p)
    runs = [run_facts(r, p) for r in p.iter(qn('w:r'))]
    return {
        'text': ''.join(run['text'] for run in runs),
        'style': (attrs(child(ppr, 'w:pStyle')) or {}).get('val'),
        'jc': (merged(layers, 'w:jc') or {}).get('val'),
        'ind': merged(layers, 'w:ind'),
        'spacing': merged(layers, 'w:spacing'),
        'snapToGrid': (merged(layers, 'w:snapToGrid') or {}).get('val'),
        'widowControl': (merged(layers, 'w:widowControl') or {}).get('val'),
        'keepNext': switched_on(merged(layers, 'w:keepNext')),
        'tabs': [attrs(t) for t in (child(ppr, 'w:tabs') if child(ppr, 'w:tabs') is not None else [])],
        'borders': {e.tag.split('}')[-1]: attrs(e) for e in (bdr if bdr is not None else [])},
        'pPrOrder': [e.tag.split('}')[-1] for e in (ppr if ppr is not None else [])],
        'runs': runs,
    }


def table_facts(t):
    tpr = child(t, 'w:tblPr')
    borders = child(tpr, 'w:tblBorders')
    return {
        'float': attrs(child(tpr, 'w:tblpPr')),
        'width': attrs(child(tpr, 'w:tblW')),
        'layout': (attrs(child(tpr, 'w:tblLayout')) or {}).get('type'),
        'jc': (attrs(child(tpr, 'w:jc')) or {}).get('val'),
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
    global SHEET
    d = docx.Document(path)
    SHEET = StyleSheet(d.styles.element)
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
        ppr = child(st, 'w:pPr')
        styles[st.get(qn('w:styleId'))] = {
            'basedOn': (attrs(child(st, 'w:basedOn')) or {}).get('val'),
            'pPrOrder': [e.tag.split('}')[-1] for e in (ppr if ppr is not None else [])],
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
