"""The one stylesheet, served at /style.css (the Content-Security-Policy allows styles
from this site only, no inline style).

Every text colour has a contrast of at least 4.5:1 (WCAG AA) with each background it is
written on: the header's blue, or the light greys and white of the page, its tables and
filters (tests/web/test_web_accessibility_44.py computes them from this sheet). A focused
link, button or field is outlined, dark on the page and yellow on the header's blue, so the
keyboard's place is always seen.

A phone's 375 px hold every page without scrolling it sideways: the menu wraps, and each
table scrolls within its own box (pages.layout puts it in one), as a table of eleven columns
cannot be narrowed to a phone's width; its rows stay a table for screen readers, which a
table restyled as blocks is not in every browser. A word longer than the screen (a feed's outlet
name run together, an address as a story's title) breaks where it must, in a heading and in any
list, as in the list's cells (tests/web/test_web_long_names_phone_61.py). The first link of
every page, hidden until the keyboard reaches it, skips the menu to the page's content."""

from bot.web.chart import category_css

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{background:#0b3d91;color:#fff;padding:.6rem 1.2rem;display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center}
header a{color:#fff}.site{margin:0}.site a{font-weight:700;font-size:1.2rem;text-decoration:none}.site span{color:#ced8e9;margin-left:.6rem;font-size:.9rem}
a{color:#0b3d91}a:visited{color:#5a2d82}header a:visited{color:#fff}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #1d1d1f;outline-offset:2px}header a:focus-visible{outline-color:#ffd500}
a.skip{display:block;padding:.4rem 1.2rem;background:#fff}a.skip:not(:focus){position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
nav{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center}nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem 1rem;margin:0;padding:0}
nav a.here{text-decoration:none;border-bottom:2px solid #ffd500}a.lang{border:1px solid #fff;border-radius:3px;padding:0 .4rem;text-decoration:none}
main{padding:0 1.2rem 2rem}h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.6rem}
.filters{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem .8rem}
.choices{margin:.3rem 0}.choices span:first-child{font-weight:600;margin-right:.3rem}
.choices a{margin-right:.6rem;white-space:nowrap}.choices a.here{font-weight:700;color:#000;text-decoration:none}
.active{list-style:none;padding:0;margin:.2rem 0;display:flex;flex-wrap:wrap;gap:.5rem}.active li{background:#e8eefc;border-radius:12px;padding:.1rem .6rem}
.active a.remove{text-decoration:none;font-weight:700;margin-left:.2rem}
form.words input{width:18rem;max-width:calc(100% - 1rem);margin:0 .4rem}
.wide{overflow-x:auto;max-width:100%;position:relative}table{border-collapse:collapse;background:#fff;margin:.6rem 0}th,td{border-bottom:1px solid #e3e3e3;padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f0f2f5;white-space:nowrap}td.num{text-align:right;white-space:nowrap}td.donor{white-space:nowrap}td.date{white-space:nowrap}
td.evidence{max-width:28rem;font-size:.88rem;color:#333}td.sources{font-size:.88rem}
td.what,td.evidence,td.sources,h1,h2,main p,main li{overflow-wrap:anywhere}
.swatch{display:inline-block;box-sizing:border-box;width:.75rem;height:.75rem;border:1px solid #1d1d1f;border-radius:2px;margin-right:.3rem;vertical-align:-1px}
.st-delivered{color:#05682e}.st-refused{color:#a50e0e}.st-discussed{color:#6b5b00}
.item{color:#555;font-size:.88rem}.pager a{margin:0 .6rem}.downloads{margin-top:1rem}.note{color:#555;font-size:.9rem}
svg.chart{display:block;max-width:100%;height:auto;font-size:14px}svg.chart text{fill:#1d1d1f}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.8rem;font-size:.88rem}
article.story{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.2rem .9rem .5rem;margin:.8rem 0}
article.story h2{font-size:1.05rem}.meta{color:#555;font-size:.88rem;margin:.2rem 0}
ul.sources{margin:.2rem 0;padding-left:1.2rem;font-size:.9rem}.lang-tag{font-size:.75rem;color:#555;border:1px solid #bbb;border-radius:3px;padding:0 .2rem}
ul.story-pledges{margin:.3rem 0;padding-left:1.2rem;font-size:.9rem}.error{color:#a50e0e;font-weight:600}
caption{text-align:left;font-weight:600;padding:.2rem 0;color:#1d1d1f}
dl.facts{display:grid;grid-template-columns:fit-content(40%) minmax(0,1fr);gap:.2rem 1rem;background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem .9rem}
dl.facts dt{font-weight:600}dl.facts dd{margin:0;overflow-wrap:anywhere}
tbody.donor{border-top:2px solid #bbb}ul.counts{padding-left:1.2rem}
fieldset.days{display:inline-block;border:0;padding:0;margin:0 .4rem}fieldset.days legend{float:left;font-weight:600;margin-right:.4rem}
fieldset.days input{width:7.5rem;margin:0 .2rem}ul.latest{padding-left:1.2rem}
""" + category_css()
