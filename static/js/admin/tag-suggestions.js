// Suggest existing tags for the last tag being typed in a comma-separated tags box.
// The server renders every tag name in a <datalist>; the browser shows the matching ones.
// Each suggestion carries the tags already typed, so choosing one completes the whole value.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  for (const list of document.querySelectorAll("datalist[data-tag-suggestions]")) {
    const input = document.querySelector(`input[list="${list.id}"]`);
    if (!input) continue;
    const names = Array.from(list.options, (option) => option.value);

    const refresh = () => {
      const parts = input.value.split(",");
      const typed = parts.pop().trim().toLowerCase();
      const chosen = new Set(parts.map((part) => part.trim().toLowerCase()).filter(Boolean));
      const prefix = parts.length ? `${parts.map((part) => part.trim()).join(", ")}, ` : "";
      const options = names
        .filter((name) => !chosen.has(name.toLowerCase()))
        .filter((name) => !typed || name.toLowerCase().includes(typed))
        .map((name) => {
          const option = document.createElement("option");
          option.value = prefix + (name.includes(" ") ? `"${name}"` : name);
          option.label = name;
          return option;
        });
      list.replaceChildren(...options);
    };

    input.addEventListener("input", refresh);
    input.addEventListener("focus", refresh);
  }
});
