<?xml version="1.0" encoding="UTF-8"?>
<!--
  The web edition: a TEI P5 edition to one HTML5 page in XHTML syntax (decision 0018).
  - Every witness's text is in the page: an app gives one span per reading, data-wit naming the witnesses that read
    it; siglum.js shows the chosen witness's spans (the edited text without script).
  - An app with a reading other than layout gets a button (aria-expanded) and a panel "lemma] reading SIGLUM".
  - Page breaks of a source are margin marks; its line breaks are hidden br that the reader may show.
  - Every note of the text gets a numbered marker where it stands (or at its @target) and an entry in the notes
    section, linked both ways; a note of an apparatus entry with a panel is printed in that panel.
  - Notes print note/@n in the edited text and anchor/@n in the sources (decision 0006); their citations come
    formatted from the citation service (parameter $citations, XHTML).
  - Nothing of the text is dropped: an element we do not know keeps its text (a span, or a div around blocks).
  - Languages: xml:lang gives lang, and dir where the direction changes (script subtag first, then the language).
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
  <!-- where each page image of the facsimile is in the output folder, by graphic/@url: the exporter copies the
       images beside index.html (decision 0048); an image it did not copy keeps its @url -->
  <xsl:param name="images" as="map(xs:string, xs:string)" select="map {}"/>

  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>
  <xsl:key name="note-by-target" match="tei:text//tei:note[@target]" use="tokenize(@target)"/>
  <xsl:key name="app-by-end" match="tei:listApp/tei:app[@to | @from]" use="tokenize((@to, @from)[1])"/>
  <xsl:key name="occurrences" match="tei:text//tei:persName[@ref]" use="tokenize(@ref) ! substring-after(., '#')"/>

  <!-- the numbers of divisions, entries, names and page breaks in document order, counted once: counting the
       preceding ones for each made a book's cost grow with the square of its length (docs/decisions/0034) -->
  <xsl:function name="s:positions" as="map(xs:string, xs:integer)">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="map:merge(for $i in 1 to count($nodes) return map {generate-id($nodes[$i]): $i})"/>
  </xsl:function>
  <xsl:variable name="divisions" as="element()*"
      select="//tei:text//(tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7)"/>
  <xsl:variable name="div-numbers" select="s:positions($divisions)"/>
  <xsl:variable name="app-numbers" select="s:positions(//tei:app)"/>
  <xsl:variable name="occurrence-numbers" select="s:positions(//tei:persName[@ref])"/>
  <xsl:variable name="pb-numbers" as="map(xs:string, xs:integer)"
      select="map:merge(for $ed in distinct-values(//tei:pb ! string(@edRef)) return s:positions(//tei:pb[string(@edRef) = $ed]))"/>
  <xsl:variable name="l-numbers" select="s:positions(//tei:text//tei:l)"/>

  <!-- ============================================================ facsimile (decision 0048) -->
  <!-- the pages: facsimile/surface with a graphic (or a graphic right under facsimile), by xml:id; zone coordinates
       are in the graphic's pixel space (graphic/@width and @height in px, else the surface's lrx and lry) -->
  <xsl:variable name="surfaces" as="element()*"
      select="/tei:TEI/tei:facsimile/(descendant::tei:surface[tei:graphic/@url] | tei:graphic[@url])[@xml:id]"/>
  <xsl:variable name="surface-by-id" as="map(xs:string, element())"
      select="map:merge(($surfaces ! map {string(@xml:id): .}, $surfaces/tei:graphic[@xml:id] ! map {string(@xml:id): ..}), map {'duplicates': 'use-first'})"/>
  <xsl:function name="s:surface" as="element()?">
    <xsl:param name="pointer" as="attribute()?"/>
    <xsl:sequence select="if (exists($pointer)) then $surface-by-id(s:ids($pointer)[1]) else ()"/>
  </xsl:function>
  <!-- the pages the text's page breaks show, in the text's order -->
  <xsl:variable name="facs-pages" as="element(tei:pb)*" select="//tei:text//tei:pb[exists(s:surface(@facs))][s:rendered(.)]"/>
  <!-- the line zones, by xml:id: those a line break of the text points at, on a page the text shows -->
  <xsl:variable name="facs-page-numbers" select="s:positions($facs-pages)"/>
  <xsl:variable name="facs-zones" as="map(xs:string, element())" select="map:merge(
      ($facs-pages ! s:surface(@facs))/descendant::tei:zone[@xml:id] ! map {string(@xml:id): .},
      map {'duplicates': 'use-first'})"/>
  <xsl:function name="s:px" as="xs:double?">
    <xsl:param name="length" as="attribute()?"/>
    <xsl:variable name="v" select="replace(normalize-space($length), 'px$', '')"/>
    <xsl:sequence select="if ($v castable as xs:double and xs:double($v) gt 0) then xs:double($v) else ()"/>
  </xsl:function>
  <xsl:function name="s:num" as="xs:double?">
    <xsl:param name="n" as="attribute()?"/>
    <xsl:sequence select="if (normalize-space($n) castable as xs:double) then xs:double(normalize-space($n)) else ()"/>
  </xsl:function>

  <!-- the line a text node is on: the line break before it, unless a page break comes between -->
  <xsl:function name="s:line-zone" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="break" select="$node/preceding::*[self::tei:lb or self::tei:pb][1]"/>
    <xsl:variable name="zone" select="if ($break/self::tei:lb/@facs) then s:ids($break/@facs)[1] else ()"/>
    <xsl:sequence select="if (exists($zone) and map:contains($facs-zones, $zone)) then $zone else ()"/>
  </xsl:function>

  <!-- ============================================================ languages and direction -->
  <!-- the edition's language: the text's, the TEI's, the one language of langUsage, else guessed from the script
       of its letters (a language "und" with that script: the script is known, the language is not) -->
  <xsl:variable name="lang" as="xs:string" select="string((/tei:TEI/tei:text/@xml:lang, /tei:TEI/@xml:lang,
      /tei:TEI/tei:teiHeader/tei:profileDesc/tei:langUsage[count(tei:language) = 1]/tei:language/@ident,
      s:body-language(/tei:TEI/tei:text/tei:body), s:script-language(/tei:TEI/tei:text))[1])"/>

  <!-- the language of a body whose parts all say the same one -->
  <xsl:function name="s:body-language" as="xs:string?">
    <xsl:param name="body" as="element()?"/>
    <xsl:variable name="parts" select="$body/*[normalize-space()]"/>
    <xsl:variable name="langs" select="distinct-values($parts/@xml:lang)"/>
    <xsl:sequence select="if (count($langs) = 1 and empty($parts[not(@xml:lang)])) then $langs else ()"/>
  </xsl:function>

  <xsl:function name="s:script-language" as="xs:string">
    <xsl:param name="text" as="element()?"/>
    <xsl:variable name="letters" select="replace(string($text), '[^\p{L}]', '')"/>
    <xsl:variable name="scripts" as="map(xs:string, xs:integer)" select="map {
        'und-Hebr': string-length(replace($letters, '\P{IsHebrew}', '')),
        'und-Arab': string-length(replace($letters, '[^\p{IsArabic}\p{IsArabicPresentationForms-A}\p{IsArabicPresentationForms-B}]', '')),
        'und-Syrc': string-length(replace($letters, '\P{IsSyriac}', '')),
        'und-Grek': string-length(replace($letters, '[^\p{IsGreek}\p{IsGreekExtended}]', '')),
        'th': string-length(replace($letters, '\P{IsThai}', '')),
        'und-Deva': string-length(replace($letters, '\P{IsDevanagari}', ''))}"/>
    <xsl:variable name="best" select="(for $k in map:keys($scripts) return $k)[$scripts(.) = max(map:keys($scripts) ! $scripts(.))][1]"/>
    <xsl:sequence select="if (exists($best) and $scripts($best) * 2 gt string-length($letters)) then $best else 'en'"/>
  </xsl:function>

  <xsl:variable name="rtl-scripts" select="('arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'mand', 'samr', 'rohg')"/>
  <xsl:variable name="rtl-languages"
      select="('ar', 'he', 'iw', 'syc', 'syr', 'fa', 'ur', 'yi', 'ps', 'sd', 'ckb', 'dv', 'ug', 'arc', 'ara', 'heb', 'per', 'fas', 'urd', 'yid')"/>

  <!-- rtl or ltr: a script subtag decides (ar-Latn is ltr, en-Arab rtl), else the language -->
  <xsl:function name="s:dir" as="xs:string">
    <xsl:param name="tag" as="xs:string?"/>
    <xsl:variable name="subtags" select="tokenize(lower-case(string($tag)), '[-_]')"/>
    <xsl:variable name="public" select="if (index-of($subtags, 'x')) then subsequence($subtags, 1, index-of($subtags, 'x')[1] - 1) else $subtags"/>
    <xsl:variable name="script" select="$public[position() gt 1][matches(., '^[a-z]{4}$')][1]"/>
    <xsl:sequence select="if (exists($script)) then (if ($script = $rtl-scripts) then 'rtl' else 'ltr')
        else if ($public[1] = $rtl-languages) then 'rtl' else 'ltr'"/>
  </xsl:function>

  <!-- the language an element of the text is in: its own, an ancestor's in the text, or the edition's -->
  <xsl:function name="s:lang-of" as="xs:string">
    <xsl:param name="e" as="node()?"/>
    <xsl:sequence select="string(($e/ancestor-or-self::*[@xml:lang][ancestor-or-self::tei:text][1]/@xml:lang, $lang)[1])"/>
  </xsl:function>

  <!-- lang (and dir where the direction changes) for the element made from the context node, whose output sits in
       a place of language $context -->
  <xsl:template name="lang">
    <xsl:param name="context" as="xs:string" select="s:lang-of(parent::node())"/>
    <xsl:variable name="own" select="s:lang-of(.)"/>
    <xsl:if test="@xml:lang or $own ne $context">
      <xsl:attribute name="lang" select="$own"/>
      <xsl:if test="s:dir($own) ne s:dir($context)"><xsl:attribute name="dir" select="s:dir($own)"/></xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- the labels: Thai for a Thai edition, English otherwise; marked English where the page is in another language -->
  <xsl:variable name="ui" as="xs:string" select="if (starts-with($lang, 'th')) then 'th' else 'en'"/>
  <xsl:template name="ui-lang">
    <xsl:if test="tokenize(lower-case($lang), '-')[1] ne $ui">
      <!-- no dir: a label keeps the page's direction, so that it sits where the page's text sits -->
      <xsl:attribute name="lang" select="$ui"/>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ witnesses -->
  <xsl:variable name="witnesses" as="element(tei:witness)*" select="/tei:TEI/tei:teiHeader//tei:listWit//tei:witness"/>
  <xsl:variable name="witness-ids" as="xs:string*" select="$witnesses/@xml:id ! string()"/>

  <!-- a pointer's token as the witnesses it names: a witness by id or by its siglum, a group of witnesses (listWit)
       as its members; any other token (a bibl, a msDesc, nothing) stays itself, without '#' and '?citedRange' -->
  <xsl:variable name="witness-by-token" as="map(xs:string, xs:string*)" select="map:merge((
      $witnesses[@xml:id] ! map {string(@xml:id): string(@xml:id)},
      /tei:TEI/tei:teiHeader//tei:listWit[@xml:id] ! map {string(@xml:id): .//tei:witness/@xml:id ! string()},
      for $w in $witnesses[@xml:id], $s in distinct-values(($w/tei:abbr[@type = 'siglum'], $w/@n) ! normalize-space(.))
        return map {$s: string($w/@xml:id)}), map {'duplicates': 'use-first'})"/>

  <xsl:function name="s:token" as="xs:string">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:sequence select="replace(replace($pointer, '\?.*$', ''), '^.*#', '')"/>
  </xsl:function>

  <!-- the witnesses named by a @wit (or @edRef) -->
  <xsl:function name="s:wits" as="xs:string*">
    <xsl:param name="pointers" as="xs:string?"/>
    <xsl:sequence select="distinct-values(tokenize(string($pointers)) ! s:token(.)[. ne ''] ! (($witness-by-token(.), .)[1]))"/>
  </xsl:function>

  <!-- how a @wit reads in the apparatus: a witness's siglum, a group's, the @n or id of what else it points to -->
  <xsl:function name="s:sigla" as="xs:string">
    <xsl:param name="pointers" as="xs:string?"/>
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="string-join(tokenize(string($pointers)) ! s:token(.)[. ne ''] ! s:siglum(., $doc), ' ')"/>
  </xsl:function>
  <xsl:function name="s:siglum" as="xs:string">
    <xsl:param name="token" as="xs:string"/>
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="target" select="key('id', $token, $doc)[1]"/>
    <xsl:sequence select="normalize-space(string(($target/(tei:abbr[@type = 'siglum'], tei:head/tei:abbr[@type = 'siglum'], @n), $token)[1]))"/>
  </xsl:function>

  <!-- the edited text: the witnesses of the lemmata; an edition whose lemmata mostly name none (a critical text)
       has one of its own, which every lemma (or the first reading of an entry without one) reads -->
  <xsl:variable name="edition-text" as="xs:string?" select="
      if (count(//tei:text//tei:app[tei:lem[not(@wit)] or not(tei:lem)]) gt count(//tei:text//tei:app[tei:lem/@wit]))
      then 'siglum-edition' else ()"/>
  <xsl:variable name="edited" as="xs:string*"
      select="($edition-text, if (empty($edition-text)) then distinct-values(//tei:text//tei:lem/@wit ! s:wits(.)) else ())"/>
  <xsl:variable name="sources" as="xs:string*" select="$witness-ids[not(. = $edited)]"/>
  <xsl:variable name="default-witness" as="xs:string" select="string(($edited, $witness-ids, 'base')[1])"/>

  <xsl:variable name="L" as="map(xs:string, xs:string)" select="
      if ($ui = 'th') then map {
        'contents': 'สารบัญ', 'notes': 'เชิงอรรถ', 'bibliography': 'บรรณานุกรม', 'persons': 'ดัชนีชื่อบุคคล',
        'witness': 'ฉบับ', 'layout': 'แสดงการขึ้นบรรทัดของต้นฉบับ', 'back': 'กลับไปยังเนื้อความ',
        'readings': 'ความต่างของฉบับ', 'page': 'หน้า', 'occurrence': 'ที่ปรากฏ', 'omitted': 'om.',
        'skip': 'ข้ามไปยังเนื้อความ', 'text': 'เนื้อความ', 'edition': 'ฉบับชำระ', 'note': 'เชิงอรรถ',
        'lacunaStart': 'ต้นฉบับขาด', 'lacunaEnd': 'สิ้นส่วนที่ขาด', 'witStart': 'ต้นฉบับเริ่ม', 'witEnd': 'ต้นฉบับจบ',
        'gap': 'ช่องว่าง', 'apparatus': 'ความต่างของฉบับ', 'column': 'คอลัมน์',
        'facsimile': 'ภาพต้นฉบับ'}
      else map {
        'contents': 'Contents', 'notes': 'Notes', 'bibliography': 'Bibliography', 'persons': 'Index of persons',
        'witness': 'Witness', 'layout': 'Line breaks of the source', 'back': 'Back to the text',
        'readings': 'Variant readings', 'page': 'page', 'occurrence': 'occurrence', 'omitted': 'om.',
        'skip': 'Skip to the text', 'text': 'Text', 'edition': 'Edited text', 'note': 'note',
        'lacunaStart': 'lacuna begins', 'lacunaEnd': 'lacuna ends', 'witStart': 'witness begins',
        'witEnd': 'witness ends', 'gap': 'gap', 'apparatus': 'Apparatus', 'column': 'column',
        'facsimile': 'Page images'}"/>

  <!-- ids of a pointer attribute, without '#' -->
  <xsl:function name="s:ids" as="xs:string*">
    <xsl:param name="pointers" as="xs:string?"/>
    <xsl:sequence select="tokenize($pointers) ! replace(., '^#', '')"/>
  </xsl:function>

  <!-- ids the page itself uses: a division with such an xml:id gets a numbered id instead -->
  <xsl:variable name="reserved-ids" select="('text', 'notes', 'notes-title', 'toc-title', 'bibliography',
      'bibliography-title', 'persons', 'persons-title', 'layout')"/>
  <xsl:function name="s:div-id" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="string(($div/@xml:id[not(. = $reserved-ids)][not(matches(., '^(app|note|noteref|div|occ|person)-'))],
        'div-' || $div-numbers(generate-id($div)))[1])"/>
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

  <!-- ============================================================ what is block and what is rendered -->
  <xsl:variable name="block-names" select="('p', 'ab', 'lg', 'l', 'list', 'table', 'figure', 'sp', 'listBibl', 'listApp',
      'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'head', 'opener', 'closer', 'trailer', 'byline',
      'dateline', 'salute', 'signed', 'epigraph', 'argument', 'floatingText', 'castList', 'titlePage', 'docTitle',
      'titlePart', 'docAuthor', 'docImprint', 'docDate', 'postscript', 'biblStruct', 'msDesc', 'listPerson',
      'listPlace')"/>

  <!-- an element holds a block when one of its descendants is one (not counting the notes, printed in their section) -->
  <xsl:function name="s:has-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/descendant::*[local-name() = $block-names]
        [not(ancestor::tei:note except $e/ancestor-or-self::tei:note)])"/>
  </xsl:function>

  <!-- an app shows a panel when it has a reading other than the source's layout -->
  <xsl:function name="s:has-panel" as="xs:boolean">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="exists(s:readings($app)[self::tei:rdg][not(@cause = 'layout')]) and not($app/parent::tei:listApp)"/>
  </xsl:function>

  <xsl:function name="s:readings" as="element()*">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="($app/tei:lem | $app/tei:rdg | $app/tei:rdgGrp//(tei:lem | tei:rdg))[ancestor::tei:app[1] is $app]"/>
  </xsl:function>

  <!-- the reading of a choice that the page shows: the correction, the regularised, the expanded form -->
  <xsl:function name="s:shown-choice" as="element()?">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:sequence select="($choice/tei:corr, $choice/tei:reg, $choice/tei:expan, $choice/*)[1]"/>
  </xsl:function>

  <!-- the listBibl of back that the formatted bibliography stands for -->
  <xsl:variable name="formatted-bibliography" as="element()*"
      select="if (exists($citations//c:entry)) then /tei:TEI/tei:text/tei:back/tei:listBibl else ()"/>

  <!-- is this node rendered in the text (default mode) of the page? -->
  <xsl:function name="s:rendered" as="xs:boolean">
    <xsl:param name="n" as="node()"/>
    <xsl:sequence select="exists($n/ancestor-or-self::tei:text) and empty($n/ancestor-or-self::tei:teiHeader)
        and empty($n/ancestor-or-self::* intersect $formatted-bibliography)
        and empty($n/ancestor::tei:note[parent::tei:app[s:has-panel(.)]])
        and not($n/self::tei:note[parent::tei:app[s:has-panel(.)]])
        and empty($n/ancestor::tei:app[parent::tei:listApp])"/>
  </xsl:function>

  <!-- the notes of the notes section: every note of the text that is rendered -->
  <xsl:variable name="notes" as="element(tei:note)*" select="//tei:text//tei:note[s:rendered(.)]"/>
  <xsl:variable name="note-numbers" select="s:positions($notes)"/>

  <!-- where a note attached by @target has its marker: the first target of the text that is rendered -->
  <xsl:function name="s:note-place" as="element()?">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="(tokenize(string($note/@target))[starts-with(., '#')] ! key('id', substring(., 2), root($note)))
        [s:rendered(.)][not(ancestor-or-self::tei:note intersect $note)][not(self::tei:app | parent::tei:choice)]
        [empty(ancestor::*[parent::tei:choice][not(. is s:shown-choice(parent::tei:choice))])][1]"/>
  </xsl:function>

  <xsl:function name="s:note-label" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="string(($note/@n, $note-numbers(generate-id($note)))[1])"/>
  </xsl:function>

  <!-- ============================================================ the page -->
  <xsl:template match="/">
    <xsl:variable name="title" select="normalize-space(string(/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1]))"/>
    <xsl:variable name="choices" as="xs:string*" select="($edition-text, $witness-ids)"/>
    <html lang="{$lang}">
      <xsl:if test="s:dir($lang) = 'rtl'"><xsl:attribute name="dir">rtl</xsl:attribute></xsl:if>
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Siglum"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" href="siglum.css"/>
        <script src="siglum.js" defer="defer"></script>
      </head>
      <body data-witness="{$default-witness}">
        <a class="skip" href="#text"><xsl:call-template name="ui-lang"/><xsl:value-of select="$L?skip"/></a>
        <header class="edition-header">
          <p class="edition-title"><xsl:value-of select="$title"/></p>
          <xsl:choose>
            <xsl:when test="count($choices) gt 1">
              <fieldset class="witness-switch">
                <legend><xsl:call-template name="ui-lang"/><xsl:value-of select="$L?witness"/></legend>
                <xsl:if test="exists($edition-text)">
                  <label><xsl:call-template name="ui-lang"/>
                    <input type="radio" name="witness" value="{$edition-text}" checked="checked"/>
                    <xsl:text> </xsl:text><xsl:value-of select="$L?edition"/>
                  </label>
                  <xsl:text> </xsl:text>
                </xsl:if>
                <xsl:for-each select="$witnesses[@xml:id]">
                  <label title="{normalize-space(.)}">
                    <input type="radio" name="witness" value="{@xml:id}">
                      <xsl:if test="@xml:id = $default-witness"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
                    </input>
                    <xsl:text> </xsl:text>
                    <span class="siglum"><xsl:value-of select="s:siglum(@xml:id, root(.))"/></span>
                  </label>
                  <xsl:text> </xsl:text>
                </xsl:for-each>
                <xsl:if test="//tei:text//tei:lb">
                  <label><xsl:call-template name="ui-lang"/><input type="checkbox" id="layout" name="layout"/><xsl:text> </xsl:text><xsl:value-of select="$L?layout"/></label>
                </xsl:if>
              </fieldset>
            </xsl:when>
            <xsl:when test="//tei:text//tei:lb">
              <p class="witness-switch">
                <label><xsl:call-template name="ui-lang"/><input type="checkbox" id="layout" name="layout"/><xsl:text> </xsl:text><xsl:value-of select="$L?layout"/></label>
              </p>
            </xsl:when>
          </xsl:choose>
        </header>
        <nav class="toc" aria-labelledby="toc-title">
          <h2 id="toc-title"><xsl:call-template name="ui-lang"/><xsl:value-of select="$L?contents"/></h2>
          <ol>
            <xsl:apply-templates select="/tei:TEI/tei:text//(tei:front | tei:body | tei:back)/*[s:is-division(.)][tei:head]" mode="toc"/>
            <xsl:if test="exists($notes)">
              <li><a href="#notes"><xsl:call-template name="ui-lang"/><xsl:value-of select="$L?notes"/></a></li>
            </xsl:if>
            <xsl:if test="exists($citations//c:entry)">
              <li><a href="#bibliography"><xsl:call-template name="ui-lang"/><xsl:value-of select="$L?bibliography"/></a></li>
            </xsl:if>
            <xsl:if test="//tei:listPerson/tei:person">
              <li><a href="#persons"><xsl:call-template name="ui-lang"/><xsl:value-of select="$L?persons"/></a></li>
            </xsl:if>
          </ol>
        </nav>
        <xsl:choose>
          <xsl:when test="exists($facs-pages)">
            <div class="with-facsimile">
              <main id="text">
                <xsl:apply-templates select="/tei:TEI/tei:text"/>
              </main>
              <xsl:call-template name="facsimile"/>
            </div>
          </xsl:when>
          <xsl:otherwise>
            <main id="text">
              <xsl:apply-templates select="/tei:TEI/tei:text"/>
            </main>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="notes"/>
        <xsl:call-template name="bibliography"/>
        <xsl:call-template name="persons"/>
      </body>
    </html>
  </xsl:template>

  <xsl:function name="s:is-division" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/(self::tei:div | self::tei:div1 | self::tei:div2 | self::tei:div3 | self::tei:div4
        | self::tei:div5 | self::tei:div6 | self::tei:div7))"/>
  </xsl:function>

  <!-- ============================================================ table of contents -->
  <xsl:template match="*" mode="toc">
    <li>
      <a href="#{s:div-id(.)}"><xsl:call-template name="lang"><xsl:with-param name="context" select="$lang"/></xsl:call-template><xsl:apply-templates select="tei:head[1]" mode="plain"/></a>
      <xsl:if test="*[s:is-division(.)][tei:head]">
        <ol><xsl:apply-templates select="*[s:is-division(.)][tei:head]" mode="toc"/></ol>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- the edited text of a heading, as plain text -->
  <xsl:template match="tei:rdg | tei:note | tei:anchor | tei:pb | tei:witDetail" mode="plain"/>
  <xsl:template match="tei:lb | tei:cb" mode="plain"><xsl:value-of select="s:break-space(.)"/></xsl:template>
  <xsl:template match="tei:app" mode="plain">
    <xsl:apply-templates select="(tei:lem, tei:rdg[tokenize(@wit) = '#' || $default-witness], s:readings(.))[1]" mode="plain"/>
  </xsl:template>
  <xsl:template match="tei:choice" mode="plain">
    <xsl:apply-templates select="s:shown-choice(.)" mode="plain"/>
  </xsl:template>

  <!-- ============================================================ the text: divisions and blocks -->
  <xsl:template match="tei:text">
    <xsl:apply-templates select="tei:front | tei:body | tei:group"/>
    <xsl:apply-templates select="tei:back/node()[not(. intersect $formatted-bibliography)]"/>
  </xsl:template>

  <xsl:template match="tei:front | tei:body">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:group">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:group/tei:text">
    <section class="text"><xsl:call-template name="lang"/>
      <xsl:apply-templates select="tei:front | tei:body | tei:group | tei:back"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:back">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7">
    <section id="{s:div-id(.)}" class="{string-join(('div', @type), ' ')}">
      <xsl:call-template name="lang"/>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template match="tei:head[parent::*[s:is-division(.)]]">
    <xsl:variable name="level" select="min((count(ancestor::*[s:is-division(.)]), 6))"/>
    <xsl:choose>
      <xsl:when test="s:has-block(.)">
        <div class="head" role="heading" aria-level="{$level}"><xsl:call-template name="lang"/><xsl:apply-templates/></div>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="h{$level}"><xsl:call-template name="lang"/><xsl:apply-templates/></xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a heading of a list, a poem, the body: a paragraph of its own -->
  <xsl:template match="tei:head">
    <xsl:call-template name="paragraph"><xsl:with-param name="class" select="'head'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:p">
    <xsl:call-template name="paragraph"/>
  </xsl:template>

  <xsl:template match="tei:ab | tei:opener | tei:closer | tei:trailer | tei:byline | tei:dateline | tei:salute
      | tei:signed | tei:epigraph | tei:argument | tei:postscript | tei:docTitle | tei:titlePart | tei:docAuthor
      | tei:docImprint | tei:docDate | tei:speaker[parent::tei:sp]">
    <xsl:call-template name="paragraph"><xsl:with-param name="class" select="local-name()"/></xsl:call-template>
  </xsl:template>

  <!-- HTML's p holds no block: a paragraph holding a list, a poem or a table becomes a div -->
  <xsl:template name="paragraph">
    <xsl:param name="class" as="xs:string?" select="()"/>
    <xsl:element name="{if (s:has-block(.)) then 'div' else 'p'}">
      <xsl:if test="exists($class) or s:has-block(.)">
        <xsl:attribute name="class" select="($class, 'p')[1]"/>
      </xsl:if>
      <xsl:call-template name="lang"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:titlePage | tei:floatingText | tei:castList | tei:listBibl | tei:listPerson | tei:listPlace
      | tei:biblStruct[not(ancestor::tei:note)] | tei:msDesc">
    <div class="{local-name()}"><xsl:call-template name="lang"/><xsl:apply-templates/></div>
  </xsl:template>

  <!-- verse: a line gives its number from @n, else counted, every fifth printed -->
  <xsl:template match="tei:lg">
    <div class="{string-join(('lg', @type), ' ')}"><xsl:call-template name="lang"/><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="tei:l">
    <xsl:variable name="n" select="string((@n, $l-numbers(generate-id()))[1])"/>
    <div class="l" data-n="{$n}"><xsl:call-template name="lang"/>
      <xsl:if test="@n or $l-numbers(generate-id()) mod 5 = 0">
        <span class="l-n" aria-hidden="true"><xsl:value-of select="$n"/></span>
      </xsl:if>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- lists: item, or label and item; what else a list holds (a page break, a note) goes in an item of its own -->
  <xsl:template match="tei:list">
    <xsl:apply-templates select="tei:head"/>
    <xsl:variable name="ordered" select="matches(string((@type, @rend)[1]), 'ordered|numbered|decimal|enumerated')"/>
    <xsl:variable name="glossed" select="exists(tei:label)"/>
    <xsl:element name="{if ($glossed) then 'dl' else if ($ordered) then 'ol' else 'ul'}">
      <xsl:attribute name="class" select="string-join(('list', @type), ' ')"/>
      <xsl:call-template name="lang"/>
      <xsl:for-each select="node()[not(self::tei:head)][not(self::text()[normalize-space() = ''])]">
        <xsl:choose>
          <xsl:when test="self::tei:item">
            <xsl:element name="{if ($glossed) then 'dd' else 'li'}"><xsl:call-template name="lang"/><xsl:apply-templates/></xsl:element>
          </xsl:when>
          <xsl:when test="self::tei:label and $glossed">
            <dt><xsl:call-template name="lang"/><xsl:apply-templates/></dt>
          </xsl:when>
          <xsl:otherwise>
            <xsl:element name="{if ($glossed) then 'dd' else 'li'}"><xsl:attribute name="class">list-other</xsl:attribute><xsl:apply-templates select="."/></xsl:element>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:element>
  </xsl:template>

  <!-- tables: row and cell; what else a table holds is printed before it -->
  <xsl:template match="tei:table">
    <xsl:apply-templates select="node()[not(self::tei:row | self::tei:head)]"/>
    <table><xsl:call-template name="lang"/>
      <xsl:if test="tei:head">
        <caption><xsl:apply-templates select="tei:head/node()"/></caption>
      </xsl:if>
      <tbody>
        <xsl:for-each select="tei:row">
          <tr><xsl:call-template name="lang"/>
            <xsl:apply-templates select="node()[not(self::tei:cell)][not(self::text()[normalize-space() = ''])]" mode="cell"/>
            <xsl:for-each select="tei:cell">
              <xsl:element name="{if (@role = 'label' or parent::tei:row/@role = 'label') then 'th' else 'td'}">
                <xsl:if test="@cols castable as xs:integer"><xsl:attribute name="colspan" select="@cols"/></xsl:if>
                <xsl:if test="@rows castable as xs:integer"><xsl:attribute name="rowspan" select="@rows"/></xsl:if>
                <xsl:call-template name="lang"/>
                <xsl:apply-templates/>
              </xsl:element>
            </xsl:for-each>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>
  <!-- a row's text outside its cells: a cell of its own -->
  <xsl:template match="node()" mode="cell"><td class="row-other"><xsl:apply-templates select="."/></td></xsl:template>

  <xsl:template match="tei:figure">
    <figure><xsl:call-template name="lang"/>
      <xsl:apply-templates select="node()[not(self::tei:head | self::tei:figDesc)]"/>
      <xsl:if test="tei:head | tei:figDesc">
        <figcaption><xsl:apply-templates select="(tei:head | tei:figDesc)/node()"/></figcaption>
      </xsl:if>
    </figure>
  </xsl:template>
  <!-- the page fetches nothing: a graphic is named, not shown -->
  <xsl:template match="tei:graphic | tei:media">
    <span class="graphic" title="{@url}"><xsl:value-of select="tokenize(string(@url), '/')[last()]"/></span>
  </xsl:template>
  <xsl:template match="tei:figDesc"><span class="figDesc"><xsl:apply-templates/></span></xsl:template>

  <xsl:template match="tei:sp">
    <div class="sp"><xsl:call-template name="lang"/><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="tei:stage">
    <xsl:choose>
      <xsl:when test="parent::tei:sp or parent::*[s:is-division(.)] or parent::tei:body or s:has-block(.)">
        <div class="stage"><xsl:call-template name="lang"/><xsl:apply-templates/></div>
      </xsl:when>
      <xsl:otherwise><span class="stage"><xsl:call-template name="lang"/><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a quotation: a blockquote when it holds paragraphs or verse, else q -->
  <xsl:template match="tei:quote | tei:q | tei:said">
    <xsl:choose>
      <xsl:when test="s:has-block(.)">
        <blockquote class="{local-name()}"><xsl:call-template name="lang"/><xsl:apply-templates/></blockquote>
      </xsl:when>
      <xsl:otherwise><q class="{local-name()}"><xsl:call-template name="lang"/><xsl:apply-templates/></q></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ the text: phrases -->
  <xsl:template match="tei:foreign">
    <span><xsl:call-template name="lang"/><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:title[ancestor::tei:text]">
    <cite><xsl:call-template name="lang"/><xsl:apply-templates/></cite>
  </xsl:template>

  <!-- hi by @rend or @rendition (the rendition's name and its CSS): one HTML element per kind, nested -->
  <xsl:template match="tei:hi | tei:emph | tei:term | tei:mentioned | tei:soCalled | tei:gloss | tei:gi | tei:tag
      | tei:att | tei:code | tei:ident | tei:seg[@rend or @rendition]" priority="1">
    <xsl:variable name="doc" select="root()"/>
    <xsl:variable name="rendition" select="tokenize(string(@rendition))[starts-with(., '#')]
        ! key('id', substring(., 2), $doc)/(@xml:id || ' ' || string(.))"/>
    <!-- a rendition is a few words or a line of CSS: the regular expressions below look at no more than that, so a
         hostile megabyte attribute costs nothing (Saxon's regex engine backtracks on alternations over long text) -->
    <xsl:variable name="how" select="lower-case(substring(string-join((@rend, $rendition), ' '), 1, 4000))"/>
    <xsl:variable name="kinds" as="xs:string*" select="(
        if (self::tei:emph) then 'em' else (),
        if (self::tei:gi | self::tei:tag | self::tei:att | self::tei:code | self::tei:ident) then 'code' else (),
        if (matches($how, 'ital|(^|\W)i(t|\W|$)|slant|oblique') or self::tei:term or self::tei:mentioned or self::tei:gloss) then 'i' else (),
        if (matches($how, 'bold|(^|\W)b(\W|$)|strong|font-weight')) then 'b' else (),
        if (matches($how, 'sup|(^|\W)exp(\W|$)|raised|vertical-align:\s*super')) then 'sup' else (),
        if (matches($how, '(^|\W)sub|lowered|vertical-align:\s*sub')) then 'sub' else (),
        if (matches($how, 'strike|line-through')) then 's' else (),
        if (matches($how, 'under|(^|\W)u(l|\W|$)')) then 'u' else ())"/>
    <xsl:variable name="classes" select="string-join((local-name(),
        if (matches($how, 'small-?caps|(^|\W)sc(\W|$)')) then 'smallcaps' else (),
        if (matches($how, '(^|[^-a-z])(all-?)?caps|upper') and not(matches($how, 'small-?caps'))) then 'caps' else (),
        if (self::tei:soCalled) then 'socalled' else ()), ' ')"/>
    <span class="{$classes}"><xsl:call-template name="lang"/>
      <xsl:call-template name="nest"><xsl:with-param name="kinds" select="$kinds"/></xsl:call-template>
    </span>
  </xsl:template>
  <xsl:template name="nest">
    <xsl:param name="kinds" as="xs:string*"/>
    <xsl:choose>
      <xsl:when test="empty($kinds)"><xsl:apply-templates/></xsl:when>
      <xsl:otherwise>
        <xsl:element name="{$kinds[1]}">
          <xsl:call-template name="nest"><xsl:with-param name="kinds" select="tail($kinds)"/></xsl:call-template>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- one policy for choice: the correction, the regularised and the expanded form show; the other on hover -->
  <xsl:template match="tei:choice">
    <xsl:variable name="shown" select="s:shown-choice(.)"/>
    <xsl:variable name="other" select="* except $shown"/>
    <span class="choice" title="{normalize-space(string-join($other ! s:plain(.), ' / '))}">
      <xsl:call-template name="lang"/>
      <xsl:apply-templates select="$shown"/>
    </span>
    <!-- the notes of the form not shown keep their markers -->
    <xsl:apply-templates select="$other//tei:note[. intersect $notes][empty(s:note-place(.))]" mode="marker"/>
  </xsl:template>

  <xsl:template match="tei:gap | tei:space">
    <span class="{local-name()}" title="{normalize-space(string-join(($L?gap, @reason, @quantity, @extent, @unit), ' '))}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:del">
    <del><xsl:call-template name="lang"/><xsl:apply-templates/></del>
  </xsl:template>
  <xsl:template match="tei:add">
    <ins class="add"><xsl:call-template name="lang"/><xsl:apply-templates/></ins>
  </xsl:template>

  <xsl:template match="tei:milestone">
    <span class="milestone" data-unit="{@unit}"><xsl:value-of select="@n"/></span>
  </xsl:template>

  <!-- a pointer leads to a division, a note or an entry of the page, or out of it; a dangling one is plain text -->
  <xsl:template match="tei:ref | tei:ptr">
    <xsl:variable name="target" select="tokenize(string(@target))[1]"/>
    <xsl:variable name="local" select="if (starts-with($target, '#')) then key('id', substring($target, 2))[1] else ()"/>
    <xsl:variable name="href" select="
        if ($local[s:is-division(.)][s:rendered(.)]) then '#' || s:div-id($local)
        else if ($local[self::tei:note] intersect $notes) then '#note-' || s:note-id($local)
        else if ($local[self::tei:app][s:rendered(.)]) then '#' || s:app-id($local)
        else if (matches($target, '^(https?|mailto):')) then $target
        else ()"/>
    <xsl:choose>
      <xsl:when test="exists($href)">
        <a href="{$href}"><xsl:call-template name="lang"/>
          <xsl:if test="self::tei:ptr and not(node())"><xsl:attribute name="class">ptr</xsl:attribute></xsl:if>
          <xsl:choose>
            <xsl:when test="self::tei:ref or node()"><xsl:apply-templates/></xsl:when>
            <xsl:when test="$local"><xsl:value-of select="normalize-space(string(($local/@n, $local/tei:head[1] ! s:plain(.), $local/@xml:id)[1]))"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$target"/></xsl:otherwise>
          </xsl:choose>
        </a>
      </xsl:when>
      <xsl:when test="self::tei:ref or node()">
        <span class="{local-name()}"><xsl:call-template name="lang"/><xsl:apply-templates/></span>
      </xsl:when>
      <!-- a ptr to something of the edition that has no place in the page gives nothing; a dangling one its name -->
      <xsl:when test="$local or not(normalize-space($target))"/>
      <xsl:otherwise><span class="ptr"><xsl:value-of select="s:token($target)"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:persName[@ref][ancestor::tei:text]">
    <span class="person" id="{s:occurrence-id(.)}" data-person="{s:ids(@ref)}">
      <xsl:call-template name="lang"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- the apparatus's own marks in a reading: where a lacuna or a witness begins or ends -->
  <xsl:template match="tei:lacunaStart | tei:lacunaEnd | tei:witStart | tei:witEnd">
    <span class="lacuna {local-name()}"><xsl:call-template name="ui-lang"/><xsl:value-of select="normalize-space(string-join((s:sigla(ancestor::tei:rdg[1]/@wit, root(.)), $L(local-name())), ' '))"/></span>
  </xsl:template>

  <!-- the text of a line of the facsimile: a span naming its zone, so that hovering either shows the other -->
  <xsl:template match="text()[exists($facs-pages)][normalize-space()][ancestor::tei:text]" priority="5">
    <xsl:variable name="zone" select="s:line-zone(.)"/>
    <xsl:choose>
      <xsl:when test="exists($zone)"><span class="ln" data-zone="{$zone}"><xsl:next-match/></span></xsl:when>
      <xsl:otherwise><xsl:next-match/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- text around a break inside a word: the break is where the word goes on -->
  <xsl:template match="text()[following-sibling::node()[1][self::tei:lb[@break = 'no'] or self::tei:pb[@break = 'no'] or self::tei:cb[@break = 'no']]]">
    <xsl:value-of select="replace(., '\s+$', '')"/>
  </xsl:template>
  <xsl:template match="text()[preceding-sibling::node()[1][self::tei:lb[@break = 'no'] or self::tei:pb[@break = 'no'] or self::tei:cb[@break = 'no']]]" priority="1">
    <xsl:value-of select="replace(if (following-sibling::node()[1][self::tei:lb[@break = 'no'] or self::tei:pb[@break = 'no']]) then replace(., '\s+$', '') else ., '^\s+', '')"/>
  </xsl:template>

  <!-- a source's line break: what it gives elsewhere, and a br shown on request (for the witnesses it belongs to) -->
  <xsl:template match="tei:lb[@edRef or @ed]">
    <xsl:value-of select="s:break-space(.)"/>
    <br class="lb" data-ed="{s:wits((@edRef, @ed)[1])}" hidden="hidden"/>
  </xsl:template>
  <xsl:template match="tei:lb">
    <xsl:value-of select="s:break-space(.)"/>
    <br class="lb" hidden="hidden"/>
  </xsl:template>

  <!-- a source's page break: a mark in the margin, shown whatever the witness -->
  <xsl:template match="tei:pb">
    <xsl:value-of select="s:break-space(.)"/>
    <xsl:apply-templates select="." mode="mark"/>
  </xsl:template>
  <!-- inside a reading the app has put the mark before itself -->
  <xsl:template match="tei:pb[ancestor::tei:lem or ancestor::tei:rdg]"/>

  <!-- the page's label: its @n, with the source that @ed or @edRef names -->
  <xsl:template match="tei:pb" mode="mark">
    <xsl:variable name="ed" select="if (@edRef) then s:sigla(@edRef, root(.)) else normalize-space(@ed)"/>
    <xsl:variable name="n" select="string((@n, $pb-numbers(generate-id()) + 1)[1])"/>
    <span class="pb" data-ed="{s:wits((@edRef, @ed)[1])}">
      <xsl:if test=". intersect $facs-pages"><xsl:attribute name="data-page" select="'facs-' || s:page-number(.)"/></xsl:if>
      <span class="pb-n" title="{normalize-space(string-join(($ed, $L?page, $n), ' '))}"><xsl:value-of select="string-join(($ed[. ne ''], $n), ' ')"/></span></span>
  </xsl:template>

  <xsl:template match="tei:cb">
    <xsl:value-of select="s:break-space(.)"/>
    <span class="cb" title="{normalize-space(string-join(($L?column, @n), ' '))}"><xsl:value-of select="@n"/></span>
  </xsl:template>

  <!-- what we do not know keeps its text and its language: a span, or a div when it holds a block -->
  <xsl:template match="tei:*">
    <xsl:element name="{if (s:has-block(.) or local-name() = $block-names) then 'div' else 'span'}">
      <xsl:attribute name="class" select="local-name()"/>
      <xsl:call-template name="lang"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- an element a note points to: the note's marker after it -->
  <xsl:template match="tei:text//tei:*[@xml:id][not(self::tei:anchor)][key('note-by-target', '#' || @xml:id)]" priority="5">
    <xsl:next-match/>
    <xsl:call-template name="target-markers"/>
  </xsl:template>

  <xsl:template name="target-markers">
    <xsl:variable name="here" select="."/>
    <xsl:if test="@xml:id">
      <xsl:apply-templates select="key('note-by-target', '#' || @xml:id)[. intersect $notes][s:note-place(.) is $here]" mode="marker"/>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ notes in the text -->
  <!-- a note is printed in its section; where it stands (or at its target) it leaves its numbered marker -->
  <xsl:template match="tei:note">
    <xsl:if test=". intersect $notes and empty(s:note-place(.))">
      <xsl:apply-templates select="." mode="marker"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:note" mode="marker">
    <xsl:variable name="id" select="s:note-id(.)"/>
    <a class="noteref" id="noteref-{$id}" href="#note-{$id}" role="doc-noteref"><sup><xsl:value-of select="s:note-label(.)"/></sup></a>
  </xsl:template>

  <xsl:template match="tei:anchor">
    <xsl:variable name="here" select="."/>
    <xsl:variable name="attached" select="if (@xml:id) then key('note-by-target', '#' || @xml:id)[. intersect $notes][s:note-place(.) is $here] else ()"/>
    <xsl:for-each select="$attached">
      <xsl:variable name="note" select="."/>
      <xsl:variable name="id" select="s:note-id($note)"/>
      <a class="noteref" id="noteref-{$id}" href="#note-{$id}" role="doc-noteref">
        <sup>
          <xsl:choose>
            <xsl:when test="string($here/@n) = string($note/@n) or empty($here/@n)"><xsl:value-of select="s:note-label($note)"/></xsl:when>
            <xsl:otherwise>
              <span data-wit="{string-join(($edited, if (empty($edited)) then $witness-ids else ()), ' ')}">
                <xsl:value-of select="s:note-label($note)"/>
              </span>
              <span data-wit="{string-join($sources, ' ')}" hidden="hidden"><xsl:value-of select="$here/@n"/></span>
            </xsl:otherwise>
          </xsl:choose>
        </sup>
      </a>
    </xsl:for-each>
    <xsl:if test="empty($attached) and @type = 'note'"><sup class="anchor"><xsl:value-of select="@n"/></sup></xsl:if>
    <!-- the end of a passage that an entry of a separate apparatus (listApp) is about -->
    <xsl:if test="@xml:id">
      <xsl:for-each select="key('app-by-end', '#' || @xml:id)">
        <a class="app-link" href="#{s:app-id(.)}"><xsl:call-template name="ui-lang"/><xsl:attribute name="aria-label" select="$L?readings"/><sup>°</sup></a>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ apparatus -->
  <xsl:template match="tei:app">
    <xsl:variable name="app" select="."/>
    <xsl:variable name="id" select="s:app-id(.)"/>
    <xsl:variable name="readings" select="s:readings(.)"/>
    <xsl:variable name="named" select="distinct-values($readings/@wit ! s:wits(.))"/>
    <xsl:variable name="unnamed" select="$witness-ids[not(. = $named)]"/>
    <!-- the reading of the edited text: the lemma, or the first reading of an entry without one -->
    <xsl:variable name="base" select="($readings[self::tei:lem], $readings)[1]"/>
    <xsl:apply-templates select="$readings//tei:pb[ancestor::tei:app[1] is $app]" mode="mark"/>
    <span class="app" id="{$id}">
      <xsl:for-each select="$readings">
        <xsl:variable name="wits" select="(s:wits(@wit), if (. is $base) then ($unnamed, $edition-text) else ())"/>
        <span class="{local-name()}" data-wit="{string-join($wits, ' ')}">
          <xsl:if test="not($default-witness = $wits)"><xsl:attribute name="hidden">hidden</xsl:attribute></xsl:if>
          <xsl:call-template name="lang"/>
          <xsl:apply-templates/>
          <xsl:call-template name="target-markers"/>
        </span>
      </xsl:for-each>
      <xsl:if test="s:has-panel(.)">
        <button type="button" class="app-mark" aria-expanded="false" aria-controls="{$id}-readings"
            title="{$L?readings}" aria-label="{$L?readings}"></button>
        <span class="app-panel" id="{$id}-readings" hidden="hidden">
          <xsl:call-template name="entry"/>
        </span>
      </xsl:if>
      <!-- a note of an entry without a panel is a note of the text, its details are printed in the text -->
      <xsl:apply-templates select="tei:note"/>
      <xsl:if test="not(s:has-panel(.))"><xsl:apply-templates select="tei:witDetail" mode="panel"/></xsl:if>
    </span>
  </xsl:template>

  <!-- an entry of the apparatus: "lemma SIGLA] reading SIGLA (kind); ...", its details and its notes -->
  <xsl:template name="entry">
    <xsl:variable name="readings" select="s:readings(.)"/>
    <xsl:variable name="lemma" select="exists($readings[self::tei:lem])"/>
    <xsl:if test="$lemma">
      <xsl:for-each select="$readings[self::tei:lem]">
        <span class="lemma"><xsl:call-template name="lang"/><xsl:call-template name="reading"/></span>
        <xsl:if test="@wit"><xsl:text> </xsl:text><span class="siglum"><xsl:value-of select="s:sigla(@wit, root(.))"/></span></xsl:if>
      </xsl:for-each>
      <span class="bracket">]</span>
    </xsl:if>
    <xsl:for-each select="$readings[self::tei:rdg]">
      <xsl:if test="position() gt 1">; </xsl:if>
      <xsl:if test="position() gt 1 or $lemma"><xsl:text> </xsl:text></xsl:if>
      <span class="reading"><xsl:call-template name="lang"/><xsl:call-template name="reading"/></span>
      <xsl:text> </xsl:text>
      <span class="siglum"><xsl:value-of select="s:sigla(@wit, root(.))"/></span>
      <xsl:if test="@type">
        <xsl:text> </xsl:text><span class="kind" lang="en">(<xsl:value-of select="translate(@type, '-', ' ')"/>)</span>
      </xsl:if>
      <xsl:variable name="reading" select="."/>
      <xsl:for-each select="ancestor::tei:app[1]/tei:witDetail[tokenize(@target) = ('#' || $reading/@xml:id)]">
        <xsl:text> </xsl:text><xsl:apply-templates select="." mode="panel"/>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:for-each select="tei:witDetail[not(tokenize(@target) = ($readings/@xml:id ! ('#' || .)))]">
      <xsl:text> </xsl:text><xsl:apply-templates select="." mode="panel"/>
    </xsl:for-each>
    <xsl:for-each select="tei:note[not(. intersect $notes)]">
      <xsl:text> </xsl:text><span class="app-note"><xsl:call-template name="lang"/><xsl:apply-templates mode="panel"/></span>
    </xsl:for-each>
  </xsl:template>

  <!-- a reading's words; an empty one is an omission, unless it marks a lacuna or where a witness begins or ends -->
  <xsl:template name="reading">
    <xsl:choose>
      <xsl:when test="normalize-space(.) = '' and not(.//(tei:lacunaStart | tei:lacunaEnd | tei:witStart | tei:witEnd | tei:gap | tei:space))">
        <i lang="la"><xsl:value-of select="$L?omitted"/></i>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="panel"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a reading's text in the panel: its words and languages, no ids, no breaks; notes as links to their entry -->
  <xsl:template match="tei:lb | tei:pb | tei:cb" mode="panel"><xsl:value-of select="s:break-space(.)"/></xsl:template>
  <xsl:template match="tei:anchor" mode="panel"/>
  <xsl:template match="tei:note" mode="panel">
    <xsl:choose>
      <xsl:when test=". intersect $notes">
        <a class="noteref" href="#note-{s:note-id(.)}"><sup><xsl:value-of select="s:note-label(.)"/></sup></a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text> </xsl:text><span class="app-note"><xsl:call-template name="lang"/><xsl:apply-templates mode="panel"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:foreign | tei:*[@xml:lang]" mode="panel">
    <span><xsl:call-template name="lang"/><xsl:apply-templates mode="panel"/></span>
  </xsl:template>
  <xsl:template match="tei:app" mode="panel">
    <xsl:apply-templates select="(s:readings(.)[self::tei:lem], s:readings(.))[1]/node()" mode="panel"/>
  </xsl:template>
  <xsl:template match="tei:choice" mode="panel">
    <xsl:apply-templates select="s:shown-choice(.)/node()" mode="panel"/>
  </xsl:template>
  <xsl:template match="tei:lacunaStart | tei:lacunaEnd | tei:witStart | tei:witEnd" mode="panel">
    <i class="lacuna"><xsl:call-template name="ui-lang"/><xsl:value-of select="$L(local-name())"/></i>
  </xsl:template>
  <xsl:template match="tei:gap | tei:space" mode="panel"><xsl:apply-templates select="."/></xsl:template>
  <xsl:template match="tei:witDetail" mode="panel">
    <span class="wit-detail"><xsl:call-template name="lang"/>(<xsl:if test="@wit"><span class="siglum"><xsl:value-of select="s:sigla(@wit, root(.))"/></span><xsl:text>: </xsl:text></xsl:if><xsl:apply-templates mode="panel"/>)</span>
  </xsl:template>

  <!-- a separate apparatus (listApp): its entries in a list, each reached from the end of its passage -->
  <xsl:template match="tei:listApp">
    <div class="listApp"><xsl:call-template name="lang"/>
      <xsl:apply-templates select="tei:head"/>
      <ol class="apparatus">
        <xsl:for-each select="tei:app">
          <li id="{s:app-id(.)}" class="app-entry"><xsl:call-template name="lang"/><xsl:call-template name="entry"/></li>
        </xsl:for-each>
      </ol>
      <xsl:apply-templates select="node()[not(self::tei:app | self::tei:head)]"/>
    </div>
  </xsl:template>

  <!-- ============================================================ the page images -->
  <!-- each page the text breaks to: its image with its line zones over it (an SVG in the graphic's pixel space) -->
  <xsl:function name="s:page-number" as="xs:integer">
    <xsl:param name="pb" as="element(tei:pb)"/>
    <xsl:sequence select="$facs-page-numbers(generate-id($pb))"/>
  </xsl:function>

  <xsl:template name="facsimile">
    <aside class="facsimile" aria-labelledby="facsimile-title">
      <h2 id="facsimile-title" class="facs-title"><xsl:call-template name="ui-lang"/><xsl:value-of select="$L?facsimile"/></h2>
      <xsl:for-each select="$facs-pages">
        <xsl:variable name="surface" select="s:surface(@facs)"/>
        <xsl:variable name="graphic" select="($surface/self::tei:graphic, $surface/tei:graphic[@url])[1]"/>
        <xsl:variable name="x0" select="(s:num($surface/@ulx), 0)[1]"/>
        <xsl:variable name="y0" select="(s:num($surface/@uly), 0)[1]"/>
        <xsl:variable name="w" select="(s:px($graphic/@width), s:num($surface/@lrx) - $x0)[. gt 0][1]"/>
        <xsl:variable name="h" select="(s:px($graphic/@height), s:num($surface/@lry) - $y0)[. gt 0][1]"/>
        <xsl:variable name="url" select="string($graphic/@url)"/>
        <xsl:variable name="label" select="normalize-space(string-join(($L?page, string((@n, position())[1])), ' '))"/>
        <figure class="facs-page" id="facs-{position()}" data-surface="{$surface/@xml:id}">
          <div class="facs-frame">
            <img src="{($images($url), $url)[1]}" alt="{$label}" loading="lazy">
              <xsl:if test="exists($w) and exists($h)">
                <xsl:attribute name="width" select="round($w)"/>
                <xsl:attribute name="height" select="round($h)"/>
              </xsl:if>
            </img>
            <svg xmlns="http://www.w3.org/2000/svg" class="facs-zones" preserveAspectRatio="none" aria-hidden="true">
              <xsl:if test="exists($w) and exists($h)">
                <xsl:attribute name="viewBox" select="string-join(($x0, $y0, $w, $h) ! string(.), ' ')"/>
              </xsl:if>
              <xsl:for-each select="$surface//tei:zone[@xml:id][map:contains($facs-zones, @xml:id)]">
                <xsl:choose>
                  <xsl:when test="count(tokenize(normalize-space(@points))) ge 3">
                    <polygon class="zone" data-zone="{@xml:id}" points="{normalize-space(@points)}"/>
                  </xsl:when>
                  <xsl:when test="exists(s:num(@ulx)) and exists(s:num(@uly)) and exists(s:num(@lrx)) and exists(s:num(@lry))">
                    <rect class="zone" data-zone="{@xml:id}" x="{min((s:num(@ulx), s:num(@lrx)))}" y="{min((s:num(@uly), s:num(@lry)))}"
                        width="{abs(s:num(@lrx) - s:num(@ulx))}" height="{abs(s:num(@lry) - s:num(@uly))}"/>
                  </xsl:when>
                </xsl:choose>
              </xsl:for-each>
            </svg>
          </div>
          <figcaption><xsl:call-template name="ui-lang"/><xsl:value-of select="$label"/></figcaption>
        </figure>
      </xsl:for-each>
    </aside>
  </xsl:template>

  <!-- ============================================================ notes -->
  <xsl:template name="notes">
    <xsl:if test="exists($notes)">
      <section id="notes" class="notes" role="doc-endnotes" aria-labelledby="notes-title">
        <h2 id="notes-title"><xsl:call-template name="ui-lang"/><xsl:value-of select="$L?notes"/></h2>
        <ol>
          <xsl:for-each select="$notes">
            <xsl:variable name="id" select="s:note-id(.)"/>
            <li id="note-{$id}">
              <xsl:call-template name="lang"><xsl:with-param name="context" select="$lang"/></xsl:call-template>
              <span class="note-number"><xsl:value-of select="s:note-label(.)"/></span>
              <xsl:text> </xsl:text>
              <xsl:element name="{if (s:has-block(.)) then 'div' else 'span'}">
                <xsl:attribute name="class">note-text</xsl:attribute>
                <xsl:apply-templates><xsl:with-param name="note-id" select="$id" tunnel="yes"/></xsl:apply-templates>
              </xsl:element>
              <xsl:text> </xsl:text>
              <a class="backlink" href="#noteref-{$id}" role="doc-backlink" aria-label="{$L?back}">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- a citation by reference in a note: the note's citations as the citation service formatted them (once per note) -->
  <xsl:template match="tei:bibl[tei:ptr][ancestor::tei:note]" priority="2">
    <xsl:param name="note-id" tunnel="yes" as="xs:string?" select="()"/>
    <xsl:variable name="formatted" select="$citations/c:citations/c:note[@id = $note-id]"/>
    <xsl:choose>
      <xsl:when test="$formatted">
        <xsl:if test="not(preceding-sibling::tei:bibl[tei:ptr] | ancestor::tei:note[1]//tei:bibl[tei:ptr][. &lt;&lt; current()])">
          <span class="citation"><xsl:copy-of select="$formatted/node()" copy-namespaces="no"/></span>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise><span class="citation"><xsl:call-template name="lang"/><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:ptr[ancestor::tei:note][parent::tei:bibl]" priority="2"/>

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

  <!-- the parts of a name are words of their own, also where the encoder wrote none between them
       (<forename>Nancy</forename><surname>Ide</surname>); the same rule in each format's stylesheet -->
  <xsl:template match="tei:forename[s:after-name-part(.)] | tei:surname[s:after-name-part(.)] | tei:addName[s:after-name-part(.)]
      | tei:genName[s:after-name-part(.)] | tei:roleName[s:after-name-part(.)] | tei:nameLink[s:after-name-part(.)]" priority="20">
    <xsl:text> </xsl:text>
    <xsl:next-match/>
  </xsl:template>

  <xsl:function name="s:after-name-part" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/preceding-sibling::node()[1][self::tei:forename or self::tei:surname
        or self::tei:addName or self::tei:genName or self::tei:roleName or self::tei:nameLink])"/>
  </xsl:function>

</xsl:stylesheet>
