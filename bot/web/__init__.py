"""The read-only web pledge tracker (`pledgewatch web`, or `[web] listen` inside `run`).

- params.py: query parameters -> a view (filters, sort, page, language), bounded; pure.
- texts.py: the pages' words in English, French and German (a refused query's too), and
  Accept-Language negotiation.
- chart.py: inline SVG bar charts, one colour per category.
- markup.py: text from feeds made safe to show (escaped, cut, http(s) links only); pure.
- pages.py: HTML of each page from rows (every string from a feed through markup.py); pure.
  pledge_page.py and story_page.py: the page of one pledge (/pledges/<id>: its reports, its
  status over time, its story) and of one story (/stories/<id>: every article, a page at a
  time, its languages, outlets and pledges); deliveries.py: per donor, what was committed
  against what the news reported delivered (Totals); all pure.
- style.py: the one stylesheet, served at /style.css.
- downloads.py: the current view as CSV and JSON, new pledges as Atom.
- data.py: the queries, through SqliteStore.
- workers.py: the database threads (one for pages, one for downloads, one at a time).
- connections.py: how many connections are kept open, and for how long.
- server.py: the aiohttp adapter (routes, status codes), with headers.py: the headers every
  answer carries, pages and refusals alike, and revalidation.py: each answer's ETag, and 304
  to a client that holds it.
"""
