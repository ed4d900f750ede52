#!/usr/bin/env python3
"""Checks an edition imported from OCR of pages make-pages.sh typeset against the truth it wrote beside them:
pages, page numbers (pb/@n where a folio was printed), running heads (fw type="header"), paragraphs, notes, and for
OCR with coordinates whether each printed line has a zone where the typesetter put it.

    bench/ocr-pages/check-import.py EDITION.xml OUT/truth.json
"""
import json
import sys
import xml.etree.ElementTree as ET

T = '{http://www.tei-c.org/ns/1.0}'


def main(edition, truth_file):
    truth = json.load(open(truth_file, encoding='utf-8'))
    root = ET.parse(edition).getroot()
    body = root.find('.//' + T + 'body')
    pages = truth['pages']
    folios = [p['folio'] for p in pages if p['folio']]
    heads = [p['head'] for p in pages if p['head']]
    body_pars = {(l['paragraph']) for p in pages for l in p['lines'] if l['kind'] == 'body'}
    notes = [l for p in pages for l in p['lines'] if l['kind'] == 'note']
    note_starts = sum(1 for l in notes if l.get('start'))
    pbs = body.findall('.//' + T + 'pb')
    fws = body.findall('.//' + T + 'fw')
    print('pages        %3d of %3d' % (len(pbs), len(pages)))
    print('page numbers %3d of %3d  (pb/@n; as the OCR read them)' % (sum(1 for pb in pbs if pb.get('n')), len(folios)))
    print('running heads%3d of %3d  (fw header)' % (sum(1 for f in fws if f.get('type') == 'header'), len(heads)))
    print('paragraphs   %3d of %3d' % (len(body.findall('.//' + T + 'p')), len(body_pars)))
    print('notes        %3d of %3d' % (len(body.findall('.//' + T + 'note')), note_starts))
    zones = {}
    for s in root.iter(T + 'surface'):
        zones[s.get('{http://www.w3.org/XML/1998/namespace}id')] = [
            tuple(int(float(z.get(k))) for k in ('ulx', 'uly', 'lrx', 'lry')) for z in s.iter(T + 'zone')
            if z.get('type') in ('line', 'fw')]
    if zones:
        found = total = 0
        for i, p in enumerate(pages):
            zs = zones.get('f%d' % (i + 1), [])
            for l in p['lines']:
                total += 1
                x0, y0, x1, y1 = l['box']
                if any(y0 <= (z[1] + z[3]) / 2 <= y1 and x0 <= (z[0] + z[2]) / 2 <= x1
                       and min(z[2], x1) - max(z[0], x0) >= 0.6 * max(z[2] - z[0], x1 - x0) for z in zs):
                    found += 1
        print('line zones   %3d of %3d  (where the typesetter put the line)' % (found, total))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
