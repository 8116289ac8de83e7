import re
from html.parser import HTMLParser

import pytest

from practice.html import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, clean_html

# Known cross-site scripting payloads, from the classic filter-evasion lists and from mutation
# XSS reports against HTML sanitisers.
XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/xss.js></SCRIPT>",
    '<img src="x" onerror="alert(1)">',
    "<img src=x onerror=alert(1)//",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<body onload="alert(1)">',
    '<p style="background:url(javascript:alert(1))">styled</p>',
    '<div style="width: expression(alert(1))">old IE</div>',
    "<style>@import 'javascript:alert(1)';</style>",
    '<link rel="stylesheet" href="javascript:alert(1)">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "<template><script>alert(1)</script></template>",
    '"><script>alert(1)</script>',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<base href="javascript:alert(1)//">',
    '<marquee onstart="alert(1)">x</marquee>',
    '<a href="#" onclick="alert(1)" onmouseover="alert(2)">hover</a>',
    '<h2 onclick="alert(1)" id="x" class="x">Heading</h2>',
    "<xmp><img src=x onerror=alert(1)></xmp>",
]

DANGEROUS = re.compile(
    r"<\s*(script|iframe|svg|math|object|embed|style|link|meta|base|form|input|body|video)"
    r"|\son\w+\s*=|javascript:|vbscript:|data:|style=|expression\(",
    re.I,
)


class AllowListChecker(HTMLParser):
    """Collects every tag and attribute that survives cleaning."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, [name for name, _ in attrs], dict(attrs)))


def parsed(html):
    checker = AllowListChecker()
    checker.feed(html)
    return checker.found


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_no_known_xss_payload_survives_cleaning(payload):
    cleaned = clean_html(f"<p>Before</p>{payload}<p>After</p>")

    # Text that merely looks like markup is escaped, and inert; only real tags can do harm.
    markup = " ".join(re.findall(r"<[^>]*>", cleaned))
    assert not DANGEROUS.search(markup), cleaned
    for tag, attributes, values in parsed(cleaned):
        assert tag in ALLOWED_TAGS, cleaned
        allowed = ALLOWED_ATTRIBUTES.get(tag, set()) | ({"rel"} if tag == "a" else set())
        assert set(attributes) <= allowed, cleaned
        href = values.get("href", "")
        assert not href or re.match(r"(https?:|mailto:|tel:|/|#|[\w-]+(/|$))", href), cleaned


def test_there_are_at_least_twenty_payloads():
    assert len(XSS_PAYLOADS) >= 20


def test_the_editors_formatting_is_kept():
    html = (
        '<h2>Heading</h2><h3>Sub</h3><p><strong>bold</strong> <em>it</em> <a href="/x/">in</a>'
        '</p><ul><li>one</li></ul><ol start="3"><li>three</li></ol>'
        "<blockquote><p>quote</p></blockquote><hr>"
        '<figure><img src="/media/images/a.jpg" alt="A lake"><figcaption>Lake</figcaption>'
        "</figure>"
    )

    cleaned = clean_html(html)

    for fragment in (
        "<h2>Heading</h2>",
        "<h3>Sub</h3>",
        "<strong>bold</strong>",
        "<em>it</em>",
        '<ol start="3">',
        "<blockquote><p>quote</p></blockquote>",
        "<hr>",
        '<img src="/media/images/a.jpg" alt="A lake">',
        "<figcaption>Lake</figcaption>",
    ):
        assert fragment in cleaned


def test_links_get_noopener_noreferrer():
    cleaned = clean_html('<p><a href="https://example.org/read" target="_blank">read</a></p>')

    assert cleaned == (
        '<p><a href="https://example.org/read" rel="noopener noreferrer">read</a></p>'
    )


def test_images_from_other_hosts_are_removed():
    cleaned = clean_html(
        '<p>Look</p><img src="https://tracker.example/pixel.gif" alt="">'
        '<img src="//cdn.example/a.jpg" alt="">'
    )

    assert cleaned == "<p>Look</p>"


def test_text_pasted_from_word_comes_out_clean():
    word = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta name=Generator content="Microsoft Word 15"><style>
p.MsoNormal {margin:0in; font-family:"Calibri",sans-serif;}
</style><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml></head>
<body lang=EN-US style='tab-interval:.5in'>
<!--StartFragment-->
<h1 style='mso-margin-top-alt:auto'><span style='font-size:16pt'>Feeling safe</span></h1>
<p class=MsoNormal style='margin-bottom:0in;line-height:normal'><span lang=EN-US
style='font-family:"Georgia",serif;mso-fareast-font-family:"Times New Roman"'>Closeness
grows <b style='mso-bidi-font-weight:normal'>slowly</b>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if
!supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New
Roman"'>&nbsp;&nbsp; </span></span><![endif]>Listen first</p>
<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->
<!--EndFragment--></body></html>"""

    cleaned = clean_html(word)

    assert "Feeling safe" in cleaned
    assert "Closeness\ngrows slowly." in cleaned
    assert "Listen first" in cleaned
    for leftover in ("Mso", "mso-", "style", "class=", "<o:p", "<span", "xml", "Calibri", "<!--"):
        assert leftover not in cleaned, leftover
    assert "<p></p>" not in cleaned and "&nbsp;</p>" not in cleaned


def test_text_pasted_from_google_docs_is_not_all_bold():
    docs = (
        '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c">'
        '<h2 dir="ltr" style="line-height:1.38;margin-top:18pt"><span style="font-size:16pt;'
        'font-family:Arial;color:#000000;font-weight:400">Repair</span></h2>'
        '<p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;font-family:Arial;'
        'font-weight:400">Reach back </span><span style="font-weight:700">soon</span>'
        '<span style="font-weight:400">.</span></p><br></b>'
    )

    cleaned = clean_html(docs)

    assert cleaned == "<h2>Repair</h2><p>Reach back soon.</p><br>"


def test_cleaning_twice_changes_nothing():
    once = clean_html('<p>Hi <a href="https://example.org">there</a></p><h2>Yes</h2>')

    assert clean_html(once) == once
