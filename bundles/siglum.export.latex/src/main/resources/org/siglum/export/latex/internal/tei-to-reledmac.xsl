<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI edition -> reledmac document for XeLaTeX. Run by LatexExporter on the shared Saxon pipeline.
  Parameters (computed in Java by the services that already know them):
    sigla         map(witness id -> siglum), from the apparatus service
    citations     map(note id -> formatted citation, plain text), from the citation formatter
    bibliography  the formatted bibliography entries (plain text), in the style's order
    font          the main font family; empty: chosen from the edition's main script
  The main script is the one of text/@xml:lang (else TEI/@xml:lang) when the text has letters of it, else the script
  with the most letters; it gives polyglossia's default language, so an Arabic, Hebrew or Syriac edition has
  right-to-left paragraphs. XeTeX has no font fallback: every run of another script is wrapped in its polyglossia
  language (\textarabic{...}: its font and direction) or in a font of its own (CJK, private use, symbols), and a
  character the main script's font lacks (Noto Naskh Arabic has no parenthesis) in the Latin serif.
  Each app becomes one \edtext{lemma}{\Afootnote{reading \textit{SIGLUM}; ...}}; every note is a \footnoteA, where its
  @target points (an anchor or any printed element) or else where it stands; notes of type certainty are the
  editor's working notes and are not printed.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:s="urn:siglum:latex" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:param name="sigla" as="map(xs:string, xs:string)" select="map{}"/>
  <xsl:param name="citations" as="map(xs:string, xs:string)" select="map{}"/>
  <xsl:param name="bibliography" as="xs:string*" select="()"/>
  <xsl:param name="font" as="xs:string" select="''"/>

  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>
  <xsl:key name="note-of-target" match="tei:note[starts-with(normalize-space(@target), '#')]"
      use="substring(tokenize(normalize-space(@target), ' ')[1], 2)"/>

  <!-- ===== scripts: letters, the neutral characters their font has, language or font ===== -->
  <xsl:variable name="marks" select="'&#x300;-&#x36F;&#x1AB0;-&#x1AFF;&#x1DC0;-&#x1DFF;&#x20D0;-&#x20FF;&#xFE20;-&#xFE2F;&#x200C;&#x200D;'"/>
  <xsl:variable name="ascii-punct" select="'!-/0-9:-@\[\\\]\^_`\{\|\}~&#xA0;-&#xBF;&#xD7;&#xF7;&#x2010;-&#x2027;&#x2030;-&#x205E;'"/>
  <!-- in order of preference when two scripts have as many letters -->
  <xsl:variable name="scripts" as="map(*)*" select="(
      map{'key': 'latin', 'letters': 'A-Za-z&#xC0;-&#xD6;&#xD8;-&#xF6;&#xF8;-&#x24F;&#x250;-&#x2FF;&#x1E00;-&#x1EFF;&#x2C60;-&#x2C7F;&#xA720;-&#xA7FF;&#xFB00;-&#xFB06;',
          'neutral': $ascii-punct, 'language': 'english', 'font': 'Noto Serif', 'rtl': false()},
      map{'key': 'greek', 'letters': '&#x370;-&#x3FF;&#x1F00;-&#x1FFF;', 'neutral': $ascii-punct,
          'language': 'greek', 'font': 'Noto Serif', 'fontscript': 'Greek', 'rtl': false()},
      map{'key': 'arabic', 'letters': '&#x600;-&#x6FF;&#x750;-&#x77F;&#x8A0;-&#x8FF;&#xFB50;-&#xFDFF;&#xFE70;-&#xFEFF;',
          'neutral': '!,.0-9:&#xAB;&#xBB;&#xA0;&#x200B;-&#x2011;', 'language': 'arabic',
          'font': 'Noto Naskh Arabic', 'fontscript': 'Arabic', 'rtl': true()},
      map{'key': 'hebrew', 'letters': '&#x590;-&#x5FF;&#xFB1D;-&#xFB4F;', 'neutral': '\-&#xA0;&#x2010;',
          'language': 'hebrew', 'font': 'Noto Serif Hebrew', 'fontscript': 'Hebrew', 'rtl': true(), 'digits': false()},
      map{'key': 'syriac', 'letters': '&#x700;-&#x74F;',
          'neutral': '!()*+\-./:=\[\]&#xAB;&#xBB;&#xB0;&#xA0;&#x60C;&#x61B;&#x61F;&#x640;&#x64B;-&#x655;&#x660;-&#x66C;&#x670;&#x2026;',
          'language': 'syriac', 'font': 'Noto Sans Syriac', 'fontscript': 'Syriac', 'rtl': true(), 'digits': false()},
      map{'key': 'devanagari', 'letters': '&#x900;-&#x97F;&#xA8E0;-&#xA8FF;&#x1CD0;-&#x1CFF;',
          'neutral': '!-#%''-?\[-_\{-~&#xA0;&#x2010;&#x2013;&#x2014;&#x2018;&#x2019;&#x201C;&#x201D;&#x2026;',
          'language': 'sanskrit', 'font': 'Noto Serif Devanagari', 'fontscript': 'Devanagari', 'rtl': false()},
      map{'key': 'bengali', 'letters': '&#x980;-&#x9FF;',
          'neutral': '!-#%''-?\[-_\{-~&#xA0;&#x964;&#x965;&#x2010;&#x2013;&#x2014;&#x2018;&#x2019;&#x201C;&#x201D;&#x2026;',
          'language': 'bengali', 'font': 'Noto Serif Bengali', 'fontscript': 'Bengali', 'rtl': false()},
      map{'key': 'thai', 'letters': '&#xE00;-&#xE7F;', 'language': 'thai',
          'neutral': '!-/0-9:-@\[\\\]\^_`\{\|\}~A-Za-z&#xA0;-&#xFF;&#x2013;&#x2014;&#x2018;-&#x201A;&#x201C;-&#x201E;&#x2020;-&#x2022;&#x2026;&#x2030;&#x2039;&#x203A;&#x2122;&#x303;&#x331;',
          'font': 'Norasi', 'fontscript': 'Thai', 'rtl': false()},
      map{'key': 'cyrillic', 'letters': '&#x400;-&#x52F;&#x1C80;-&#x1C8F;', 'neutral': $ascii-punct,
          'command': 'siglumserif', 'font': 'Noto Serif', 'rtl': false()},
      map{'key': 'cjk', 'letters': '&#x1100;-&#x11FF;&#x2E80;-&#x2FDF;&#x3000;-&#x303F;&#x3040;-&#x30FF;&#x3130;-&#x318F;&#x3400;-&#x4DBF;&#x4E00;-&#x9FFF;&#xAC00;-&#xD7AF;&#xF900;-&#xFAFF;&#xFF00;-&#xFFEF;',
          'neutral': $ascii-punct, 'command': 'siglumcjk', 'font': 'WenQuanYi Micro Hei', 'rtl': false()},
      map{'key': 'private', 'letters': '&#xE000;-&#xF8FF;', 'neutral': '', 'command': 'siglumprivate',
          'font': 'Junicode Two Beta', 'rtl': false()},
      map{'key': 'symbols', 'letters': '&#x2150;-&#x2BFF;&#x2E00;-&#x2E0B;', 'neutral': '', 'command': 'siglumsymbol',
          'font': 'DejaVu Sans', 'rtl': false()}
      )"/>

  <xsl:variable name="text" select="string-join(/tei:TEI/tei:text//text()[not(ancestor::tei:note[@type = 'certainty'])])"/>

  <!-- how many letters of each script the text has -->
  <xsl:variable name="letter-counts" as="map(xs:string, xs:integer)" select="map:merge(for $sc in $scripts
      return map{$sc?key: string-length(replace($text, '[^' || $sc?letters || ']', ''))})"/>

  <xsl:function name="s:script-of-language" as="xs:string?">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="l" select="lower-case(normalize-space($lang))"/>
    <xsl:variable name="tag" select="tokenize($l, '-')"/>
    <xsl:sequence select="if ($l = '') then ()
        else if ($tag[2] = 'latn') then 'latin' else if ($tag[2] = 'arab') then 'arabic'
        else if ($tag[2] = ('grek')) then 'greek' else if ($tag[2] = 'hebr') then 'hebrew'
        else if ($tag[2] = 'syrc') then 'syriac' else if ($tag[2] = 'deva') then 'devanagari'
        else if ($tag[1] = ('ar', 'ara', 'fa', 'per', 'ur', 'ota', 'ps')) then 'arabic'
        else if ($tag[1] = ('he', 'heb', 'yi', 'arc')) then 'hebrew'
        else if ($tag[1] = ('syc', 'syr')) then 'syriac'
        else if ($tag[1] = ('sa', 'skt', 'san', 'hi', 'mr', 'ne')) then 'devanagari'
        else if ($tag[1] = ('bn', 'ben')) then 'bengali'
        else if ($tag[1] = ('th', 'tha')) then 'thai'
        else if ($tag[1] = ('el', 'grc', 'gre', 'ell')) then 'greek'
        else 'latin'"/>
  </xsl:function>

  <xsl:variable name="declared-script" select="s:script-of-language(
      (/tei:TEI/tei:text/@xml:lang, /tei:TEI/@xml:lang)[1])"/>
  <xsl:variable name="language-scripts" select="$scripts[exists(?language)]"/>
  <xsl:variable name="main-key" as="xs:string" select="
      if (exists($declared-script) and $letter-counts($declared-script) gt 0) then $declared-script
      else (for $sc in $language-scripts return $sc[$letter-counts(?key) = max($language-scripts ! $letter-counts(?key))]?key, 'latin')[1]"/>
  <xsl:variable name="main" as="map(*)" select="$scripts[?key = $main-key]"/>
  <!-- the fonts of the Latin, Greek and Thai mains have Latin letters and the punctuation: no Latin run in them -->
  <xsl:variable name="main-has-latin" select="$main-key = ('latin', 'greek', 'thai')"/>
  <xsl:variable name="main-font" select="if ($font != '') then $font else $main?font"/>
  <xsl:variable name="present" select="$scripts[$letter-counts(?key) gt 0 or ?key = ('latin', $main-key)]"/>
  <xsl:variable name="runs" select="$present[?key != $main-key
      and not(?key = ('latin', 'cyrillic') and $main-has-latin) and not(?key = 'greek' and $main-key = 'latin')]"/>

  <!-- one group per script run: letters, then neutrals and marks that end in a letter or mark -->
  <xsl:variable name="run-regex" select="string-join(for $sc in $runs return
      '([' || $sc?letters || '](?:[' || $sc?letters || $marks || $sc?neutral || '\s]*[' || $sc?letters || $marks || '])?)', '|')"/>
  <!-- what the main script's font cannot print, outside the runs: set in the Latin serif -->
  <xsl:variable name="main-lacks" select="if ($main-key = ('latin', 'greek') or $font != '') then ''
      else if ($main-key = 'thai') then '[^' || $main?letters || $main?neutral || '\s]+'
      else '[^' || $main?letters || $marks || $main?neutral || '\s]+'"/>

  <!-- LaTeX's special characters, each in one pass -->
  <xsl:function name="s:escape" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:analyze-string select="replace($text, '\s+', ' ')" regex="[\\{{}}$&amp;#^_~%]">
        <xsl:matching-substring>
          <xsl:sequence select="map{'\': '\textbackslash{}', '{': '\{', '}': '\}', '$': '\$', '&amp;': '\&amp;',
              '#': '\#', '^': '\textasciicircum{}', '_': '\_', '~': '\textasciitilde{}', '%': '\%'}(.)"/>
        </xsl:matching-substring>
        <xsl:non-matching-substring><xsl:sequence select="."/></xsl:non-matching-substring>
      </xsl:analyze-string>
    </xsl:variable>
    <xsl:sequence select="string-join($parts)"/>
  </xsl:function>

  <!-- text as TeX: escaped, each run of another script in its language or font -->
  <xsl:function name="s:t" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:choose>
        <xsl:when test="$run-regex = ''"><xsl:sequence select="s:main-text($text)"/></xsl:when>
        <xsl:otherwise>
          <xsl:analyze-string select="replace($text, '\s+', ' ')" regex="{$run-regex}">
            <xsl:matching-substring>
              <xsl:variable name="groups" select="(1 to count($runs))[regex-group(.) != '']"/>
              <xsl:variable name="sc" select="$runs[$groups[1]]"/>
              <xsl:sequence select="'\' || ($sc?command, 'text' || $sc?language)[1] || '{' || s:escape(.) || '}'"/>
            </xsl:matching-substring>
            <xsl:non-matching-substring><xsl:sequence select="s:main-text(.)"/></xsl:non-matching-substring>
          </xsl:analyze-string>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:sequence select="string-join($parts)"/>
  </xsl:function>

  <xsl:function name="s:main-text" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$main-lacks = ''"><xsl:sequence select="s:escape($text)"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="parts" as="xs:string*">
          <xsl:analyze-string select="$text" regex="{$main-lacks}">
            <xsl:matching-substring><xsl:sequence select="'\siglumserif{' || s:escape(.) || '}'"/></xsl:matching-substring>
            <xsl:non-matching-substring><xsl:sequence select="s:escape(.)"/></xsl:non-matching-substring>
          </xsl:analyze-string>
        </xsl:variable>
        <xsl:sequence select="string-join($parts)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- a witness token as its siglum: a declared witness's siglum, else the target's @n, else the token itself
       without '#' and '?citedRange' -->
  <xsl:function name="s:witness" as="xs:string">
    <xsl:param name="token" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="id" select="replace(replace($token, '^#', ''), '\?.*$', '')"/>
    <xsl:variable name="target" select="if ($id != '') then key('id', $id, root($context)) else ()"/>
    <xsl:sequence select="($sigla($id), $target[1]/@n[normalize-space()]/normalize-space(), $id)[1]"/>
  </xsl:function>

  <xsl:function name="s:siglum" as="xs:string">
    <xsl:param name="wit" as="attribute()?"/>
    <xsl:sequence select="string-join(for $w in tokenize(normalize-space($wit), ' ')
        return s:t(s:witness($w, $wit)), ' ')"/>
  </xsl:function>

  <!-- ===== the document ===== -->
  <xsl:template match="/">
    <xsl:variable name="title" select="normalize-space((//tei:titleStmt/tei:title)[1])"/>
    <xsl:text>% !TEX program = xelatex
