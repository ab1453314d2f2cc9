"""A realistic saved web page around the sample article, built from the sample itself.

The page puts the article's own head lines (site links, breadcrumb, the
日期/作者/阅读 line) into header blocks, the body paragraphs into the article
container (level-one headings as <h2>), and the footer lines into a footer,
with navigation, a sidebar, a share bar, scripts and styles around them.
"""

from __future__ import annotations

import html


def sample_page(text: str, article, *, charset: str = "utf-8", extra_head: str = "") -> str:
    b0, b1 = article.body_span
    head = [s.strip() for s in text[:b0].splitlines() if s.strip()]
    body = [s.strip() for s in text[b0:b1].splitlines() if s.strip()]
    foot = [s.strip() for s in text[b1:].splitlines() if s.strip()]
    title = article.meta.title
    top_level = {s.title for s in article.sections if s.level == 1}
    e = html.escape
    bars = "\n".join(f'<div class="bar">{e(s)}</div>' for s in head if s != title)
    paragraphs = "\n".join(
        f"<h2>{e(s)}</h2>" if any(s.endswith(t) for t in top_level) and len(s) < 30 else f"<p>{e(s)}</p>" for s in body
    )
    footer = "\n".join(f"<p>{e(s)}</p>" for s in foot)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{e(title)}-上海市律师协会</title>
<meta name="ArticleTitle" content="{e(title)}">
<meta name="PubDate" content="{article.meta.date} 09:30">
<meta name="author" content="{e(article.meta.author)}">
{extra_head}
<link rel="stylesheet" href="http://www.example.invalid/css/site.css">
<script type="text/javascript">var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script");
hm.src = "http://stats.example.invalid/hm.js"; }})();</script>
<style>.nav li {{ float: left; }} .footer {{ color: #666; }}</style>
</head>
<body>
<div id="header">
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news">协会动态</a></li>
<li><a href="/party">行业党建</a></li><li><a href="/service">律师服务</a></li><li><a href="/en">ENGLISH</a></li></ul>
{bars}
</div>
<div id="main">
<div class="sidebar"><h3>相关链接</h3><ul><li><a href="/a">律师查询</a></li><li><a href="/b">律所查询</a></li>
<li><a href="/c">投诉受理</a></li></ul><img src="http://www.example.invalid/banner.png" alt="横幅"></div>
<div class="article">
<h1>{e(title)}</h1>
<div class="content">
{paragraphs}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> [打印] [关闭]</div>
</div>
</div>
<div class="footer" id="footer">
{footer}
</div>
<iframe src="http://www.example.invalid/ad.html"></iframe>
</body>
</html>
"""
