<?xml version="1.0" encoding="UTF-8"?>
<!-- The floor of the export benchmark: Saxon copying the edition unchanged. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:mode on-no-match="shallow-copy"/>
</xsl:stylesheet>