% Written by Siglum from {tokenize(base-uri(/), '/')[last()]}. Compile with XeLaTeX.
\documentclass[a5paper,11pt,openany]{{book}}
\usepackage{{fontspec}}
\usepackage[series={{A}}]{{reledmac}}
\usepackage{{polyglossia}}
\setdefaultlanguage{{{$main?language}}}
\setotherlanguage{{english}}
</xsl:text>
    <xsl:for-each select="$present[exists(?language) and not(?language = ('english', $main?language))]">
      <xsl:text>\setotherlanguage{if (?key = 'greek') then '[variant=ancient]' else ''}{{{?language}}}
</xsl:text>
    </xsl:for-each>
    <xsl:choose>
      <xsl:when test="$main-key = 'thai'">
        <xsl:text>\setmainfont[Script=Thai]{{{s:escape($main-font)}}}
</xsl:text>
      </xsl:when>
      <xsl:when test="$main-has-latin">
        <xsl:text>\setmainfont{{{s:escape($main-font)}}}
</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>\setmainfont{{Noto Serif}}
</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:for-each select="$present[exists(?language) and not(?key = 'latin' and $main-has-latin)]">
      <xsl:variable name="family" select="if (?key = $main-key) then $main-font else ?font"/>
      <xsl:text>\newfontfamily\{?language}font{if (exists(?fontscript)) then '[Script=' || ?fontscript || ']' else ''}{{{s:escape($family)}}}
