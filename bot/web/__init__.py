"""The read-only web pledge tracker (`pledgewatch web`, or `[web] listen` inside `run`).

- params.py: query parameters -> a view (filters, sort, page, language), bounded; pure.
- texts.py: the pages' words in English and French, and Accept-Language negotiation.
- chart.py: inline SVG bar charts, one colour per category.
- pages.py: HTML of each page from rows (every string from a feed escaped); pure.
- downloads.py: the current view as CSV and JSON, new pledges as Atom.
- data.py: the queries, through SqliteStore.
- server.py: the aiohttp adapter (routes, headers, a database thread).
"""
