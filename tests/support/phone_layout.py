"""What a phone's window shows, for the browser tests of tests/web: its width (an iPhone's), and
a script measuring what lies out of the window's width."""

from __future__ import annotations

PHONE = 375

# Whatever lies out of the window's width, not counting what a table's own box scrolls to.
OFF_SCREEN = """
const width = document.documentElement.clientWidth;
const off = [];
for (const el of document.querySelectorAll('body a, body input, body button, body h1, body h2, body p')) {
  const box = el.getBoundingClientRect();
  if (box.width && (box.right > width + 1 || box.left < -1) && !el.closest('.wide')) {
    off.push(el.tagName + ' ' + (el.textContent || el.name || '').trim().slice(0, 40) + ' ' + Math.round(box.right));
  }
}
return {scroll: document.documentElement.scrollWidth, width: width, off: off};
"""
