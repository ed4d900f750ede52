#!/usr/bin/env python3
"""Writes PAGE XML (PRImA 2019, as Transkribus exports it) from an ALTO page and the plain text the same OCR run
wrote beside it: a TextRegion per TextBlock (type paragraph), a TextLine per TextLine with its Coords (the box as
four points) and its TextEquiv (the plain text's line, which keeps the engine's spaces), a Word per String with its
confidence, and a ReadingOrder. Test material for the PAGE reader; Tesseract 5.3 writes no PAGE itself.

    bench/ocr-pages/alto-to-page.py ocr/p001.xml ocr/p001.txt scan/p001.png > ocr/p001.page.xml
"""
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr


def main(alto, text, image):
    root = ET.parse(alto).getroot()
    ns = {'a': root.tag[1:root.tag.index('}')]} if root.tag.startswith('{') else {'a': ''}
    q = (lambda n: '{%s}%s' % (ns['a'], n)) if ns['a'] else (lambda n: n)
    lines = [l for l in open(text, encoding='utf-8').read().replace('\f', '').split('\n') if l.strip()]
    page = root.find('.//' + q('Page'))
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">',
           '  <Metadata><Creator>bench/ocr-pages/alto-to-page.py</Creator>'
           '<Created>2026-12-02T00:00:00</Created><LastChange>2026-12-02T00:00:00</LastChange></Metadata>',
           '  <Page imageFilename=%s imageWidth="%s" imageHeight="%s">' % (quoteattr(image), page.get('WIDTH'),
                                                                          page.get('HEIGHT'))]
    blocks = page.findall('.//' + q('TextBlock'))
    out.append('    <ReadingOrder><OrderedGroup id="ro1">')
    for i, b in enumerate(blocks):
        out.append('      <RegionRefIndexed index="%d" regionRef="r%d"/>' % (i, i + 1))
    out.append('    </OrderedGroup></ReadingOrder>')
    n = 0
    for i, b in enumerate(blocks):
        out.append('    <TextRegion id="r%d" type="paragraph">' % (i + 1))
        out.append('      <Coords points="%s"/>' % points(b))
        for tl in b.findall(q('TextLine')):
            line = lines[n] if n < len(lines) else ''
            n += 1
            out.append('      <TextLine id="r%dl%d">' % (i + 1, n))
            out.append('        <Coords points="%s"/>' % points(tl))
            for w, s in enumerate(tl.findall(q('String'))):
                out.append('        <Word id="r%dl%dw%d"><Coords points="%s"/><TextEquiv conf="%s"><Unicode>%s'
                           '</Unicode></TextEquiv></Word>' % (i + 1, n, w + 1, points(s), s.get('WC', '1'),
                                                              escape(s.get('CONTENT'))))
            out.append('        <TextEquiv><Unicode>%s</Unicode></TextEquiv>' % escape(line.strip()))
            out.append('      </TextLine>')
        out.append('    </TextRegion>')
    out.append('  </Page>')
    out.append('</PcGts>')
    print('\n'.join(out))


def points(e):
    x, y = int(float(e.get('HPOS'))), int(float(e.get('VPOS')))
    w, h = int(float(e.get('WIDTH'))), int(float(e.get('HEIGHT')))
    return '%d,%d %d,%d %d,%d %d,%d' % (x, y, x + w, y, x + w, y + h, x, y + h)


if __name__ == '__main__':
    main(*sys.argv[1:4])
