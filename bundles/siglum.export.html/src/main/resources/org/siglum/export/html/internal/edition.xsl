<?xml version="1.0" encoding="UTF-8"?>
<!--
  The web edition: a TEI edition (our customisation, tei-schemas/README.md) to one HTML5 page in XHTML syntax.
  - Every witness's text is in the page: an app gives one span per reading, data-wit naming the witnesses that read
    it; siglum.js shows the chosen witness's spans (the edited text without script).
  - An app with a reading other than layout gets a button (aria-expanded) and a panel "lemma] reading SIGLUM".
  - Page breaks of a source are margin marks; its line breaks are hidden br that the reader may show.
  - Notes print note/@n in the edited text and anchor/@n in the sources (decision 0006); their citations come
    formatted from the citation service (parameter $citations, XHTML).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:c="urn:siglum:citations"
    xmlns:s="urn:siglum:html"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:output method="xhtml" html-version="5.0" encoding="UTF-8" indent="no" omit-xml-declaration="yes"
      include-content-type="no"/>

  <!-- the formatted citations: c:citations with c:note[@id] and c:entry, their content XHTML -->
  <xsl:param name="citations" as="document-node()?" select="()"/>

  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>
  <xsl:key name="note-by-target" match="tei:note[@target]" use="tokenize(@target)"/>
  <xsl:key name="occurrences" match="tei:text//tei:persName[@ref]" use="tokenize(@ref) ! substring-after(., '#')"/>

  <!-- the numbers of divisions, entries, names and page breaks in document order, counted once: counting the
       preceding ones for each made a book's cost grow with the square of its length (docs/decisions/0034) -->
  <xsl:function name="s:positions" as="map(xs:string, xs:integer)">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="map:merge(for $i in 1 to count($nodes) return map {generate-id($nodes[$i]): $i})"/>
  </xsl:function>
  <xsl:variable name="div-numbers" select="s:positions(//tei:div)"/>
  <xsl:variable name="app-numbers" select="s:positions(//tei:app)"/>
  <xsl:variable name="occurrence-numbers" select="s:positions(//tei:persName[@ref])"/>
  <xsl:variable name="pb-numbers" as="map(xs:string, xs:integer)"
      select="map:merge(for $ed in distinct-values(//tei:pb ! string(@edRef)) return s:positions(//tei:pb[string(@edRef) = $ed]))"/>

  <xsl:variable name="lang" as="xs:string" select="string((/tei:TEI/@xml:lang, 'en')[1])"/>
  <xsl:variable name="witnesses" as="element(tei:witness)*" select="/tei:TEI/tei:teiHeader//tei:listWit//tei:witness"/>
  <xsl:variable name="witness-ids" as="xs:string*" select="$witnesses/@xml:id ! string()"/>
  <!-- the witnesses of the lemmata: the edited text -->
  <xsl:variable name="edited" as="xs:string*"
      select="distinct-values(//tei:text//tei:lem/@wit ! s:ids(.))"/>
  <xsl:variable name="sources" as="xs:string*" select="$witness-ids[not(. = $edited)]"/>
  <xsl:variable name="default-witness" as="xs:string" select="string(($edited, $witness-ids, 'base')[1])"/>

  <xsl:variable name="L" as="map(xs:string, xs:string)" select="
      if (starts-with($lang, 'th')) then map {
        'contents': 'สารบัญ', 'notes': 'เชิงอรรถ', 'bibliography': 'บรรณานุกรม', 'persons': 'ดัชนีชื่อบุคคล',
        'witness': 'ฉบับ', 'layout': 'แสดงการขึ้นบรรทัดของต้นฉบับ', 'back': 'กลับไปยังเนื้อความ',
        'readings': 'ความต่างของฉบับ', 'page': 'หน้า', 'occurrence': 'ที่ปรากฏ', 'omitted': 'om.',
        'skip': 'ข้ามไปยังเนื้อความ', 'text': 'เนื้อความ'}
      else map {
        'contents': 'Contents', 'notes': 'Notes', 'bibliography': 'Bibliography', 'persons': 'Index of persons',
        'witness': 'Witness', 'layout': 'Line breaks of the source', 'back': 'Back to the text',
        'readings': 'Variant readings', 'page': 'page', 'occurrence': 'occurrence', 'omitted': 'om.',
        'skip': 'Skip to the text', 'text': 'Text'}"/>

  <!-- ids of a pointer attribute, without '#' -->
  <xsl:function name="s:ids" as="xs:string*">
    <xsl:param name="pointers" as="xs:string?"/>
    <xsl:sequence select="tokenize($pointers) ! replace(., '^#', '')"/>
  </xsl:function>

  <xsl:function name="s:div-id" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="string(($div/@xml:id, 'div-' || $div-numbers(generate-id($div)))[1])"/>
  </xsl:function>

  <xsl:function name="s:app-id" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="'app-' || string(($app/@xml:id, $app-numbers(generate-id($app)))[1])"/>
  </xsl:function>

  <xsl:function name="s:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="string(($note/@xml:id, 'note' || count($note/preceding::tei:note) + 1)[1])"/>
  </xsl:function>

  <xsl:function name="s:occurrence-id" as="xs:string">
    <xsl:param name="name" as="element(tei:persName)"/>
    <xsl:sequence select="'occ-' || $occurrence-numbers(generate-id($name))"/>
  </xsl:function>

  <!--
    What a layout break gives in a witness that does not follow that layout (decision 0005): nothing when it splits
    a word (break="no"), between two Thai letters or after a hyphen; else a space.
  -->
  <xsl:function name="s:break-space" as="xs:string">
    <xsl:param name="break" as="element()"/>
    <xsl:variable name="before" select="string($break/preceding::text()[1])"/>
    <xsl:variable name="after" select="string($break/following::text()[1])"/>
    <xsl:sequence select="
        if ($break/@break = 'no') then ''
        else if (matches($before, '-$')) then ''
        else if (matches($before, '\p{IsThai}$') and matches($after, '^\p{IsThai}')) then ''
        else ' '"/>
  </xsl:function>

  <!-- ============================================================ the page -->
  <xsl:template match="/">
    <xsl:variable name="title" select="normalize-space(string(/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1]))"/>
    <html lang="{$lang}">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Siglum"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" href="siglum.css"/>
        <script src="siglum.js" defer="defer"></script>
      </head>
      <body data-witness="{$default-witness}">
        <a class="skip" href="#text"><xsl:value-of select="$L?skip"/></a>
        <header class="edition-header">
          <p class="edition-title"><xsl:value-of select="$title"/></p>
          <xsl:if test="count($witnesses) gt 1">
            <fieldset class="witness-switch">
              <legend><xsl:value-of select="$L?witness"/></legend>
              <xsl:for-each select="$witnesses">
                <label title="{normalize-space(.)}">
                  <input type="radio" name="witness" value="{@xml:id}">
                    <xsl:if test="@xml:id = $default-witness"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
                  </input>
                  <xsl:text> </xsl:text>
                  <span class="siglum"><xsl:value-of select="@xml:id"/></span>
                </label>
                <xsl:text> </xsl:text>
              </xsl:for-each>
              <xsl:if test="//tei:text//tei:lb[@edRef]">
                <label><input type="checkbox" id="layout" name="layout"/><xsl:text> </xsl:text><xsl:value-of select="$L?layout"/></label>
              </xsl:if>
            </fieldset>
          </xsl:if>
        </header>
        <nav class="toc" aria-labelledby="toc-title">
          <h2 id="toc-title"><xsl:value-of select="$L?contents"/></h2>
          <ol>
            <xsl:apply-templates select="/tei:TEI/tei:text/(tei:front | tei:body | tei:back)/tei:div[tei:head]" mode="toc"/>
            <xsl:if test="//tei:text//tei:note[@place = 'foot']">
              <li><a href="#notes"><xsl:value-of select="$L?notes"/></a></li>
            </xsl:if>
            <xsl:if test="exists($citations//c:entry)">
              <li><a href="#bibliography"><xsl:value-of select="$L?bibliography"/></a></li>
            </xsl:if>
            <xsl:if test="//tei:listPerson/tei:person">
              <li><a href="#persons"><xsl:value-of select="$L?persons"/></a></li>
            </xsl:if>
          </ol>
        </nav>
        <main id="text">
          <xsl:apply-templates select="/tei:TEI/tei:text/(tei:front | tei:body)"/>
          <xsl:apply-templates select="/tei:TEI/tei:text/tei:back/tei:div"/>
        </main>
        <xsl:call-template name="notes"/>
        <xsl:call-template name="bibliography"/>
        <xsl:call-template name="persons"/>
      </body>
    </html>
  </xsl:template>

  <!-- ============================================================ table of contents -->
  <xsl:template match="tei:div" mode="toc">
    <li>
      <a href="#{s:div-id(.)}"><xsl:apply-templates select="tei:head[1]" mode="plain"/></a>
      <xsl:if test="tei:div[tei:head]">
        <ol><xsl:apply-templates select="tei:div[tei:head]" mode="toc"/></ol>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- the edited text of a heading, as plain text -->
  <xsl:template match="tei:rdg | tei:note | tei:anchor | tei:pb" mode="plain"/>
  <xsl:template match="tei:lb" mode="plain"><xsl:value-of select="s:break-space(.)"/></xsl:template>
  <xsl:template match="tei:app" mode="plain">
    <xsl:apply-templates select="(tei:lem, tei:rdg[tokenize(@wit) = '#' || $default-witness])[1]" mode="plain"/>
  </xsl:template>

  <!-- ============================================================ the text -->
  <xsl:template match="tei:front | tei:body">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:div">
    <section id="{s:div-id(.)}" class="div {@type}">
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template match="tei:div/tei:head">
    <xsl:element name="h{min((count(ancestor::tei:div), 6))}">
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:p">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:foreign | tei:*[@xml:lang][not(self::tei:div)]" priority="-0.1">
    <span lang="{@xml:lang}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:title">
    <cite><xsl:apply-templates/></cite>
  </xsl:template>

  <xsl:template match="tei:gap"/>

  <!-- notes are printed in their section; in the text only their marker (at the anchor) -->
  <xsl:template match="tei:note"/>

  <xsl:template match="tei:anchor[@type = 'note']">
    <xsl:variable name="note" select="key('note-by-target', '#' || @xml:id)[1]"/>
    <xsl:choose>
      <xsl:when test="$note">
        <xsl:variable name="id" select="s:note-id($note)"/>
        <a class="noteref" id="noteref-{$id}" href="#note-{$id}" role="doc-noteref">
          <sup>
            <xsl:choose>
              <xsl:when test="string(@n) = string($note/@n) or empty(@n)"><xsl:value-of select="$note/@n"/></xsl:when>
              <xsl:otherwise>
                <span data-wit="{string-join(($edited, if (empty($edited)) then $witness-ids else ()), ' ')}">
                  <xsl:value-of select="$note/@n"/>
                </span>
                <span data-wit="{string-join($sources, ' ')}" hidden="hidden"><xsl:value-of select="@n"/></span>
              </xsl:otherwise>
            </xsl:choose>
          </sup>
        </a>
      </xsl:when>
      <xsl:otherwise><sup class="anchor"><xsl:value-of select="@n"/></sup></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:persName[@ref][ancestor::tei:text]">
    <span class="person" id="{s:occurrence-id(.)}" data-person="{s:ids(@ref)}">
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- a source's line break: what it gives elsewhere, and a br shown on request for the witnesses it belongs to -->
  <xsl:template match="tei:lb[@edRef or @ed]">
    <xsl:value-of select="s:break-space(.)"/>
    <br class="lb" data-ed="{s:ids((@edRef, @ed)[1])}" hidden="hidden"/>
  </xsl:template>
  <xsl:template match="tei:lb"><br/></xsl:template>

  <!-- a source's page break: a mark in the margin, shown whatever the witness -->
  <xsl:template match="tei:pb">
    <xsl:value-of select="s:break-space(.)"/>
    <xsl:apply-templates select="." mode="mark"/>
  </xsl:template>
  <!-- inside a reading the app has put the mark before itself -->
  <xsl:template match="tei:pb[ancestor::tei:lem or ancestor::tei:rdg]"/>

  <xsl:template match="tei:pb" mode="mark">
    <xsl:variable name="ed" select="s:ids((@edRef, @ed)[1])"/>
    <xsl:variable name="n" select="string((@n, $pb-numbers(generate-id()) + 1)[1])"/>
    <span class="pb" data-ed="{$ed}"><span class="pb-n" title="{string-join($ed, ' ')} {$L?page} {$n}"><xsl:value-of select="string-join(($ed, $n), ' ')"/></span></span>
  </xsl:template>

  <!-- ============================================================ apparatus -->
  <xsl:template match="tei:app">
    <xsl:variable name="id" select="s:app-id(.)"/>
    <xsl:variable name="readings" select="tei:lem | tei:rdg | tei:rdgGrp/tei:rdg"/>
    <xsl:variable name="named" select="distinct-values($readings/@wit ! s:ids(.))"/>
    <xsl:variable name="unnamed" select="$witness-ids[not(. = $named)]"/>
    <xsl:apply-templates select="$readings//tei:pb" mode="mark"/>
    <span class="app" id="{$id}">
      <xsl:for-each select="$readings">
        <xsl:variable name="wits" select="(s:ids(@wit), if (self::tei:lem) then $unnamed else ())"/>
        <span class="{local-name()}" data-wit="{string-join($wits, ' ')}">
          <xsl:if test="not($default-witness = $wits)"><xsl:attribute name="hidden">hidden</xsl:attribute></xsl:if>
          <xsl:apply-templates/>
        </span>
      </xsl:for-each>
      <xsl:if test="$readings[self::tei:rdg][not(@cause = 'layout')]">
        <button type="button" class="app-mark" aria-expanded="false" aria-controls="{$id}-readings"
            title="{$L?readings}" aria-label="{$L?readings}"></button>
        <span class="app-panel" id="{$id}-readings" hidden="hidden">
          <span class="lemma"><xsl:apply-templates select="tei:lem/node()" mode="panel"/></span>
          <xsl:if test="tei:lem/@wit"><xsl:text> </xsl:text><span class="siglum"><xsl:value-of select="s:ids(tei:lem/@wit)"/></span></xsl:if>
          <span class="bracket">]</span>
          <xsl:for-each select="$readings[self::tei:rdg]">
            <xsl:if test="position() gt 1">; </xsl:if>
            <xsl:text> </xsl:text>
            <span class="reading">
              <xsl:choose>
                <xsl:when test="normalize-space(.) = ''"><i lang="la"><xsl:value-of select="$L?omitted"/></i></xsl:when>
                <xsl:otherwise><xsl:apply-templates mode="panel"/></xsl:otherwise>
              </xsl:choose>
            </span>
            <xsl:text> </xsl:text>
            <span class="siglum"><xsl:value-of select="s:ids(@wit)"/></span>
            <xsl:if test="@type">
              <xsl:text> </xsl:text><span class="kind" lang="en">(<xsl:value-of select="translate(@type, '-', ' ')"/>)</span>
            </xsl:if>
          </xsl:for-each>
          <xsl:for-each select="tei:note">
            <xsl:text> </xsl:text><span class="app-note"><xsl:apply-templates mode="panel"/></span>
          </xsl:for-each>
        </span>
      </xsl:if>
    </span>
  </xsl:template>

  <!-- a reading's text in the panel: its words and languages, no ids, no breaks -->
  <xsl:template match="tei:lb | tei:pb" mode="panel"><xsl:value-of select="s:break-space(.)"/></xsl:template>
  <xsl:template match="tei:note | tei:anchor" mode="panel"/>
  <xsl:template match="tei:foreign | tei:*[@xml:lang]" mode="panel">
    <span lang="{@xml:lang}"><xsl:apply-templates mode="panel"/></span>
  </xsl:template>

  <!-- ============================================================ notes -->
  <xsl:template name="notes">
    <xsl:variable name="notes" select="//tei:text//tei:note[@place = 'foot']"/>
    <xsl:if test="$notes">
      <section id="notes" class="notes" role="doc-endnotes" aria-labelledby="notes-title">
        <h2 id="notes-title"><xsl:value-of select="$L?notes"/></h2>
        <ol>
          <xsl:for-each select="$notes">
            <xsl:variable name="id" select="s:note-id(.)"/>
            <li id="note-{$id}">
              <span class="note-number"><xsl:value-of select="@n"/></span>
              <xsl:text> </xsl:text>
              <span class="note-text"><xsl:apply-templates mode="note"><xsl:with-param name="id" select="$id" tunnel="yes"/></xsl:apply-templates></span>
              <xsl:if test="@target">
                <xsl:text> </xsl:text>
                <a class="backlink" href="#noteref-{$id}" role="doc-backlink" aria-label="{$L?back}">↩</a>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- a citation by reference: the note's citations as the citation service formatted them (once per note) -->
  <xsl:template match="tei:bibl[tei:ptr]" mode="note">
    <xsl:param name="id" tunnel="yes"/>
    <xsl:variable name="formatted" select="$citations/c:citations/c:note[@id = $id]"/>
    <xsl:choose>
      <xsl:when test="$formatted">
        <xsl:if test="not(preceding-sibling::tei:bibl[tei:ptr] | ancestor::tei:note[1]//tei:bibl[tei:ptr][. &lt;&lt; current()])">
          <span class="citation"><xsl:copy-of select="$formatted/node()" copy-namespaces="no"/></span>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise><span class="citation"><xsl:apply-templates mode="note"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:ptr" mode="note"/>
  <xsl:template match="tei:title" mode="note"><cite><xsl:apply-templates mode="note"/></cite></xsl:template>
  <xsl:template match="tei:foreign | tei:*[@xml:lang]" mode="note">
    <span lang="{@xml:lang}"><xsl:apply-templates mode="note"/></span>
  </xsl:template>
  <xsl:template match="tei:lb | tei:pb" mode="note"><xsl:value-of select="s:break-space(.)"/></xsl:template>

  <!-- ============================================================ bibliography -->
  <xsl:template name="bibliography">
    <xsl:if test="exists($citations//c:entry)">
      <section id="bibliography" class="bibliography" role="doc-bibliography" aria-labelledby="bibliography-title">
        <h2 id="bibliography-title"><xsl:value-of select="$L?bibliography"/></h2>
        <ul>
          <xsl:for-each select="$citations//c:entry">
            <li><xsl:copy-of select="node()" copy-namespaces="no"/></li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ persons -->
  <xsl:template name="persons">
    <xsl:variable name="persons" select="/tei:TEI/tei:teiHeader//tei:listPerson//tei:person[@xml:id]"/>
    <xsl:if test="$persons">
      <section id="persons" class="persons" role="doc-index" aria-labelledby="persons-title">
        <h2 id="persons-title"><xsl:value-of select="$L?persons"/></h2>
        <ul>
          <xsl:for-each select="$persons">
            <xsl:variable name="occurrences" select="key('occurrences', @xml:id)"/>
            <xsl:variable name="spellings" select="distinct-values(($occurrences ! normalize-space(s:plain(.))))"/>
            <li id="person-{@xml:id}">
              <b><xsl:apply-templates select="tei:persName[not(@type = 'variant')][1]" mode="note"/></b>
              <xsl:variable name="other" select="distinct-values((tei:persName[@type = 'variant'] ! normalize-space(.), $spellings))[not(. = normalize-space(current()/tei:persName[not(@type = 'variant')][1]))]"/>
              <xsl:if test="exists($other)">
                <xsl:text> (</xsl:text><span class="spellings"><xsl:value-of select="$other" separator=", "/></span><xsl:text>)</xsl:text>
              </xsl:if>
              <xsl:if test="tei:note">
                <xsl:text> </xsl:text><span class="person-note"><xsl:value-of select="normalize-space(tei:note[1])"/></span>
              </xsl:if>
              <xsl:if test="$occurrences">
                <xsl:text> </xsl:text>
                <span class="occurrences">
                  <xsl:for-each select="$occurrences">
                    <xsl:if test="position() gt 1"><xsl:text>, </xsl:text></xsl:if>
                    <a href="#{s:occurrence-id(.)}" aria-label="{$L?occurrence} {position()}"><xsl:value-of select="position()"/></a>
                  </xsl:for-each>
                </span>
              </xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- a name as written in the edited text -->
  <xsl:function name="s:plain" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="text"><xsl:apply-templates select="$e/node()" mode="plain"/></xsl:variable>
    <xsl:sequence select="string($text)"/>
  </xsl:function>

</xsl:stylesheet>
