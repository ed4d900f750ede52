<?xml version="1.0" encoding="UTF-8"?>
<!-- A stylesheet that tries what the pipeline must confine: reading and writing files, messages. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="tei">
  <xsl:param name="read" select="''"/>
  <xsl:param name="write" select="''"/>
  <xsl:template match="/">
    <xsl:message>heads: <xsl:value-of select="count(//tei:head)"/></xsl:message>
    <out>
      <xsl:if test="$read != ''"><read><xsl:value-of select="unparsed-text($read)"/></read></xsl:if>
      <xsl:if test="$write != ''">
        <xsl:result-document href="{$write}"><written/></xsl:result-document>
      </xsl:if>
      <xsl:value-of select="//tei:head"/>
    </out>
  </xsl:template>
</xsl:stylesheet>
