// Cleans HTML pasted from Word, Google Docs and web pages before the editor reads it.
//
// The admin's Content Security Policy forbids inline styles, so when the editor parses pasted
// HTML the browser refuses (and reports) every style="" attribute, and with them the only
// signs of which words Google Docs made bold or italic. Here the attributes are renamed before
// any parsing, the meaningful styles become <strong> and <em>, and Docs' wrapper that marks
// the whole paste bold is unwrapped.
import { Extension, Plugin } from "django-prose-editor/editor";

const STYLE_ATTRIBUTE = /(<[a-z][^>]*?\s)style(\s*=)/gi;
// Office puts style sheets, settings and scripts in the clipboard; none of it is writing.
const NOT_WRITING = /<(style|script|xml|title)\b[\s\S]*?<\/\1\s*>|<(meta|link)\b[^>]*>/gi;

function unwrap(element) {
  element.replaceWith(...element.childNodes);
}

function wrapChildren(element, tagName) {
  const wrapper = element.ownerDocument.createElement(tagName);
  wrapper.append(...element.childNodes);
  element.append(wrapper);
}

export function cleanPastedHTML(html) {
  const doc = new DOMParser().parseFromString(
    html.replace(NOT_WRITING, "").replace(STYLE_ATTRIBUTE, "$1data-pasted-style$2"),
    "text/html",
  );
  for (const element of doc.body.querySelectorAll("[data-pasted-style]")) {
    const style = element.getAttribute("data-pasted-style").toLowerCase().replace(/\s+/g, "");
    element.removeAttribute("data-pasted-style");
    const bold = /(^|;)font-weight:(bold|[6-9]00)/.test(style);
    const normal = /(^|;)font-weight:(normal|[1-4]00)/.test(style);
    if ((element.tagName === "B" || element.tagName === "STRONG") && normal) {
      unwrap(element);
      continue;
    }
    if (element.tagName === "SPAN" && bold) wrapChildren(element, "strong");
    if (element.tagName === "SPAN" && /(^|;)font-style:italic/.test(style)) {
      wrapChildren(element, "em");
    }
  }
  // Word marks blank lines as paragraphs holding a non-breaking space.
  for (const paragraph of doc.body.querySelectorAll("p")) {
    if (!paragraph.textContent.trim() && !paragraph.querySelector("img")) paragraph.remove();
  }
  for (const element of doc.body.querySelectorAll("[class], [lang], [dir], [id]")) {
    for (const name of ["class", "lang", "dir", "id"]) element.removeAttribute(name);
  }
  return doc.body.innerHTML;
}

export const PasteCleanup = Extension.create({
  name: "PasteCleanup",

  addProseMirrorPlugins() {
    return [new Plugin({ props: { transformPastedHTML: cleanPastedHTML } })];
  },
});
