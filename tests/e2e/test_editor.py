"""The article editor in the admin, in a real browser, under the strict Content Security Policy."""

from articles.models import Post

WORD_PASTE = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>
p.MsoNormal {margin:0in; font-family:"Calibri",sans-serif;}</style></head><body>
<!--StartFragment--><p class=MsoNormal style='margin-bottom:0in'><span lang=EN-US
style='font-family:"Georgia",serif;mso-fareast-font-family:"Times New Roman"'>Pasted from
<b style='mso-bidi-font-weight:normal'>Word</b> with care.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p><!--EndFragment--></body></html>"""

DOCS_PASTE = (
    '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-9f8e">'
    '<p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;font-family:Arial;'
    'font-weight:400">From Docs, </span><span style="font-weight:700">partly bold</span></p></b>'
)

PASTE_SCRIPT = """(html) => {
  const editor = document.querySelector(".prose-editor > .ProseMirror");
  editor.focus();
  const data = new DataTransfer();
  data.setData("text/html", html);
  data.setData("text/plain", "fallback");
  const paste = {clipboardData: data, bubbles: true, cancelable: true};
  editor.dispatchEvent(new ClipboardEvent("paste", paste));
}"""


def editor_html(page):
    return page.eval_on_selector("textarea[name=body]", "textarea => textarea.value")


def test_writing_and_saving_an_article_in_the_editor(staff_page, django_db_blocker):
    page = staff_page.page
    staff_page.open("/admin/articles/post/add/")
    editor = page.locator(".prose-editor > .ProseMirror")
    editor.wait_for()

    page.fill("#id_title", "Written in the browser")
    editor.click()
    page.keyboard.type("An opening sentence. ")
    page.keyboard.press("Control+b")
    page.keyboard.type("Something that matters.")
    page.keyboard.press("Control+b")
    page.keyboard.press("Enter")
    page.keyboard.type("> A quiet thought.")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    page.evaluate(PASTE_SCRIPT, WORD_PASTE)
    page.evaluate(PASTE_SCRIPT, DOCS_PASTE)

    html = editor_html(page)
    assert "<strong>Something that matters.</strong>" in html
    assert "<blockquote><p>A quiet thought.</p></blockquote>" in html
    assert "Pasted from" in html and "<strong>Word</strong>" in html
    assert "From Docs, <strong>partly bold</strong>" in html
    for leftover in ("mso-", "Mso", "style=", "<span", "docs-internal", "Calibri", "o:p"):
        assert leftover not in html, leftover

    page.select_option("#id_author", index=1)
    page.click("input[name=_save]")
    page.wait_for_url("**/admin/articles/post/")

    with django_db_blocker.unblock():
        post = Post.objects.get(title="Written in the browser")
    assert post.slug == "written-in-the-browser"
    assert post.status == Post.Status.DRAFT
    assert "<strong>Something that matters.</strong>" in post.body
    assert "style=" not in post.body


def test_an_image_from_the_library_goes_into_the_article(staff_page):
    page = staff_page.page
    staff_page.open("/admin/articles/post/add/")
    page.locator(".prose-editor > .ProseMirror").click()

    page.locator(
        ".prose-menubar button[title*='igure'], .prose-menubar button[title*='mage']"
    ).first.click()
    dialog = page.locator("dialog[open]")
    with page.context.expect_page() as picker_opened:
        dialog.get_by_text("Browse...").click()
    picker = picker_opened.value
    picker.wait_for_load_state()
    with picker.expect_event("close"):
        picker.locator("button[data-image-url]").first.click()
    dialog.locator("button[type=submit], input[type=submit]").first.click()

    html = editor_html(page)
    assert '<img src="/media/images/' in html
    assert 'alt="A calm green sun resting on a still horizon."' in html


def test_the_block_type_menu_shows_its_arrow_without_a_special_font(staff_page):
    """The menu's arrow is drawn with a border, not a character many system fonts lack."""
    page = staff_page.page
    staff_page.open("/admin/articles/post/add/")
    menu = page.locator(".prose-menubar__selected")
    menu.wait_for()

    arrow = menu.evaluate(
        """(menu) => {
          const style = getComputedStyle(menu, "::after");
          return {content: style.content, border: style.borderTopWidth};
        }"""
    )
    assert arrow == {"content": '""', "border": "5px"}
