<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI edition -> reledmac document (XeLaTeX or LuaLaTeX). Run by LatexExporter on the shared Saxon pipeline.
  Parameters (computed in Java by the services that already know them):
    sigla         map(witness id -> siglum), from the apparatus service
    citations     map(note id -> formatted citation, plain text), from the citation formatter
    bibliography  the formatted bibliography entries (plain text), in the style's order
    font          the Thai font family (a TLWG font: Norasi, Kinnari, ...)
  Each app becomes exactly one \edtext{lemma}{\Afootnote{reading \textit{SIGLUM}}}; a note that points to an anchor is
  printed as \footnoteA where its anchor stands (a series apart from the apparatus); notes of type certainty are the
  editor's working notes and are not printed.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:s="urn:siglum:latex" exclude-result-prefixes="#all" expand-text="yes">

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:param name="sigla" as="map(xs:string, xs:string)" select="map{}"/>
  <xsl:param name="citations" as="map(xs:string, xs:string)" select="map{}"/>
  <xsl:param name="bibliography" as="xs:string*" select="()"/>
  <xsl:param name="font" as="xs:string" select="'Norasi'"/>

  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>
  <xsl:key name="note-of-anchor" match="tei:note[starts-with(@target, '#')]" use="substring(@target, 2)"/>

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

  <xsl:function name="s:siglum" as="xs:string">
    <xsl:param name="wit" as="attribute()?"/>
    <xsl:sequence select="string-join(for $w in tokenize(normalize-space($wit), ' ')
        ! replace(., '^#', '') return s:escape(($sigla($w), $w)[1]), ' ')"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:variable name="title" select="normalize-space((//tei:titleStmt/tei:title)[1])"/>
    <xsl:text>% !TEX program = xelatex
% Written by Siglum from {tokenize(base-uri(/), '/')[last()]}. Compile with XeLaTeX (or LuaLaTeX).
\documentclass[a5paper,11pt]{{book}}
\usepackage{{fontspec}}
\usepackage{{polyglossia}}
\setdefaultlanguage{{thai}}
\setotherlanguage{{english}}
\setmainfont[Script=Thai]{{{s:escape($font)}}}
\newfontfamily\thaifont[Script=Thai]{{{s:escape($font)}}}
% Thai has no spaces between words: XeTeX breaks lines at Thai word boundaries (ICU) only with this locale
\ifdefined\XeTeXlinebreaklocale
  \XeTeXlinebreaklocale "th"
  \XeTeXlinebreakskip = 0pt plus 1pt
\fi
\usepackage[series={{A}}]{{reledmac}}
\firstlinenum{{5}}
\linenumincrement{{5}}
\title{{{s:escape($title)}}}
\begin{{document}}
\beginnumbering
</xsl:text>
    <xsl:apply-templates select="/tei:TEI/tei:text/(tei:front, tei:body)"/>
    <xsl:text>\endnumbering
</xsl:text>
    <xsl:if test="exists($bibliography)">
      <xsl:text>\chapter*{{บรรณานุกรม}}
</xsl:text>
      <xsl:for-each select="$bibliography">
        <xsl:text>\noindent\hangindent=1.5em {s:escape(.)}\par
</xsl:text>
      </xsl:for-each>
    </xsl:if>
    <xsl:text>\end{{document}}
</xsl:text>
  </xsl:template>

  <xsl:template match="tei:front | tei:body | tei:div">
    <xsl:apply-templates select="*"/>
  </xsl:template>

  <xsl:template match="tei:head">
    <xsl:variable name="level" select="count(ancestor::tei:div)"/>
    <xsl:variable name="command" select="if ($level le 1) then 'eledchapter' else if ($level = 2) then 'eledsection' else 'eledsubsection'"/>
    <xsl:variable name="plain"><xsl:apply-templates mode="plain"/></xsl:variable>
    <xsl:text>\pstart
\{$command}[{normalize-space($plain)}]{{</xsl:text>
    <xsl:apply-templates/>
    <xsl:text>}}
\pend
</xsl:text>
  </xsl:template>

  <!-- a heading's plain form (the optional argument: table of contents, running heads): no apparatus, no notes -->
  <xsl:template match="text()" mode="plain">
    <xsl:value-of select="s:escape(.)"/>
  </xsl:template>
  <xsl:template match="tei:app" mode="plain"><xsl:apply-templates select="tei:lem/node()" mode="plain"/></xsl:template>
  <xsl:template match="tei:note | tei:anchor | tei:pb" mode="plain"/>
  <xsl:template match="tei:lb" mode="plain"><xsl:call-template name="break-space"/></xsl:template>

  <xsl:template match="tei:p | tei:ab">
    <xsl:text>\pstart
</xsl:text>
    <xsl:apply-templates/>
    <xsl:text>
\pend
</xsl:text>
  </xsl:template>

  <xsl:template match="tei:div/tei:*[not(self::tei:head or self::tei:p or self::tei:ab or self::tei:div)]"/>

  <xsl:template match="text()">
    <xsl:value-of select="s:escape(.)"/>
  </xsl:template>

  <!-- the apparatus: one \edtext per entry; readings with their witnesses' sigla -->
  <xsl:template match="tei:app">
    <xsl:variable name="lemma"><xsl:apply-templates select="tei:lem/node()"/></xsl:variable>
    <xsl:variable name="readings" as="xs:string*">
      <xsl:for-each select=".//tei:rdg">
        <xsl:variable name="text"><xsl:apply-templates select="node()" mode="apparatus"/></xsl:variable>
        <xsl:sequence select="normalize-space(if (normalize-space($text) = '') then '\textit{om.}' else $text)
            || ' \textit{' || s:siglum(@wit) || '}'"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:text>\edtext{{{$lemma}}}{{{if (normalize-space($lemma) = '') then '\lemma{\textit{om.}}' else ''}\Afootnote{{{string-join($readings, '; ')}}}}}</xsl:text>
  </xsl:template>

  <xsl:template match="tei:app/tei:note | tei:note[@type = 'certainty']"/>

  <xsl:template match="text()" mode="apparatus">
    <xsl:value-of select="s:escape(.)"/>
  </xsl:template>
  <xsl:template match="tei:pb | tei:lb | tei:note | tei:anchor" mode="apparatus"/>
  <xsl:template match="tei:foreign[@xml:lang = 'en']" mode="apparatus">
    <xsl:text>\textenglish{{</xsl:text><xsl:apply-templates mode="apparatus"/><xsl:text>}}</xsl:text>
  </xsl:template>

  <!-- footnotes: printed where their anchor stands, with the edition's number -->
  <xsl:template match="tei:anchor[@type = 'note']">
    <xsl:for-each select="key('note-of-anchor', @xml:id)">
      <xsl:if test="@n castable as xs:integer">
        <xsl:text>\setcounter{{footnoteA}}{{{xs:integer(@n) - 1}}}</xsl:text>
      </xsl:if>
      <xsl:text>\footnoteA{{</xsl:text>
      <xsl:apply-templates mode="note"/>
      <xsl:text>}}</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:note[starts-with(@target, '#') and key('id', substring(@target, 2))]"/>

  <xsl:template match="tei:note">
    <xsl:text>\footnoteA{{</xsl:text>
    <xsl:apply-templates mode="note"/>
    <xsl:text>}}</xsl:text>
  </xsl:template>

  <xsl:template match="text()" mode="note">
    <xsl:value-of select="s:escape(.)"/>
  </xsl:template>
  <xsl:template match="tei:bibl[tei:ptr]" mode="note">
    <xsl:variable name="note" select="ancestor::tei:note[1]"/>
    <xsl:variable name="formatted" select="$citations(string($note/@xml:id))"/>
    <xsl:choose>
      <xsl:when test="exists($formatted) and . is ($note//tei:bibl[tei:ptr])[1]">{s:escape($formatted)}</xsl:when>
      <xsl:when test="exists($formatted)"/>
      <xsl:otherwise><xsl:apply-templates mode="note"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:ptr" mode="note">
    <xsl:value-of select="s:escape(@target)"/>
  </xsl:template>
  <xsl:template match="tei:title" mode="note #default">
    <xsl:text>\textit{{</xsl:text><xsl:apply-templates select="node()" mode="#current"/><xsl:text>}}</xsl:text>
  </xsl:template>
  <xsl:template match="tei:foreign[@xml:lang = 'en']" mode="#default note">
    <xsl:text>\textenglish{{</xsl:text><xsl:apply-templates mode="#current"/><xsl:text>}}</xsl:text>
  </xsl:template>

  <!-- the source's layout: its page breaks in the margin; its line breaks only as the space they stand for -->
  <xsl:template match="tei:pb">
    <xsl:variable name="wit" select="replace(normalize-space(@edRef), '^#', '')"/>
    <xsl:variable name="page" select="if (@n) then string(@n)
        else string(count(preceding::tei:pb[normalize-space(@edRef) = normalize-space(current()/@edRef)]) + 2)"/>
    <xsl:text>\ledsidenote{{{s:escape(($sigla($wit), $wit)[1])}~{s:escape($page)}}}</xsl:text>
    <xsl:call-template name="break-space"/>
  </xsl:template>

  <xsl:template match="tei:lb">
    <xsl:call-template name="break-space"/>
  </xsl:template>

  <xsl:template name="break-space">
    <xsl:variable name="before" select="substring(string(preceding::text()[1]), string-length(string(preceding::text()[1])))"/>
    <xsl:variable name="after" select="substring(string(following::text()[1]), 1, 1)"/>
    <xsl:if test="not(@break = 'no') and not(matches($before || $after, '^(\p{IsThai}{2}|)$'))
        and not(matches($before, '\s')) and not(matches($after, '\s'))">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:gap">
    <xsl:text>[\ldots]</xsl:text>
  </xsl:template>
</xsl:stylesheet>
