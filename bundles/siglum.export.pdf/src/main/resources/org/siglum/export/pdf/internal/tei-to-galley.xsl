<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI edition -> the print edition's galley: the reading text (witness ED: lemmata, no OCR readings, no running
  heads, no editorial certainty notes) as XSL-FO blocks with ids, plus the apparatus entries, the footnotes and the
  bibliography, which the page composer (Java, after FOP's first pass) places on the pages.
  Ids the composer reads back from FOP's area tree: blk-N (a heading or paragraph), app-ID (a lemma),
  nm-ID (a note marker), pb-N (a page break of the OCR source, N its page number there).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:sg="urn:siglum:print"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map" exclude-result-prefixes="xs tei map">

  <!-- note xml:id -> its formatted citations (an fo:inline), from the citation service -->
  <xsl:param name="citations" as="map(xs:string, element())" select="map{}"/>
  <!-- the bibliography, one fo:block per entry, from the citation service -->
  <xsl:param name="bibliography" as="element()*" select="()"/>
  <xsl:param name="bibliography-title" as="xs:string" select="'บรรณานุกรม'"/>

  <xsl:key name="by-id" match="*[@xml:id]" use="@xml:id"/>
  <!-- look-ups by key and a table built once (pb-numbers), not by searching the document for each node: a search per node makes
       a book's cost grow with the square of its length (docs/decisions/0034) -->
  <xsl:key name="note-by-target" match="tei:note[@place = 'foot']" use="@target"/>

  <xsl:template match="/">
    <sg:book lang="{(//tei:text/tei:body/@xml:lang, //tei:text[1]/@xml:lang, /*/@xml:lang)[1]}">
      <sg:title><xsl:value-of select="normalize-space((//tei:titleStmt/tei:title)[1])"/></sg:title>
      <sg:galley>
        <xsl:variable name="pbs" as="element(tei:pb)*" select="//tei:pb"/>
        <xsl:apply-templates select="//tei:text/tei:body">
          <xsl:with-param name="pb-numbers" tunnel="yes" as="map(xs:string, xs:integer)"
              select="map:merge(for $i in 1 to count($pbs) return map{generate-id($pbs[$i]): $i})"/>
        </xsl:apply-templates>
      </sg:galley>
      <sg:apparatus>
        <xsl:for-each select="//tei:body//tei:app[tei:lem[normalize-space()]]">
          <sg:entry ref="app-{sg:id(.)}">
            <sg:lem><xsl:apply-templates select="tei:lem/node()" mode="plain"/></sg:lem>
            <xsl:for-each select="tei:rdg">
              <sg:rdg wit="{string-join(tokenize(normalize-space(@wit), ' ')!substring-after(., '#'), ' ')}">
                <xsl:apply-templates select="node()" mode="plain"/>
              </sg:rdg>
            </xsl:for-each>
          </sg:entry>
        </xsl:for-each>
      </sg:apparatus>
      <sg:notes>
        <xsl:for-each select="//tei:body//tei:note[@place = 'foot']">
          <sg:note ref="nm-{sg:id(.)}" n="{@n}">
            <xsl:apply-templates select="node()" mode="note"/>
          </sg:note>
        </xsl:for-each>
      </sg:notes>
      <sg:bibliography title="{$bibliography-title}">
        <xsl:sequence select="$bibliography"/>
      </sg:bibliography>
    </sg:book>
  </xsl:template>

  <xsl:function name="sg:id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/@xml:id) then string($e/@xml:id) else generate-id($e)"/>
  </xsl:function>

  <!-- the reading text -->
  <xsl:template match="tei:body | tei:div">
    <xsl:apply-templates select="*"/>
  </xsl:template>

  <xsl:template match="tei:head">
    <fo:block id="blk-{generate-id()}" sg:kind="head{count(ancestor::tei:div)}"
        sg:section="{normalize-space(string-join(.//text()[not(ancestor::tei:rdg)], ''))}">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:p">
    <fo:block id="blk-{generate-id()}" sg:kind="p">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:app">
    <xsl:choose>
      <xsl:when test="tei:lem[normalize-space()]">
        <fo:inline id="app-{sg:id(.)}"><xsl:apply-templates select="tei:lem/node()"/></fo:inline>
      </xsl:when>
      <!-- an empty lemma (the running head only OCR reads): the edited text has nothing here, but a page break of
           the source inside the reading still counts -->
      <xsl:otherwise><xsl:apply-templates select="tei:rdg//tei:pb"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a page break of the source: a thin bar in the text, its OCR page number in the margin -->
  <xsl:template match="tei:pb">
    <xsl:param name="pb-numbers" tunnel="yes" as="map(xs:string, xs:integer)"/>
    <fo:inline id="pb-{$pb-numbers(generate-id()) + 1}" color="#777777">|</fo:inline>
  </xsl:template>

  <!-- the OCR's line breaks are not the edition's; break="no" joined a word, which stays joined -->
  <xsl:template match="tei:lb">
    <xsl:if test="not(@break = 'no') and not(ancestor::tei:head)"><xsl:text> </xsl:text></xsl:if>
    <xsl:if test="ancestor::tei:head"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <xsl:template match="tei:anchor[@type = 'note']">
    <xsl:variable name="id" select="@xml:id"/>
    <xsl:variable name="note" select="key('note-by-target', '#' || $id)[1]"/>
    <fo:inline id="nm-{sg:id($note)}" baseline-shift="super" font-size="70%">
      <xsl:value-of select="($note/@n, @n)[1]"/>
    </fo:inline>
  </xsl:template>

  <!-- notes are placed by the composer; certainty notes are the editor's, not the reader's -->
  <xsl:template match="tei:note"/>

  <xsl:template match="tei:foreign[@xml:lang = 'en']">
    <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <xsl:template match="text()">
    <xsl:value-of select="replace(., '\s+', ' ')"/>
  </xsl:template>

  <!-- plain text of a lemma or reading (the apparatus) -->
  <xsl:template match="tei:note" mode="plain"/>
  <xsl:template match="tei:pb" mode="plain"/>
  <xsl:template match="text()" mode="plain">
    <xsl:value-of select="replace(., '\s+', ' ')"/>
  </xsl:template>

  <!-- a footnote's text: its citations formatted by the citation service -->
  <xsl:template match="tei:bibl[tei:ptr]" mode="note">
    <xsl:variable name="note" select="ancestor::tei:note[1]"/>
    <xsl:if test=". is ($note//tei:bibl[tei:ptr])[1]">
      <xsl:sequence select="$citations(string($note/@xml:id))"/>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:title[@level = ('m', 'j')]" mode="note">
    <fo:inline font-style="italic"><xsl:apply-templates mode="note"/></fo:inline>
  </xsl:template>
  <xsl:template match="text()" mode="note">
    <xsl:value-of select="replace(., '\s+', ' ')"/>
  </xsl:template>
</xsl:stylesheet>
