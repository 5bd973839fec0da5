/* 回款作战手册 — page behaviour that needs JavaScript: copy buttons for scripts.
 * Initialised through Material's document$ so it runs again after instant navigation;
 * each button is wired once (data-hk-ready). Without JavaScript the buttons stay hidden. */
(function () {
  "use strict";

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy failed")); }
    });
  }

  function scriptText(button) {
    var figure = button.closest(".hk-script");
    var text = figure && figure.querySelector(".hk-script__text");
    return text ? text.textContent.trim() : "";
  }

  function wireCopyButtons(root) {
    root.querySelectorAll("[data-hk-copy]:not([data-hk-ready])").forEach(function (button) {
      button.setAttribute("data-hk-ready", "");
      button.hidden = false;
      button.setAttribute("aria-label", "复制这条话术");
      button.addEventListener("click", function () {
        copyText(scriptText(button)).then(function () {
          button.textContent = "已复制";
          button.classList.add("hk-copy--done");
        }, function () {
          button.textContent = "复制失败，请长按选择文字";
        }).then(function () {
          window.setTimeout(function () {
            button.textContent = "复制";
            button.classList.remove("hk-copy--done");
          }, 2000);
        });
      });
    });
  }

  function init() { wireCopyButtons(document); }

  /* Material sends a search query on keyup only. Chinese input methods, paste,
   * voice input and autofill change the box without a keyup, so the query never
   * went out: replay every input event as a keyup. Delegated once on document,
   * so it survives instant navigation. */
  document.addEventListener("input", function (event) {
    var box = event.target;
    if (box && box.matches && box.matches("input.md-search__input") && !event.isComposing) {
      box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
    }
  });
  document.addEventListener("compositionend", function (event) {
    var box = event.target;
    if (box && box.matches && box.matches("input.md-search__input")) {
      box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
    }
  });

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
