// Measures what a person would notice about a page's layout; returns what is wrong.
() => {
  const visible = (element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return style.visibility !== "hidden" && style.display !== "none" && box.width > 1 && box.height > 1;
  };
  const describe = (element) => {
    const box = element.getBoundingClientRect();
    const text = (element.innerText || element.value || element.getAttribute("aria-label") || "").trim();
    return `<${element.tagName.toLowerCase()}> "${text.slice(0, 40)}" ${Math.round(box.width)}x${Math.round(box.height)}`;
  };
  const smallTargets = [];
  for (const element of document.querySelectorAll(
    "a[href], button, input:not([type=hidden]), select, textarea, summary"
  )) {
    if (!visible(element)) continue;
    // WCAG 2.5.8 exempts links that sit inside a sentence.
    const inSentence = element.tagName === "A" && getComputedStyle(element).display === "inline"
      && element.closest("p, li, dd, td, address, figcaption, blockquote, label");
    if (inSentence) continue;
    // Checkboxes and radios count with their label, which is what a finger taps.
    if (element.type === "checkbox" || element.type === "radio") {
      const label = element.labels && element.labels[0];
      if (label && label.getBoundingClientRect().height >= 24) continue;
    }
    const box = element.getBoundingClientRect();
    if (box.width < 24 || box.height < 24) smallTargets.push(describe(element));
  }
  const tinyText = [];
  for (const element of document.querySelectorAll("body *")) {
    const ownText = [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim()
    );
    if (!ownText || !visible(element) || element.closest(".visually-hidden")) continue;
    if (parseFloat(getComputedStyle(element).fontSize) < 12) tinyText.push(describe(element));
  }
  const root = document.documentElement;
  return {overflow: root.scrollWidth - root.clientWidth, smallTargets, tinyText};
}
