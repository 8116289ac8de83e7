"""The one allow-list for HTML written in the admin (articles and pages), and its editor."""

import re

from django.urls import reverse_lazy
from django_prose_editor.fields import ProseEditorField
from django_prose_editor.widgets import AdminProseEditorWidget
from js_asset import InlineStyle, Media

# Exactly what the editor can produce: anything else pasted or typed into the HTML is unwrapped
# (its text kept) or, for the tags in CLEARED_TAGS, removed with its content.
ALLOWED_TAGS = {
    "a",
    "blockquote",
    "br",
    "em",
    "figcaption",
    "figure",
    "h2",
    "h3",
    "h4",
    "hr",
    "img",
    "li",
    "ol",
    "p",
    "strong",
    "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}
CLEARED_TAGS = {
    "script",
    "style",
    "template",
    "noscript",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "xml",
    "title",
    "head",
    "meta",
}

EMPTY_PARAGRAPH = re.compile(r"<p>(?:\s|&nbsp;|\u00a0|<br>)*</p>")
IMAGE_WITHOUT_SOURCE = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>")


def _attribute_filter(tag, attribute, value):
    # Images come from the site itself: a picture from another host would tell that host who
    # reads the article (and the Content Security Policy would block it anyway).
    if tag == "img" and attribute == "src":
        return value if value.startswith("/") and not value.startswith("//") else None
    if attribute in ("width", "height"):
        return value if value.isdigit() else None
    return value


def clean_html(html):
    """Return `html` with everything outside the allow-list removed.

    Scripts, styles and their content go entirely; unknown tags (Word's and Google Docs' spans,
    <o:p>, <b style="font-weight:normal">) are unwrapped so their text stays; event handlers,
    inline styles, classes and javascript: URLs are dropped; images from other hosts and empty
    paragraphs are removed; links are marked rel="noopener noreferrer".
    """
    # Imported here: only saving, never showing, cleans HTML.
    import nh3

    cleaned = nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        clean_content_tags=CLEARED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_attribute_filter,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    cleaned = IMAGE_WITHOUT_SOURCE.sub("", cleaned)
    return EMPTY_PARAGRAPH.sub("", cleaned).strip()


def adds_no_tags(config, shared_config):
    """The allow-list share of an editor extension that changes behaviour, not markup."""


EDITOR_EXTENSIONS = {
    "Heading": {"levels": [2, 3]},
    "Bold": True,
    "Italic": True,
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": sorted(ALLOWED_URL_SCHEMES)},
    "Figure": {"pickerUrl": reverse_lazy("admin:practice_image_picker")},
    "Image": True,
    "Caption": True,
    "PasteCleanup": True,
    "EditorAccessibility": True,
}

# The editor's library (Tiptap) adds its base rules in a <style> element it creates, unless one
# marked data-tiptap-style is already in the page. The strict Content Security Policy blocks a
# style element without the page's nonce, so the widget brings that element itself, with the
# rules ProseMirror needs, and the admin renders it with the nonce.
EDITOR_BASE_STYLE = InlineStyle(
    ".ProseMirror{position:relative;white-space:pre-wrap;word-wrap:break-word;"
    "font-variant-ligatures:none}"
    ".ProseMirror [contenteditable=false]{white-space:normal}"
    ".ProseMirror pre{white-space:pre-wrap}"
    ".ProseMirror img.ProseMirror-separator{display:inline!important;border:none!important;"
    "margin:0!important}"
    ".ProseMirror-gapcursor{display:none;pointer-events:none;position:absolute}"
    ".ProseMirror-focused .ProseMirror-gapcursor{display:block}"
    ".ProseMirror-hideselection *::selection{background:transparent}",
    **{"data-tiptap-style": ""},
)


class RichTextWidget(AdminProseEditorWidget):
    @property
    def media(self):
        return Media(css={"all": [EDITOR_BASE_STYLE]}) + super().media


class RichTextField(ProseEditorField):
    """HTML written in the admin's editor, cleaned by `clean_html` whenever it is saved."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("extensions", EDITOR_EXTENSIONS)
        kwargs.setdefault("sanitize", clean_html)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        # The admin asks for its plain textarea; the editor replaces it.
        return super().formfield(**kwargs | {"widget": RichTextWidget})

    def pre_save(self, model_instance, add):
        from practice.images import add_image_dimensions

        value = add_image_dimensions(clean_html(getattr(model_instance, self.attname)))
        setattr(model_instance, self.attname, value)
        return value
