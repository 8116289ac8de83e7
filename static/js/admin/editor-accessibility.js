// Makes the editor speak to assistive technology: the editable area is named after its field's
// label ("Body"), and menu buttons that cannot act right now say so with aria-disabled.
import { Extension } from "django-prose-editor/editor";

function nameAfterLabel(editable, editor) {
  const textarea = editor?.querySelector("textarea");
  const label = textarea && document.querySelector(`label[for="${textarea.id}"]`);
  if (!label) return;
  label.id ||= `${textarea.id}-label`;
  editable.setAttribute("aria-labelledby", label.id);
  editable.setAttribute("aria-multiline", "true");
}

function mirrorDisabledButtons(menubar) {
  const mirror = () => {
    for (const button of menubar.querySelectorAll(".prose-menubar__button")) {
      button.setAttribute("aria-disabled", String(button.classList.contains("disabled")));
    }
  };
  new MutationObserver(mirror).observe(menubar, {
    subtree: true,
    attributes: true,
    attributeFilter: ["class"],
  });
  mirror();
}

export const EditorAccessibility = Extension.create({
  name: "EditorAccessibility",

  onCreate() {
    const editable = this.editor.view.dom;
    const editor = editable.closest(".prose-editor");
    nameAfterLabel(editable, editor);
    const menubar = editor?.querySelector(".prose-menubar");
    if (menubar) mirrorDisabledButtons(menubar);
  },
});
