"""What a body that is no feed is, when it is a file of another kind (an image, a PDF, an
archive): said in the feed's error instead of the XML parser's "not well-formed (invalid
token)", which sent the operator looking for a typo in a feed that was never there (an address
of a site's logo or of a report given for its feed's, or a server answering every path so).

Told by the file's first bytes, which a server cannot mislabel, else by its Content-Type's
media type. A feed served under a wrong Content-Type (an RSS body said to be image/png) is still
read: only a body the parser found no feed in is named so.
"""

from __future__ import annotations

# A file's first bytes ("magic numbers") and what to call it.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "a gzip file"),
    (b"ID3", "an MP3 audio file"),
)
_MEDIA_TYPES = {"image": "an image", "audio": "an audio file", "video": "a video", "font": "a font"}
_APPLICATION_TYPES = {"application/pdf": "a PDF document", "application/zip": "a ZIP archive",
                      "application/octet-stream": "a binary file", "application/msword": "a Word document"}


def file_kind(body: bytes, content_type: str | None) -> str | None:
    """What the body is when it is a file no feed is ("a PNG image"), or None."""
    if body[:4] == b"RIFF" and body[8:12] == b"WEBP":
        return "a WebP image"
    for signature, kind in _SIGNATURES:
        if body.startswith(signature):
            return kind
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media in _APPLICATION_TYPES:
        return _APPLICATION_TYPES[media]
    major = media.split("/", 1)[0]
    return _MEDIA_TYPES.get(major) if "/" in media else None