\newcommand\siglumplain{?language}[1]{{{{\{?language}font #1}}}}
</xsl:text>
    </xsl:for-each>
    <xsl:text>% what a script's font lacks, and the scripts polyglossia has no language for
\newfontfamily\siglumseriffont{{Noto Serif}}
\newcommand\siglumserif[1]{{{{\siglumseriffont #1}}}}
\newfontfamily\siglumsymbolfont{{DejaVu Sans}}
\newcommand\siglumsymbol[1]{{{{\siglumsymbolfont #1}}}}
</xsl:text>
    <xsl:for-each select="$present[?key = ('cjk', 'private')]">
      <xsl:text>\newfontfamily\{?command}font{{{?font}}}
\newcommand\{?command}[1]{{{{\{?command}font #1}}}}
</xsl:text>
    </xsl:for-each>
    <xsl:if test="$main?digits = false() and $font = ''">
      <xsl:text>% the main font has no digits: those TeX writes (line, page and note numbers) in the Latin serif
\renewcommand*{{\numlabfont}}{{\normalfont\scriptsize\siglumseriffont}}
\Xnotenumfont[A]{{\normalfont\siglumseriffont}}
\renewcommand\thepage{{{{\siglumseriffont\arabic{{page}}}}}}
% the book class's running heads put punctuation of their own in the main font
\pagestyle{{plain}}
\renewcommand\thechapter{{{{\siglumseriffont\arabic{{chapter}}}}}}
\renewcommand\thefootnoteA{{{{\siglumseriffont\arabic{{footnoteA}}}}}}
\renewcommand\thesection{{\thechapter\siglumserif{{.}}\siglumserif{{\arabic{{section}}}}}}
\renewcommand\thesubsection{{\thesection\siglumserif{{.}}\siglumserif{{\arabic{{subsection}}}}}}
</xsl:text>
    </xsl:if>
    <xsl:if test="exists($present[?key = ('thai', 'cjk')])">
      <xsl:text>% Thai has no spaces between words: XeTeX breaks lines at Thai word boundaries (ICU) only with this locale
\ifdefined\XeTeXlinebreaklocale
  \XeTeXlinebreaklocale "th"
  \XeTeXlinebreakskip = 0pt plus 1pt
\fi
</xsl:text>
    </xsl:if>
    <xsl:text>% the editor's signs: supplied, deleted, expanded, unclear
\newcommand\siglumsupplied[1]{{\siglumsymbol{{{if ($main?rtl) then '&#x27E9;' else '&#x27E8;'}}}#1\siglumsymbol{{{if ($main?rtl) then '&#x27E8;' else '&#x27E9;'}}}}}
\newcommand\siglumdeleted[1]{{\siglumsymbol{{{if ($main?rtl) then '&#x27E7;' else '&#x27E6;'}}}#1\siglumsymbol{{{if ($main?rtl) then '&#x27E6;' else '&#x27E7;'}}}}}
\newcommand\siglumexpanded[1]{{\siglumserif{{(}}#1\siglumserif{{)}}}}
\newcommand\siglumunclear[1]{{#1\siglumserif{{?}}}}
\newcommand\siglumcell{{\quad}}
\newcommand\siglumquote[1]{{\siglumserif{{&#x201C;}}#1\siglumserif{{&#x201D;}}}}
\newcommand\siglumgap{{\siglumserif{{[\ldots]}}}}
\newcommand\siglumverse{{\noindent\hangindent=2em\hangafter=1 }}
\newcommand\siglumitem[1]{{\noindent\hangindent=1.5em\hangafter=1 #1~}}
\Xlemmaseparator[A]{{\siglumserif{{{if ($main?rtl) then '[' else ']'}}}}}
\firstlinenum{{5}}
\linenumincrement{{5}}
\title{{{s:escape($title)}}}
\begin{{document}}
\beginnumbering
</xsl:text>
    <xsl:apply-templates select="/tei:TEI/tei:text" mode="block"/>
    <xsl:text>\endnumbering
</xsl:text>
    <xsl:if test="exists($bibliography)">
      <xsl:text>\chapter*{{{if ($main-key = 'thai') then 'บรรณานุกรม' else s:t('Bibliography')}}}
</xsl:text>
      <xsl:for-each select="$bibliography">
        <xsl:text>\noindent\hangindent=1.5em {s:t(.)}\par
</xsl:text>
      </xsl:for-each>
    </xsl:if>
    <xsl:text>\end{{document}}
</xsl:text>
  </xsl:template>

  <!-- ===== blocks: each becomes one \pstart ... \pend, containers hold blocks ===== -->
  <xsl:variable name="containers" select="('text', 'front', 'body', 'back', 'group', 'div', 'div1', 'div2', 'div3',
      'div4', 'div5', 'div6', 'div7', 'lg', 'list', 'listBibl', 'table', 'figure', 'sp', 'floatingText', 'titlePage',
      'castList', 'spGrp', 'listApp', 'epigraph', 'argument', 'opener', 'closer', 'quote', 'cit', 'listPerson',
      'listPlace', 'listOrg', 'listEvent', 'msDesc', 'egXML', 'postscript', 'docImprint')"/>
  <xsl:variable name="leaves" select="('p', 'ab', 'l', 'item', 'head', 'row', 'speaker', 'stage', 'trailer', 'byline',
      'dateline', 'salute', 'signed', 'docTitle', 'titlePart', 'docAuthor', 'docDate', 'docEdition', 'label', 'bibl',
      'biblStruct', 'castItem', 'figDesc', 'fw', 'note', 'person', 'place', 'imprimatur', 'address', 'lem', 'rdg',
      'msItem', 'desc', 'caption', 'lg', 'sp')"/>

  <xsl:function name="s:is-block" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node instance of element() and (
        (local-name($node) = $containers and s:is-container($node)) or local-name($node) = $leaves
        or exists($node/*[local-name() = ('p', 'ab', 'lg', 'div', 'list', 'table', 'sp')]))"/>
  </xsl:function>

  <!-- a container has only blocks and white space: no text of its own between them -->
  <xsl:function name="s:is-container" as="xs:boolean">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="local-name($node) = $containers and not($node/text()[normalize-space()])
        and exists($node/*[s:is-block(.)])"/>
  </xsl:function>

  <!-- marks: what may stand between blocks without making a paragraph of its own -->
  <xsl:function name="s:is-mark" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="($node instance of text() and normalize-space($node) = '')
        or $node instance of comment() or $node instance of processing-instruction()
        or $node/self::tei:pb or $node/self::tei:cb or $node/self::tei:lb or $node/self::tei:milestone
        or $node/self::tei:anchor[not(key('note-of-target', @xml:id))]"/>
  </xsl:function>

  <!-- the children of a container, grouped into paragraphs; the marks before a block go into its first paragraph -->
  <xsl:template match="*" mode="block">
    <xsl:param name="marks" as="node()*" tunnel="yes" select="()"/>
    <xsl:choose>
      <xsl:when test="s:is-container(.)">
        <xsl:variable name="own" select="(@xml:id ! s:attached-notes(., root(current())))"/>
        <xsl:iterate select="node()">
          <xsl:param name="pending" as="node()*" select="()"/>
          <xsl:param name="carried" as="node()*" select="($marks, $own)"/>
          <xsl:on-completion>
            <xsl:if test="exists(($carried, $pending)[not(s:is-blank(.))])">
              <xsl:call-template name="paragraph">
                <xsl:with-param name="content" select="$pending"/>
                <xsl:with-param name="marks" select="$carried"/>
              </xsl:call-template>
            </xsl:if>
          </xsl:on-completion>
          <xsl:variable name="heading" select="exists(self::tei:head[parent::*[matches(local-name(), '^(div\d?|body|front|back)$')]])"/>
          <xsl:choose>
            <xsl:when test="self::tei:note[@type = 'certainty' or s:note-is-attached(.)]">
              <xsl:next-iteration>
                <xsl:with-param name="pending" select="$pending"/>
                <xsl:with-param name="carried" select="$carried"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:when test="($heading or s:is-block(.)) and exists($pending[not(s:is-mark(.))])">
              <xsl:call-template name="paragraph">
                <xsl:with-param name="content" select="$pending"/>
                <xsl:with-param name="marks" select="$carried"/>
              </xsl:call-template>
              <xsl:apply-templates select=".[$heading]" mode="heading"/>
              <xsl:apply-templates select=".[not($heading)]" mode="block">
                <xsl:with-param name="marks" select="()" tunnel="yes"/>
              </xsl:apply-templates>
              <xsl:next-iteration>
                <xsl:with-param name="pending" select="()"/>
                <xsl:with-param name="carried" select="()"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:when test="$heading">
              <!-- a heading passes the marks before it on to the paragraph after it -->
              <xsl:apply-templates select="." mode="heading"/>
              <xsl:next-iteration>
                <xsl:with-param name="pending" select="$pending"/>
                <xsl:with-param name="carried" select="$carried"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:when test="s:is-block(.)">
              <xsl:apply-templates select="." mode="block">
                <xsl:with-param name="marks" select="($carried, $pending)" tunnel="yes"/>
              </xsl:apply-templates>
              <xsl:next-iteration>
                <xsl:with-param name="pending" select="()"/>
                <xsl:with-param name="carried" select="()"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:otherwise>
              <xsl:next-iteration>
                <xsl:with-param name="pending" select="($pending, .)"/>
                <xsl:with-param name="carried" select="$carried"/>
              </xsl:next-iteration>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:iterate>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="paragraph">
          <xsl:with-param name="content" select="node()"/>
          <xsl:with-param name="marks" select="$marks"/>
          <xsl:with-param name="element" select="."/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:note[@type = 'certainty']" mode="block"/>
  <!-- the formatted bibliography (from the citation formatter) stands for the list of back, as in the web edition; a
       listBibl elsewhere (a body that is a bibliography, a section of back) is text, with its notes -->
  <xsl:template match="tei:back/tei:listBibl[exists($bibliography)]" mode="block" priority="2"/>

  <xsl:function name="s:is-blank" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="($node instance of text() and normalize-space($node) = '') or $node instance of comment()
        or $node instance of processing-instruction()"/>
  </xsl:function>

  <xsl:template name="paragraph">
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="marks" as="node()*"/>
    <xsl:param name="element" as="element()?" select="()"/>
    <xsl:variable name="name" select="local-name($element)"/>
    <xsl:variable name="body" as="xs:string">
    <xsl:value-of>
    <xsl:apply-templates select="$marks" mode="mark"/>
    <xsl:choose>
      <xsl:when test="$element/self::tei:l or $element/self::tei:row">\siglumverse </xsl:when>
      <xsl:when test="$element/self::tei:item">\siglumitem{{{s:t(($element/@n, '&#x2022;')[1])}}}</xsl:when>
      <xsl:when test="$element/self::tei:head">\noindent\textbf{{</xsl:when>
      <xsl:when test="$element[self::tei:speaker or self::tei:label]">\noindent\textbf{{</xsl:when>
      <xsl:when test="$element[self::tei:stage or self::tei:figDesc]">\noindent\textit{{</xsl:when>
      <xsl:when test="$name = ('trailer', 'byline', 'dateline', 'salute', 'signed', 'docAuthor', 'docTitle', 'titlePart', 'docDate', 'bibl', 'biblStruct')">\noindent </xsl:when>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="$element/self::tei:row">
        <xsl:for-each select="$element/*">
          <xsl:if test="position() gt 1">\siglumcell </xsl:if>
          <xsl:apply-templates select="."/>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="$element/self::tei:note">
        <xsl:apply-templates select="$element"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="$content"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$element[self::tei:head or self::tei:speaker or self::tei:label or self::tei:stage or self::tei:figDesc]">}}</xsl:if>
    <xsl:if test="not($element/self::tei:note)">
      <xsl:apply-templates select="$element/@xml:id ! s:attached-notes(., root($element))" mode="attached"/>
    </xsl:if>
    </xsl:value-of>
    </xsl:variable>
    <!-- reledmac refuses an empty paragraph -->
    <xsl:if test="normalize-space(replace($body, '\\(siglumverse|noindent|siglumitem\{[^}]*\})|\\text(bf|it)\{\}', '')) != ''">
      <xsl:text>\pstart
{$body}
\pend
</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- headings: reledmac's sectioning by the depth of divisions -->
  <xsl:template match="tei:head" mode="heading">
    <xsl:variable name="level" select="count(ancestor::*[matches(local-name(), '^div\d?$')])"/>
    <xsl:variable name="command" select="('eledchapter', 'eledchapter', 'eledsection', 'eledsubsection')[min(($level + 1, 4))]"/>
    <xsl:variable name="plain"><xsl:apply-templates mode="plain"/></xsl:variable>
    <xsl:text>\pstart
\{$command}[{normalize-space($plain)}]{{</xsl:text>
    <xsl:apply-templates/>
    <xsl:text>}}</xsl:text>
    <xsl:apply-templates select="@xml:id ! s:attached-notes(., root(current()))" mode="attached"/>
    <xsl:text>
\pend
</xsl:text>
  </xsl:template>

  <!-- a heading's plain form (the optional argument: table of contents, running heads): no apparatus, no notes, no
       formatting, and the runs of other scripts in their fonts only (reledmac's \eledchapter fails on \textit there) -->
  <xsl:template match="text()" mode="plain">
    <xsl:value-of select="replace(s:t(.), '\\text(' || string-join($runs?language, '|') || ')\{', '\\siglumplain$1{')"/>
  </xsl:template>
  <xsl:template match="tei:gap" mode="plain">...</xsl:template>
  <xsl:template match="tei:app" mode="plain"><xsl:apply-templates select="(tei:lem, tei:rdg)[1]/node()" mode="plain"/></xsl:template>
  <xsl:template match="tei:note | tei:anchor | tei:pb | tei:cb | tei:milestone | tei:rdg | tei:witDetail
      | tei:choice/(tei:sic | tei:orig | tei:abbr)" mode="plain"/>
  <xsl:template match="tei:lb" mode="plain"><xsl:call-template name="break-space"/></xsl:template>

  <!-- ===== inline ===== -->
  <xsl:template match="text()" mode="#default apparatus note">
    <xsl:value-of select="s:t(.)"/>
  </xsl:template>

  <!-- a block met inside running text (a list in a paragraph, a paragraph in a note) stays in its paragraph -->
  <xsl:template match="tei:p | tei:ab | tei:l | tei:item | tei:lg | tei:list | tei:head | tei:row | tei:cell
      | tei:speaker | tei:stage | tei:label | tei:trailer | tei:byline | tei:figDesc" mode="#default apparatus note">
    <xsl:if test="preceding-sibling::node()[not(s:is-blank(.))]"><xsl:text> </xsl:text></xsl:if>
    <xsl:apply-templates mode="#current"/>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:hi | tei:emph | tei:foreign | tei:term | tei:mentioned | tei:title[not(ancestor::tei:titleStmt)]
      | tei:gloss | tei:soCalled | tei:distinct | tei:q | tei:quote | tei:said | tei:ex | tei:supplied | tei:unclear
      | tei:del | tei:surplus" mode="#default apparatus note">
    <xsl:variable name="rend" select="tokenize(lower-case(normalize-space(@rend || ' ' || @rendition)), '[\s#;:]+')"/>
    <xsl:variable name="wrappers" as="xs:string*" select="
        (if (self::tei:emph or self::tei:mentioned or self::tei:term or self::tei:title or self::tei:gloss
             or self::tei:distinct) then 'textit'
         else if (self::tei:foreign) then (if (@xml:lang = 'en') then 'textenglish' else 'textit') else (),
         if ($rend = ('italic', 'italics', 'i', 'it')) then 'textit' else (),
         if ($rend = ('bold', 'b', 'strong')) then 'textbf' else (),
         if ($rend = ('sup', 'superscript', 'sup()')) then 'textsuperscript' else (),
         if ($rend = ('sub', 'subscript')) then 'textsubscript' else (),
         if ($rend = ('smallcaps', 'sc', 'small-caps')) then 'textsc' else (),
         if (self::tei:ex) then 'siglumexpanded' else (),
         if (self::tei:supplied) then 'siglumsupplied' else (),
         if (self::tei:unclear) then 'siglumunclear' else (),
         if (self::tei:del or self::tei:surplus) then 'siglumdeleted' else ())"/>
    <xsl:variable name="quoted" select="(self::tei:q or self::tei:said or (self::tei:quote and not(*[s:is-block(.)]))
        or self::tei:soCalled) and not($rend = ('none', 'block'))"/>
    <xsl:value-of select="string-join($wrappers ! ('\' || . || '{'))"/>
    <xsl:if test="$quoted">\siglumquote{{</xsl:if>
    <xsl:apply-templates mode="#current"/>
    <xsl:if test="$quoted">}}</xsl:if>
    <xsl:value-of select="string-join($wrappers ! '}')"/>
  </xsl:template>

  <!-- choice: the editor's form; a corrected error keeps the source's form in the apparatus -->
  <xsl:template match="tei:choice" mode="#default apparatus note plain">
    <xsl:variable name="chosen" select="(tei:corr, tei:reg, tei:expan, tei:lem, *)[1]"/>
    <xsl:apply-templates select="$chosen/node()" mode="#current"/>
    <xsl:apply-templates select="$chosen/@xml:id ! s:attached-notes(., root(current()))" mode="attached"/>
  </xsl:template>
  <xsl:template match="tei:choice[tei:sic and tei:corr]" priority="2">
    <xsl:text>\edtext{{</xsl:text>
    <xsl:apply-templates select="tei:corr[1]/node()"/>
    <xsl:text>}}{{\Afootnote{{</xsl:text>
    <xsl:apply-templates select="tei:sic[1]/node()" mode="apparatus"/>
    <xsl:text> \textit{{{s:t('sic')}}}}}}}</xsl:text>
  </xsl:template>

  <xsl:template match="tei:gap" mode="#default apparatus note">
    <xsl:text>\siglumgap{{}}</xsl:text>
  </xsl:template>
  <xsl:template match="tei:space" mode="#default apparatus note">
    <xsl:text>\quad{{}}</xsl:text>
  </xsl:template>

  <!-- links: the text of a reference; a bare pointer as the siglum or label of what it points to, else its target -->
  <xsl:template match="tei:ptr" mode="#default apparatus note plain">
    <xsl:value-of select="string-join(tokenize(normalize-space(@target), ' ') ! s:t(s:witness(., current())), ' ')"/>
  </xsl:template>

  <xsl:template match="tei:graphic | tei:media | tei:binaryObject | tei:fsdDecl | tei:interpGrp | tei:interp
      | tei:link | tei:linkGrp | tei:join | tei:alt | tei:altGrp | tei:timeline | tei:spanGrp | tei:span[not(normalize-space())]"
      mode="#default apparatus note plain"/>

  <!-- ===== the apparatus: one \edtext per entry; readings with their witnesses' sigla ===== -->
  <xsl:template match="tei:app">
    <xsl:variable name="base" select="(tei:lem, (.//tei:rdg)[1])[1]"/>
    <xsl:variable name="lemma"><xsl:apply-templates select="$base/node()"/><xsl:apply-templates
        select="$base/@xml:id ! s:attached-notes(., root(current()))" mode="attached"/></xsl:variable>
    <xsl:variable name="readings" as="xs:string*">
      <xsl:if test="$base/self::tei:rdg and $base/@wit">
        <xsl:sequence select="'\textit{' || s:siglum($base/@wit) || '}'"/>
      </xsl:if>
      <xsl:for-each select=".//tei:rdg[not(. is $base)][ancestor::tei:app[1] is current()]">
        <xsl:sequence select="s:reading(.)"/>
      </xsl:for-each>
      <xsl:for-each select="tei:note[not(@type = 'certainty')] | tei:witDetail | tei:rdgGrp/tei:note[not(@type = 'certainty')]">
        <xsl:variable name="text"><xsl:apply-templates select="node()" mode="apparatus"/></xsl:variable>
        <xsl:sequence select="normalize-space($text)
            || (if (self::tei:witDetail and @wit) then ' \textit{' || s:siglum(@wit) || '}' else '')"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:text>\edtext{{{$lemma}}}{{{if (normalize-space($lemma) = '') then '\lemma{\textit{' || s:t('om.') || '}}' else ''}\Afootnote{{{string-join($readings, s:t('; '))}}}}}</xsl:text>
  </xsl:template>

  <xsl:function name="s:reading" as="xs:string">
    <xsl:param name="rdg" as="element()"/>
    <xsl:variable name="text"><xsl:apply-templates select="$rdg/node()" mode="apparatus"/></xsl:variable>
    <xsl:variable name="signs" as="xs:string*">
      <xsl:for-each select="$rdg//(tei:lacunaStart | tei:lacunaEnd | tei:witStart | tei:witEnd)">
        <xsl:sequence select="s:lacuna-sign(.)"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="normalize-space(if (normalize-space($text) != '') then $text
        else if (exists($signs)) then '' else '\textit{' || s:t('om.') || '}')
        || (if (exists($signs) and normalize-space($text) = '') then string-join($signs, ' ') else '')
        || (if ($rdg/@wit) then ' \textit{' || s:siglum($rdg/@wit) || '}' else '')"/>
  </xsl:function>

  <!-- where a witness breaks off or begins, the apparatus says so instead of "om." -->
  <xsl:function name="s:lacuna-sign" as="xs:string">
    <xsl:param name="sign" as="element()"/>
    <xsl:sequence select="'\textit{' || s:t(map{'lacunaStart': 'lac. inc.', 'lacunaEnd': 'lac. des.',
        'witStart': 'inc.', 'witEnd': 'des.'}(local-name($sign))) || '}'"/>
  </xsl:function>

  <xsl:template match="tei:lacunaStart | tei:lacunaEnd | tei:witStart | tei:witEnd" mode="apparatus note plain"/>
  <xsl:template match="tei:lacunaStart | tei:lacunaEnd | tei:witStart | tei:witEnd">
    <xsl:choose>
      <xsl:when test="ancestor::tei:lem">
        <xsl:text>\edtext{{}}{{\lemma{{}}\Afootnote{{{s:lacuna-sign(.)}{if (@wit) then ' \textit{' || s:siglum(@wit) || '}' else ''}}}}}</xsl:text>
      </xsl:when>
      <xsl:when test="@wit">
        <xsl:text>\edtext{{}}{{\lemma{{}}\Afootnote{{{s:lacuna-sign(.)} \textit{{{s:siglum(@wit)}}}}}}}</xsl:text>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:app/tei:note | tei:rdgGrp/tei:note | tei:app/tei:witDetail | tei:note[@type = 'certainty']"
      mode="#default note"/>
  <xsl:template match="tei:witDetail">
    <xsl:text>\footnoteA{{</xsl:text>
    <xsl:apply-templates mode="note"/>
    <xsl:if test="@wit"> \textit{{{s:siglum(@wit)}}}</xsl:if>
    <xsl:text>}}</xsl:text>
  </xsl:template>

  <!-- inside a reading or a note: no \edtext, no footnotes, no margin notes; nested entries in parentheses -->
  <xsl:template match="tei:app" mode="apparatus note">
    <xsl:variable name="base" select="(tei:lem, (.//tei:rdg)[1])[1]"/>
    <xsl:apply-templates select="$base/node()" mode="#current"/>
    <xsl:variable name="others" select=".//tei:rdg[not(. is $base)][ancestor::tei:app[1] is current()]"/>
    <xsl:if test="exists($others)">
      <xsl:text> {s:t('(')}{string-join($others ! s:reading(.), s:t('; '))}{s:t(')')}</xsl:text>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:note[not(@type = 'certainty')] | tei:witDetail" mode="apparatus note">
    <xsl:text> {s:t('(')}</xsl:text>
    <xsl:apply-templates mode="#current"/>
    <xsl:text>{s:t(')')}</xsl:text>
  </xsl:template>
  <xsl:template match="tei:pb | tei:cb | tei:milestone | tei:anchor" mode="apparatus note"/>
  <xsl:template match="tei:lb" mode="apparatus note"><xsl:call-template name="break-space"/></xsl:template>

  <!-- ===== notes: a footnote where their target is printed (or where they stand), with the edition's number ===== -->
  <xsl:function name="s:attached-notes" as="element()*">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="root" as="node()"/>
    <xsl:sequence select="key('note-of-target', $id, $root)[not(@type = 'certainty')][s:note-is-attached(.)]"/>
  </xsl:function>

  <!-- a note is printed at its target when the target is printed where a footnote can stand -->
  <xsl:function name="s:note-is-attached" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:variable name="target" select="key('id', substring(tokenize(normalize-space($note/@target), ' ')[1], 2), root($note))[1]"/>
    <xsl:sequence select="exists($target) and exists($target/ancestor::tei:text) and not($target/ancestor-or-self::tei:note)
        and not($target/ancestor-or-self::*[self::tei:rdg or self::tei:sic or self::tei:orig or self::tei:abbr
            or self::tei:witDetail or self::tei:teiHeader or self::tei:note or self::tei:fw])
        and not($target/ancestor::tei:choice[tei:sic and tei:corr])
        and not($target/ancestor::tei:app[not(ancestor::tei:lem)][1]//tei:rdg intersect $target/ancestor::*)
        and not($target/self::tei:text or $target/self::tei:body or $target/self::tei:front or $target/self::tei:back)"/>
  </xsl:function>

  <xsl:template match="tei:note" mode="attached">
    <xsl:if test="@n castable as xs:integer">
      <xsl:text>\setcounter{{footnoteA}}{{{xs:integer(@n) - 1}}}</xsl:text>
    </xsl:if>
    <xsl:text>\footnoteA{{</xsl:text>
    <xsl:apply-templates mode="note"/>
    <xsl:text>}}</xsl:text>
  </xsl:template>

  <!-- an element that notes point to: its own output, then the notes -->
  <xsl:template match="*[@xml:id][not(self::tei:note)][key('note-of-target', @xml:id)]" priority="5" mode="#default mark">
    <xsl:next-match/>
    <xsl:apply-templates select="s:attached-notes(@xml:id, root(.))" mode="attached"/>
  </xsl:template>
  <xsl:template match="tei:anchor"/>

  <xsl:template match="tei:note[s:note-is-attached(.)]" priority="3"/>

  <xsl:template match="tei:note">
    <xsl:text>\footnoteA{{</xsl:text>
    <xsl:apply-templates mode="note"/>
    <xsl:text>}}</xsl:text>
  </xsl:template>

  <xsl:template match="tei:bibl[tei:ptr]" mode="note">
    <xsl:variable name="note" select="ancestor::tei:note[1]"/>
    <xsl:variable name="formatted" select="$citations(string($note/@xml:id))"/>
    <xsl:choose>
      <xsl:when test="exists($formatted) and . is ($note//tei:bibl[tei:ptr])[1]">{s:t($formatted)}</xsl:when>
      <xsl:when test="exists($formatted)"/>
      <xsl:otherwise><xsl:apply-templates mode="note"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== the source's layout: page and column breaks and milestones in the margin; line breaks as spaces ===== -->
  <xsl:template match="tei:pb | tei:cb | tei:milestone" mode="#default mark">
    <xsl:variable name="editions" select="tokenize(normalize-space(string-join((@edRef, @ed), ' ')), ' ')"/>
    <xsl:variable name="source" select="string-join($editions ! s:witness(., current()), ' ')"/>
    <xsl:variable name="number" select="
        if (@n) then string(@n)
        else if (self::tei:pb) then string(count(preceding::tei:pb[normalize-space(@edRef) = normalize-space(current()/@edRef)]) + 2)
        else ''"/>
    <xsl:variable name="label" select="string-join((
        if (self::tei:cb) then 'col.' else if (self::tei:milestone) then string(@unit)[. != ''] else (),
        $source[. != ''], $number[. != '']), ' ')"/>
    <xsl:if test="$label != '' and not(ancestor::tei:head)">
      <xsl:text>\ledsidenote{{{replace(s:t($label), ' ', '~')}}}</xsl:text>
    </xsl:if>
    <xsl:if test="not(self::tei:milestone)"><xsl:call-template name="break-space"/></xsl:if>
  </xsl:template>

  <xsl:template match="tei:lb" mode="#default">
    <xsl:call-template name="break-space"/>
  </xsl:template>
  <xsl:template match="node()" mode="mark"/>
  <xsl:template match="tei:anchor" mode="mark"/>
  <xsl:template match="tei:note" mode="mark">
    <xsl:apply-templates select="." mode="attached"/>
  </xsl:template>

  <xsl:template name="break-space">
    <xsl:variable name="before" select="substring(string(preceding::text()[1]), string-length(string(preceding::text()[1])))"/>
    <xsl:variable name="after" select="substring(string(following::text()[1]), 1, 1)"/>
    <xsl:if test="not(@break = 'no') and not(matches($before || $after, '^(\p{IsThai}{2}|)$'))
        and not(matches($before, '\s')) and not(matches($after, '\s'))">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>
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
