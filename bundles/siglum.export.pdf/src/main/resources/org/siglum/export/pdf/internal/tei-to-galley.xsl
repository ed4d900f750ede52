<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI edition -> the print edition's galley: the reading text (lemmata, no other readings, no running heads or forme
  work of the source, no editorial certainty notes) as XSL-FO blocks with ids, plus the apparatus entries, the
  footnotes, the labels of the source's pages and the bibliography, which the page composer (Java, after FOP's first
  pass) places on the pages. Notes that are not footnotes (any other @place, or none) are endnotes: blocks after the
  text, their markers in it.
  Ids the composer reads back from FOP's area tree: blk-N (a block), app-ID (a lemma), nm-ID (a note marker),
  pb-N (a page break of a source; sg:pages gives its label).
  Nothing of the namespace sg reaches the formatting objects: the composer strips sg:kind and sg:section.
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
  <!-- look-ups by key and tables built once (page-break and note numbers), not by searching the document for each
       node: a search per node makes a book's cost grow with the square of its length (docs/decisions/0034) -->
  <xsl:key name="note-by-target" match="tei:note[@target]" use="tokenize(normalize-space(@target), ' ')[1]"/>

  <!-- the notes a reader sees: in the text (not the header), not the editor's certainty notes -->
  <xsl:variable name="notes" as="element(tei:note)*"
      select="//tei:text//tei:note[not(@type = 'certainty')][not(ancestor::tei:teiHeader)]"/>
  <xsl:variable name="footnotes" as="element(tei:note)*" select="$notes[sg:is-footnote(.)]"/>
  <xsl:variable name="endnotes" as="element(tei:note)*" select="$notes except $footnotes"/>
  <xsl:variable name="note-numbers" as="map(xs:string, xs:string)" select="map:merge((
      for $i in 1 to count($footnotes) return map{generate-id($footnotes[$i]): string(($footnotes[$i]/@n, $i)[1])},
      for $i in 1 to count($endnotes) return map{generate-id($endnotes[$i]): string(($endnotes[$i]/@n, $i)[1])}))"/>
  <xsl:variable name="thai" as="xs:boolean" select="matches(string((//tei:text/tei:body)[1]), '\p{IsThai}')"/>
  <!-- the text's language: the body's or the text's, else the language of most of the body (its outermost
       elements with an xml:lang, by the length of their text: a body of divs in Syriac), else the TEI's -->
  <xsl:variable name="body" as="element(tei:body)?" select="(//tei:text/tei:body)[1]"/>
  <xsl:variable name="body-lang" as="xs:string?">
    <xsl:variable name="outermost" as="element()*"
        select="$body//*[@xml:lang][empty(ancestor::*[@xml:lang][. >> $body])]"/>
    <xsl:variable name="by-length" as="map(xs:string, xs:integer)*">
      <xsl:for-each-group select="$outermost" group-by="string(@xml:lang)">
        <xsl:sequence select="map{current-grouping-key(): sum(current-group()!string-length(normalize-space(.)))}"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:variable name="most" select="(sort($by-length, (), function($m) {-map:get($m, map:keys($m))}))[1]"/>
    <xsl:sequence select="if (exists($most) and map:get($most, map:keys($most)) * 2
        gt string-length(normalize-space(string($body)))) then map:keys($most) else ()"/>
  </xsl:variable>
  <xsl:variable name="lang" as="xs:string"
      select="string(($body/@xml:lang, //tei:text[1]/@xml:lang, $body-lang, /*/@xml:lang)[1])"/>

  <xsl:template match="/">
    <!-- a page break inside a reading whose lemma is empty (the running head only the OCR reads) still counts -->
    <xsl:variable name="pbs" as="element(tei:pb)*" select="//tei:text//tei:pb[sg:printed(.)
        or (ancestor::tei:rdg[1]/../tei:lem[not(normalize-space())] and sg:printed(ancestor::tei:app[1]))]"/>
    <xsl:variable name="pb-numbers" as="map(xs:string, xs:integer)"
        select="map:merge(for $i in 1 to count($pbs) return map{generate-id($pbs[$i]): $i})"/>
    <sg:book lang="{$lang}">
      <sg:title><xsl:value-of select="replace(normalize-space((//tei:titleStmt/tei:title)[1]), '\p{Co}', '□')"/></sg:title>
      <sg:galley>
        <xsl:apply-templates select="//tei:text/tei:body" mode="blocks">
          <xsl:with-param name="pb-numbers" tunnel="yes" select="$pb-numbers"/>
        </xsl:apply-templates>
        <xsl:if test="exists($endnotes)">
          <fo:block id="blk-endnotes" sg:kind="head1" sg:section="{sg:notes-title()}">
            <xsl:value-of select="sg:notes-title()"/>
          </fo:block>
          <xsl:for-each select="$endnotes">
            <fo:block id="blk-{generate-id()}" sg:kind="note" sg:section="{sg:notes-title()}">
              <xsl:value-of select="$note-numbers(generate-id())"/>
              <xsl:text>. </xsl:text>
              <xsl:apply-templates select="node()">
                <xsl:with-param name="pb-numbers" tunnel="yes" select="$pb-numbers"/>
                <xsl:with-param name="in-note" tunnel="yes" select="true()"/>
              </xsl:apply-templates>
            </fo:block>
          </xsl:for-each>
        </xsl:if>
      </sg:galley>
      <sg:pages>
        <xsl:for-each select="$pbs">
          <sg:page ref="pb-{$pb-numbers(generate-id()) + 1}" label="{sg:page-label(., $pb-numbers(generate-id()) + 1)}"/>
        </xsl:for-each>
      </sg:pages>
      <sg:apparatus>
        <xsl:for-each select="//tei:text//tei:app[sg:printed(.)][tei:lem[normalize-space()] or (empty(tei:lem) and tei:rdg)]">
          <xsl:variable name="lem" as="element()" select="(tei:lem, tei:rdg[1])[1]"/>
          <sg:entry ref="app-{sg:id(.)}">
            <sg:lem>
              <xsl:if test="$lem/@wit"><xsl:attribute name="wit" select="sg:sigla($lem/@wit)"/></xsl:if>
              <xsl:apply-templates select="$lem/node()" mode="plain"/>
            </sg:lem>
            <xsl:for-each select="(tei:rdg | tei:rdgGrp//tei:rdg) except $lem">
              <sg:rdg wit="{sg:sigla(@wit)}">
                <xsl:apply-templates select="node()" mode="plain"/>
              </sg:rdg>
            </xsl:for-each>
          </sg:entry>
        </xsl:for-each>
      </sg:apparatus>
      <sg:notes>
        <xsl:for-each select="$footnotes">
          <sg:note ref="nm-{sg:id(.)}" n="{$note-numbers(generate-id())}">
            <xsl:apply-templates select="node()">
              <xsl:with-param name="pb-numbers" tunnel="yes" select="$pb-numbers"/>
              <xsl:with-param name="in-note" tunnel="yes" select="true()"/>
            </xsl:apply-templates>
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

  <xsl:function name="sg:notes-title" as="xs:string">
    <xsl:sequence select="if (starts-with($lang, 'th') or ($lang = '' and $thai)) then 'หมายเหตุ' else 'Notes'"/>
  </xsl:function>

  <!-- a pointer's target in this document, or nothing (a pointer to nowhere, or to another file) -->
  <xsl:function name="sg:target" as="element()?">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:variable name="id" select="substring-after(tokenize(normalize-space($pointer), ' ')[1], '#')"/>
    <xsl:sequence select="if ($id != '' and starts-with(normalize-space($pointer), '#'))
        then key('by-id', replace($id, '\?.*$', ''), root($context))[1] else ()"/>
  </xsl:function>

  <!-- a witness or source token as the reader sees it: the siglum of a bibl or msDesc (its @n), or the token itself
       without '#' and '?citedRange' (an undeclared witness, decision 0039) -->
  <xsl:function name="sg:siglum" as="xs:string">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="token" as="xs:string"/>
    <xsl:variable name="target" select="sg:target($context, $token)"/>
    <xsl:sequence select="if ($target[self::tei:bibl or self::tei:biblStruct or self::tei:msDesc or self::tei:listBibl][@n])
        then string($target/@n)
        else replace(replace($token, '^#', ''), '\?.*$', '')"/>
  </xsl:function>

  <xsl:function name="sg:sigla" as="xs:string">
    <xsl:param name="wit" as="attribute()?"/>
    <xsl:sequence select="string-join(for $t in tokenize(normalize-space($wit), ' ') return sg:siglum($wit, $t), ' ')"/>
  </xsl:function>

  <!-- a source's page in the margin: its number (@n, else its place among the page breaks) after the source's siglum -->
  <xsl:function name="sg:page-label" as="xs:string">
    <xsl:param name="pb" as="element()"/>
    <xsl:param name="ordinal" as="xs:integer"/>
    <xsl:variable name="source" select="tokenize(normalize-space(($pb/@edRef, $pb/@ed)[1]), ' ')[1]"/>
    <xsl:sequence select="normalize-space(string-join((if ($source) then sg:siglum($pb, $source) else (),
        if ($pb/@n) then string($pb/@n) else string($ordinal)), ' '))"/>
  </xsl:function>

  <!-- whether an element's text is part of the printed reading text -->
  <xsl:function name="sg:printed" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/ancestor::tei:body) and empty($e/ancestor-or-self::*[
        self::tei:del or self::tei:fw or self::tei:note or self::tei:witDetail
        or (self::tei:sic | self::tei:orig | self::tei:abbr)[parent::tei:choice[tei:corr or tei:reg or tei:expan]]
        or self::tei:rdg[not(empty(../tei:lem) and . is ../tei:rdg[1])]
        or self::tei:lem[../tei:lem[1] except .]][not(. is $e and $e/self::tei:note)])"/>
  </xsl:function>

  <!-- where a note's marker goes: its target's place (an anchor, or after the element it is about), else its own -->
  <xsl:function name="sg:marker-host" as="element()?">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="target" select="sg:target($note, $note/@target)"/>
    <xsl:sequence select="if ($target and sg:printed($target) and not(local-name($target) = $containers)) then $target
        else if (sg:printed($note)) then $note else ()"/>
  </xsl:function>

  <xsl:function name="sg:is-footnote" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="$note/@place = ('foot', 'bottom', 'foot_note', 'footnote') and exists(sg:marker-host($note))
        and empty($note/ancestor::tei:note)"/>
  </xsl:function>

  <!-- the division a block belongs to, for the running head -->
  <xsl:function name="sg:section" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="head" select="($e/ancestor-or-self::*[sg:is-division(.)]/tei:head)[last()]"/>
    <xsl:variable name="text" select="normalize-space(string-join($head//text()[not(ancestor::tei:rdg or ancestor::tei:note)], ''))"/>
    <xsl:sequence select="replace(if (string-length($text) > 50) then substring($text, 1, 48) || '…' else $text, '\p{Co}', '□')"/>
  </xsl:function>

  <xsl:function name="sg:is-division" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/(self::tei:div, self::tei:div1, self::tei:div2, self::tei:div3, self::tei:div4,
        self::tei:div5, self::tei:div6, self::tei:div7))"/>
  </xsl:function>

  <!-- the structure: divisions and other containers hold blocks; a block is a heading, paragraph, verse line... -->
  <xsl:variable name="containers" as="xs:string*" select="('body', 'div', 'div1', 'div2', 'div3', 'div4', 'div5',
      'div6', 'div7', 'lg', 'list', 'table', 'sp', 'spGrp', 'figure', 'floatingText', 'group', 'text', 'front', 'back',
      'castList', 'castGroup', 'listBibl', 'epigraph', 'argument', 'opener', 'closer', 'postscript', 'cit', 'quote',
      'lg', 'listApp', 'listPerson', 'listPlace', 'div', 'titlePage', 'docImprint')"/>
  <xsl:variable name="blocks" as="xs:string*" select="('head', 'p', 'ab', 'l', 'item', 'row', 'speaker', 'stage',
      'figDesc', 'trailer', 'byline', 'dateline', 'salute', 'signed', 'docAuthor', 'docTitle', 'titlePart', 'label',
      'bibl', 'biblStruct', 'castItem', 'u', 'person', 'place', 'docDate', 'imprimatur', 'meeting')"/>

  <xsl:function name="sg:is-block" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="$n instance of element() and namespace-uri($n) = 'http://www.tei-c.org/ns/1.0' and (
        (local-name($n) = $containers and not($n/self::tei:quote[not(tei:p or tei:l or tei:lg or tei:ab)])
            and not($n/self::tei:cit[not(tei:quote/(tei:p | tei:l | tei:lg))]))
        or (local-name($n) = $blocks and not($n/parent::tei:p or $n/parent::tei:ab or $n/parent::tei:l
            or $n/parent::tei:head or $n/parent::tei:item or $n/parent::tei:hi or $n/parent::tei:q))
        or (not(local-name($n) = ('note', 'app', 'choice', 'pb', 'lb', 'cb', 'milestone', 'anchor', 'gap'))
            and exists($n/(tei:p | tei:ab | tei:lg | tei:div | tei:l))))"/>
  </xsl:function>

  <!-- a container: its blocks, and what stands between them (a page break, a note) a block of its own -->
  <xsl:template match="*" mode="blocks">
    <xsl:choose>
      <xsl:when test="local-name() = $containers or exists(tei:p | tei:ab | tei:lg | tei:div | tei:l)">
        <xsl:for-each-group select="node()" group-adjacent="sg:is-block(.)">
          <xsl:choose>
            <xsl:when test="current-grouping-key()">
              <xsl:apply-templates select="current-group()" mode="blocks"/>
            </xsl:when>
            <xsl:when test="normalize-space(string-join(current-group()[not(self::tei:note or self::tei:fw)], ''))
                or current-group()/descendant-or-self::*[self::tei:pb or self::tei:note or self::tei:gap or self::tei:anchor
                    or self::tei:app]">
              <xsl:variable name="content" as="node()*"><xsl:apply-templates select="current-group()"/></xsl:variable>
              <xsl:if test="normalize-space(string-join($content ! string(), '')) or $content/descendant-or-self::*/@id">
                <fo:block id="blk-{generate-id(current-group()[1])}" sg:kind="p" sg:section="{sg:section(..)}">
                  <xsl:sequence select="$content"/>
                </fo:block>
              </xsl:if>
            </xsl:when>
          </xsl:choose>
        </xsl:for-each-group>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="block"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:table" mode="blocks">
    <xsl:apply-templates select="tei:head" mode="blocks"/>
    <xsl:apply-templates select="tei:row" mode="blocks"/>
  </xsl:template>

  <xsl:template match="tei:figure/tei:graphic | tei:fw | tei:note[sg:is-block(.)]" mode="blocks"/>

  <xsl:template name="block">
    <xsl:param name="kind" select="sg:kind(.)"/>
    <fo:block id="blk-{generate-id()}" sg:kind="{$kind}" sg:section="{sg:section(.)}">
      <xsl:apply-templates select="." mode="block-content"/>
      <xsl:if test="@xml:id"><xsl:call-template name="markers-of-target"/></xsl:if>
    </fo:block>
  </xsl:template>

  <xsl:function name="sg:kind" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if ($e/self::tei:head and $e/parent::*[sg:is-division(.)])
        then 'head' || min((count($e/ancestor::*[sg:is-division(.)]), 9))
      else if ($e/self::tei:head) then 'head9'
      else if ($e/(self::tei:l, self::tei:item, self::tei:row, self::tei:label, self::tei:figDesc, self::tei:castItem,
          self::tei:stage, self::tei:bibl, self::tei:biblStruct, self::tei:trailer, self::tei:byline, self::tei:dateline,
          self::tei:salute, self::tei:signed)) then 'line'
      else if ($e/self::tei:speaker) then 'speaker'
      else 'p'"/>
  </xsl:function>

  <!-- a block's content; a list's items with their labels and numbers, a table's rows cell by cell -->
  <xsl:template match="*" mode="block-content">
    <xsl:apply-templates/>
  </xsl:template>
  <xsl:template match="tei:item" mode="block-content">
    <xsl:variable name="label" select="preceding-sibling::*[1][self::tei:label]"/>
    <xsl:choose>
      <xsl:when test="$label"><xsl:apply-templates select="$label/node()"/><xsl:text> </xsl:text></xsl:when>
      <xsl:when test="@n"><xsl:value-of select="@n"/><xsl:text> </xsl:text></xsl:when>
      <xsl:when test="../@type = ('ordered', 'numbered') or contains(../@rend, 'numbered') or contains(../@rend, 'ordered')">
        <xsl:number count="tei:item" format="1. "/>
      </xsl:when>
      <xsl:when test="not(../@type = ('gloss', 'simple') or ../@rend = ('none', 'inline'))">• </xsl:when>
    </xsl:choose>
    <xsl:apply-templates/>
  </xsl:template>
  <xsl:template match="tei:list/tei:label[following-sibling::*[1][self::tei:item]]" mode="blocks"/>
  <xsl:template match="tei:row" mode="block-content">
    <xsl:for-each select="tei:cell">
      <xsl:if test="position() > 1"><xsl:text>&#x2003;</xsl:text></xsl:if>
      <xsl:apply-templates/>
    </xsl:for-each>
  </xsl:template>
  <xsl:template match="tei:stage | tei:figDesc" mode="block-content">
    <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- the reading text inside a block -->

  <!-- a block-level element inside a block (a list in a paragraph, a paragraph in a note) stays in it -->
  <xsl:template match="tei:p | tei:ab | tei:l | tei:lg | tei:list | tei:item | tei:table | tei:row | tei:head
      | tei:speaker | tei:sp | tei:figure | tei:figDesc | tei:quote[tei:p or tei:l or tei:lg]">
    <xsl:param name="in-note" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:if test="preceding-sibling::node()[normalize-space() or self::*][1]"><xsl:text> </xsl:text></xsl:if>
    <xsl:apply-templates select="." mode="block-content"/>
    <xsl:text> </xsl:text>
  </xsl:template>
  <xsl:template match="tei:figure/tei:graphic | tei:figure/tei:head" priority="2">
    <xsl:if test="self::tei:head"><xsl:apply-templates/><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <xsl:template match="tei:app">
    <xsl:choose>
      <xsl:when test="tei:lem[normalize-space()]">
        <fo:inline id="app-{sg:id(.)}"><xsl:apply-templates select="tei:lem[1]/node()"/></fo:inline>
      </xsl:when>
      <!-- an apparatus without a lemma (parallel segmentation): its first reading is the text -->
      <xsl:when test="empty(tei:lem) and tei:rdg">
        <fo:inline id="app-{sg:id(.)}"><xsl:apply-templates select="tei:rdg[1]/node()"/></fo:inline>
      </xsl:when>
      <!-- an empty lemma (the running head only OCR reads): the edited text has nothing here, but a page break of
           the source inside the reading still counts -->
      <xsl:otherwise><xsl:apply-templates select="tei:rdg//tei:pb"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a page break of a source: a thin bar in the text, its page (sg:pages) in the margin -->
  <xsl:template match="tei:pb">
    <xsl:param name="pb-numbers" tunnel="yes" as="map(xs:string, xs:integer)"/>
    <xsl:param name="in-note" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:if test="not($in-note) and map:contains($pb-numbers, generate-id())">
      <fo:inline id="pb-{$pb-numbers(generate-id()) + 1}" color="#777777">|</fo:inline>
    </xsl:if>
  </xsl:template>

  <!-- the source's line and column breaks are not the edition's; break="no" joined a word, which stays joined; a
       break between Thai letters is a word boundary without a space (Thai writes none), as in the web edition -->
  <xsl:template match="tei:lb | tei:cb">
    <xsl:variable name="before" select="string(preceding::text()[1])"/>
    <xsl:variable name="after" select="string(following::text()[1])"/>
    <xsl:if test="(not(@break = 'no') or ancestor::tei:head)
        and not(matches($before, '\p{IsThai}$') and matches($after, '^\p{IsThai}'))"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>
  <xsl:template match="tei:milestone"><xsl:text> </xsl:text></xsl:template>

  <!-- a note's marker at its place, or at its target's -->
  <xsl:template match="tei:note">
    <xsl:if test="sg:marker-host(.) is . and map:contains($note-numbers, generate-id())">
      <xsl:call-template name="marker"><xsl:with-param name="note" select="."/></xsl:call-template>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:note[@type = 'certainty']" priority="2"/>

  <xsl:template match="*[@xml:id][key('note-by-target', '#' || @xml:id)]" priority="5">
    <xsl:next-match/>
    <xsl:call-template name="markers-of-target"/>
  </xsl:template>

  <xsl:template name="markers-of-target">
    <xsl:variable name="host" select="."/>
    <xsl:for-each select="key('note-by-target', '#' || @xml:id)[map:contains($note-numbers, generate-id())]">
      <xsl:if test="sg:marker-host(.) is $host">
        <xsl:call-template name="marker"><xsl:with-param name="note" select="."/></xsl:call-template>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="marker">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:param name="in-note" tunnel="yes" as="xs:boolean" select="false()"/>
    <fo:inline baseline-shift="super" font-size="70%">
      <xsl:if test="not($in-note)"><xsl:attribute name="id" select="'nm-' || sg:id($note)"/></xsl:if>
      <xsl:value-of select="$note-numbers(generate-id($note))"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:anchor"/>

  <!-- editorial interventions: the corrected, regularised, expanded text; additions in, deletions out -->
  <xsl:template match="tei:choice">
    <xsl:apply-templates select="(tei:corr, tei:reg, tei:expan, *)[1]"/>
  </xsl:template>
  <xsl:template match="tei:fw | tei:witDetail | tei:am[ancestor::tei:abbr/parent::tei:choice[tei:expan]]"/>
  <!-- a deletion is printed struck through, as the web edition shows it (and the LaTeX one in brackets) -->
  <xsl:template match="tei:del">
    <fo:inline text-decoration="line-through"><xsl:apply-templates/></fo:inline>
  </xsl:template>
  <xsl:template match="tei:gap"><xsl:text>[…]</xsl:text></xsl:template>
  <xsl:template match="tei:supplied"><xsl:text>[</xsl:text><xsl:apply-templates/><xsl:text>]</xsl:text></xsl:template>
  <xsl:template match="tei:surplus"><xsl:text>{</xsl:text><xsl:apply-templates/><xsl:text>}</xsl:text></xsl:template>
  <xsl:template match="tei:q | tei:soCalled | tei:quote">
    <xsl:text>“</xsl:text><xsl:apply-templates/><xsl:text>”</xsl:text>
  </xsl:template>

  <!-- a name is one unit: Thai word breaks go around it, not into it (ThaiBreaks) -->
  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:name">
    <fo:inline keep-together.within-line="always"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- pointers: a reference prints its text; a pointer the siglum or number of what it points to, or its target -->
  <xsl:template match="tei:ptr">
    <xsl:variable name="target" select="sg:target(., @target)"/>
    <xsl:value-of select="if ($target/@n) then $target/@n
        else if ($target) then () else replace(normalize-space(@target), '^#', '')"/>
  </xsl:template>

  <!-- highlighting by @rend (or @style) -->
  <xsl:template match="tei:hi | tei:emph | tei:title[@level = ('m', 'j', 's')] | tei:mentioned | tei:term | tei:foreign[@xml:lang = 'en']">
    <xsl:variable name="rend" select="lower-case(string-join((@rend, @style, @rendition), ' '))"/>
    <xsl:variable name="t" select="tokenize($rend, '[\s;:,()#]+')"/>
    <xsl:variable name="shift" select="if ($t = ('sup', 'superscript', 'super')) then 'super'
        else if ($t = ('sub', 'subscript')) then 'sub' else ()"/>
    <xsl:variable name="bold" select="$t = ('bold', 'b', 'strong', 'font-weight')"/>
    <xsl:variable name="italic" select="$t = ('italic', 'italics', 'i', 'it', 'font-style') or (self::tei:hi and not($rend))
        or exists((self::tei:emph | self::tei:title | self::tei:mentioned | self::tei:foreign)[not($rend)])"/>
    <fo:inline>
      <xsl:if test="$italic"><xsl:attribute name="font-style">italic</xsl:attribute></xsl:if>
      <xsl:if test="$bold"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:if>
      <xsl:if test="$shift">
        <xsl:attribute name="baseline-shift" select="$shift"/><xsl:attribute name="font-size">70%</xsl:attribute>
      </xsl:if>
      <xsl:if test="$t = ('sc', 'smallcaps', 'small-caps')"><xsl:attribute name="font-variant">small-caps</xsl:attribute></xsl:if>
      <xsl:if test="$t = ('underline', 'u', 'ul')"><xsl:attribute name="text-decoration">underline</xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <!-- a citation in a note: formatted by the citation service (its first bibl stands for all), else its text -->
  <xsl:template match="tei:bibl[tei:ptr][ancestor::tei:note]">
    <xsl:variable name="note" select="ancestor::tei:note[1]"/>
    <xsl:variable name="formatted" select="if ($note/@xml:id) then $citations(string($note/@xml:id)) else ()"/>
    <xsl:choose>
      <xsl:when test="exists($formatted)">
        <xsl:if test=". is ($note//tei:bibl[tei:ptr])[1]"><xsl:sequence select="$formatted"/></xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a private-use character (a project's own glyph, e.g. MUFI) has no font: a box stands for it -->
  <xsl:template match="text()">
    <xsl:value-of select="replace(replace(., '\s+', ' '), '\p{Co}', '□')"/>
  </xsl:template>

  <!-- plain text of a lemma or reading (the apparatus) -->
  <xsl:template match="tei:note | tei:pb | tei:del | tei:fw | tei:witDetail" mode="plain"/>
  <xsl:template match="tei:app" mode="plain">
    <xsl:apply-templates select="(tei:lem, tei:rdg)[1]/node()" mode="plain"/>
  </xsl:template>
  <xsl:template match="tei:choice" mode="plain">
    <xsl:apply-templates select="(tei:corr, tei:reg, tei:expan, *)[1]" mode="plain"/>
  </xsl:template>
  <xsl:template match="tei:gap" mode="plain"><xsl:text>[…]</xsl:text></xsl:template>
  <xsl:template match="tei:lb" mode="plain">
    <xsl:if test="not(@break = 'no')"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>
  <xsl:template match="text()" mode="plain">
    <xsl:value-of select="replace(replace(., '\s+', ' '), '\p{Co}', '□')"/>
  </xsl:template>
  <!-- the parts of a name are words of their own, also where the encoder wrote none between them
       (<forename>Nancy</forename><surname>Ide</surname>); the same rule in each format's stylesheet -->
  <xsl:template match="tei:forename[sg:after-name-part(.)] | tei:surname[sg:after-name-part(.)] | tei:addName[sg:after-name-part(.)]
      | tei:genName[sg:after-name-part(.)] | tei:roleName[sg:after-name-part(.)] | tei:nameLink[sg:after-name-part(.)]" priority="20">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>

  <xsl:function name="sg:after-name-part" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/preceding-sibling::node()[1][self::tei:forename or self::tei:surname
        or self::tei:addName or self::tei:genName or self::tei:roleName or self::tei:nameLink])"/>
  </xsl:function>

</xsl:stylesheet>
