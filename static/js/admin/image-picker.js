// The image library window opened by the article editor's "Browse…" button: choosing an image
// hands its address and description back to the editor's dialog, then closes the window.
"use strict";

document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-image-url]");
  const picker = document.querySelector(".image-picker[data-callback]");
  if (!button || !picker) return;
  const editor = window.opener && window.opener.CKEDITOR && window.opener.CKEDITOR.tools;
  if (!editor) return;
  editor.callFunction(Number(picker.dataset.callback), button.dataset.imageUrl, {
    id: button.dataset.imageId,
    alternative_text: button.dataset.imageAlt,
  });
  window.close();
});
