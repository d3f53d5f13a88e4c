<?xml version="1.0" encoding="utf-8"?>
<!--
  Shows an Atom feed of the site as a readable page when a browser opens it (the feed names this
  file in <?xml-stylesheet?>): its title, its entries with their dates and links, and how to follow
  it in a feed reader. XSLT 1.0, as browsers run it. Loads nothing: no script, no font, no other
  file; its styles are inline. Links are the feed's own (relative without a base URL).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:a="http://www.w3.org/2005/Atom"
                exclude-result-prefixes="a">
  <xsl:output method="html" encoding="utf-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/">
    <xsl:apply-templates select="a:feed"/>
  </xsl:template>

  <xsl:template match="a:feed">
    <xsl:variable name="page" select="a:link[@rel='alternate'][1]/@href"/>
    <xsl:variable name="self" select="a:link[@rel='self'][1]/@href"/>
    <html lang="vi">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="a:title"/> (nguồn tin Atom)</title>
        <style>
          body { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; line-height: 1.55;
                 color: #1b1b1b; background: #fff; margin: 0; padding: 1rem; }
          main { max-width: 46rem; margin: 0 auto; }
          h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0; }
          a { color: #0b4f8a; }
          a:focus { outline: 3px solid #e0a100; outline-offset: 2px; }
          .lead { color: #4a4a4a; margin-top: 0; }
          .how { background: #f2f5f8; border-left: 6px solid #0b4f8a; padding: 0.75rem 1rem; margin: 1rem 0 1.5rem; }
          .how h2 { font-size: 1.15rem; margin: 0.25rem 0 0.5rem; }
          .how code { overflow-wrap: anywhere; background: #fff; padding: 0 0.2em; }
          ol { list-style: none; padding: 0; margin: 0; }
          li { border-top: 1px solid #d6d6d6; padding: 0.75rem 0; }
          li h3 { font-size: 1.1rem; margin: 0; }
          .date { color: #4a4a4a; font-size: 0.95rem; margin: 0.2rem 0; }
          .summary { margin: 0.25rem 0 0; }
        </style>
      </head>
      <body>
        <main>
          <p class="lead">Nguồn tin Atom</p>
          <h1><xsl:value-of select="a:title"/></h1>
          <xsl:if test="$page">
            <p>Xem trên cổng: <a href="{$page}"><xsl:value-of select="a:title"/></a></p>
          </xsl:if>
          <section class="how" aria-labelledby="cach-theo-doi">
            <h2 id="cach-theo-doi">Cách theo dõi</h2>
            <p>Đây là nguồn tin (Atom): một tệp mà ứng dụng đọc tin tự tải lại để báo bài mới của cổng,
              không cần vào cổng hằng ngày.</p>
            <p>
              <xsl:choose>
                <xsl:when test="$self">Sao chép địa chỉ <code><xsl:value-of select="$self"/></code></xsl:when>
                <xsl:otherwise>Sao chép địa chỉ của trang này trên thanh địa chỉ của trình duyệt</xsl:otherwise>
              </xsl:choose>
              rồi dán vào ứng dụng đọc tin (trình đọc RSS/Atom, như Feedly, Inoreader, Thunderbird hay
              NetNewsWire), ở mục “Thêm nguồn tin” hoặc “Theo dõi”.</p>
            <p>Nguồn tin mới bằng lần cập nhật cổng gần nhất.</p>
          </section>
          <h2>Bài mới nhất</h2>
          <xsl:choose>
            <xsl:when test="a:entry">
              <ol>
                <xsl:apply-templates select="a:entry"/>
              </ol>
            </xsl:when>
            <xsl:otherwise><p>Chưa có bài nào.</p></xsl:otherwise>
          </xsl:choose>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="a:entry">
    <li>
      <h3>
        <xsl:choose>
          <xsl:when test="a:link[@rel='alternate']">
            <a href="{a:link[@rel='alternate'][1]/@href}"><xsl:value-of select="a:title"/></a>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="a:title"/></xsl:otherwise>
        </xsl:choose>
      </h3>
      <xsl:if test="a:published | a:updated">
        <xsl:variable name="d" select="(a:published | a:updated)[1]"/>
        <p class="date">Ngày <time datetime="{substring($d, 1, 10)}">
          <xsl:value-of select="number(substring($d, 9, 2))"/>/<xsl:value-of select="number(substring($d, 6, 2))"/>/<xsl:value-of select="substring($d, 1, 4)"/>
        </time></p>
      </xsl:if>
      <xsl:if test="a:summary">
        <p class="summary"><xsl:value-of select="a:summary"/></p>
      </xsl:if>
    </li>
  </xsl:template>
</xsl:stylesheet>
