"""canonical_url: one spelling per article address, and never an exception."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.feeds.urls import canonical_url

ARTICLE = "https://www.example.com/world/2023/02/14/nato-ammunition"


@pytest.mark.parametrize(
    "tracked",
    [
        ARTICLE + "?utm_source=rss&utm_medium=feed&utm_campaign=ukraine",
        ARTICLE + "?fbclid=IwAR0abc",
        ARTICLE + "?gclid=xyz&mc_cid=1&mc_eid=2",
        ARTICLE + "?xtor=RSS-3208&at_medium=custom7&at_campaign=feed",
        ARTICLE + "?ref=homepage&cmpid=x&ocid=msn&_ga=1.2.3&igshid=abc&yclid=9&spm=a.b",
        ARTICLE + "?UTM_Source=Twitter",  # tracking names match in any case
        ARTICLE + "?utm_source=rss#comments",
        "HTTP://WWW.EXAMPLE.COM:80/world/2023/02/14/nato-ammunition/",
        "http://www.example.com/world/2023/02/14/nato-ammunition",
        "https://www.example.com:443/world/2023/02/14/nato-ammunition/?utm_term=x",
        "  " + ARTICLE + "\n",
    ],
)
def test_tracking_scheme_port_case_slash_and_fragment_do_not_matter(tracked):
    assert canonical_url(tracked) == ARTICLE


def test_parameters_that_pick_the_document_are_kept_and_sorted():
    a = canonical_url("https://example.com/article.php?id=42&page=2&utm_source=x")
    b = canonical_url("https://example.com/article.php?utm_medium=y&page=2&id=42")
    assert a == b == "https://example.com/article.php?id=42&page=2"


def test_blank_values_and_bare_keys_survive():
    assert canonical_url("https://example.com/a?b=&c") == "https://example.com/a?b=&c"


def test_www_is_kept_because_hosts_may_differ():
    assert canonical_url("https://www.example.com/a") != canonical_url("https://example.com/a")


def test_path_case_is_kept_but_escape_spelling_is_one():
    assert canonical_url("https://example.com/News/Item") == "https://example.com/News/Item"
    assert canonical_url("https://example.com/a%2fb") == canonical_url("https://example.com/a%2Fb")


def test_root_keeps_its_slash():
    assert canonical_url("http://Example.com") == "https://example.com/"
    assert canonical_url("https://example.com/") == "https://example.com/"
    assert canonical_url("https://example.com//") == "https://example.com/"


def test_other_ports_userinfo_and_ipv6_are_kept():
    assert canonical_url("http://example.com:8080/a/") == "https://example.com:8080/a"
    assert canonical_url("https://user@Example.com/a") == "https://user@example.com/a"
    assert canonical_url("http://[2001:DB8::1]:8443/a#x") == "https://[2001:db8::1]:8443/a"


def test_a_trailing_dot_on_the_host_is_dropped():
    assert canonical_url("https://example.com./a") == "https://example.com/a"


@pytest.mark.parametrize(
    "odd",
    [
        "",
        "not a url",
        "tag:example.com,2023:article-17",  # a feed guid, not a link
        "urn:uuid:0f2a4c1e-1111-2222-3333-444455556666",
        "mailto:desk@example.com",
        "ftp://example.com/file.txt",
        "//example.com/scheme-relative",
        "/relative/path?utm_source=x",
        "http://",
        "http://[::1",  # broken IPv6 literal
        "http://example.com:port/",  # port that is not a number
        "http://example.com:99999/",  # port out of range
        "https:///no-host",
    ],
)
def test_what_is_not_an_absolute_http_url_comes_back_stripped(odd):
    assert canonical_url(f"  {odd}  ") == odd


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text):
    assert isinstance(canonical_url(text), str)


_URLS = st.builds(
    lambda scheme, host, path, params, fragment: f"{scheme}://{host}{path}?{'&'.join(params)}#{fragment}",
    st.sampled_from(["http", "https", "HTTP"]),
    st.sampled_from(["Example.com", "www.example.com", "example.com:8080", "[::1]", "a.b.c."]),
    st.lists(st.text("abcXYZ-_%2f", max_size=6), max_size=4).map(lambda parts: "/" + "/".join(parts)),
    st.lists(
        st.tuples(
            st.sampled_from(["id", "page", "utm_source", "fbclid", "q", "ref", "x"]),
            st.text("abc12", max_size=3),
        ).map("=".join),
        max_size=5,
    ),
    st.text("abc", max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(_URLS)
def test_canonical_form_is_stable(url):
    once = canonical_url(url)
    assert canonical_url(once) == once
    assert "#" not in once and "utm_" not in once and "fbclid" not in once
