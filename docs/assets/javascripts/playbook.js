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

  /* 话术速查: filter the script list by the form's selects and keywords.
   * Keywords are split on spaces and punctuation; every part must appear in the
   * script, its scenario or its style, so unspaced Chinese and fragments work. */
  function normalise(text) {
    return (text || "").normalize("NFKC").toLowerCase();
  }

  function wireFinder(root) {
    var form = root.querySelector("[data-hk-finder]:not([data-hk-ready])");
    if (!form) return;
    form.setAttribute("data-hk-ready", "");
    form.hidden = false;
    var items = Array.prototype.slice.call(root.querySelectorAll(".hk-finder__item"));
    var count = form.querySelector("[data-hk-finder-count]");
    var empty = root.querySelector("[data-hk-finder-empty]");
    var selects = ["scenario", "style", "debt", "counterpart", "aging"];

    function apply() {
      var words = normalise(form.elements.q.value).split(/[\s,，。、;；:：!！?？]+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var visible = selects.every(function (name) {
          var wanted = form.elements[name].value;
          return !wanted || item.getAttribute("data-" + name) === wanted;
        }) && words.every(function (word) {
          return normalise(item.getAttribute("data-search")).indexOf(word) >= 0;
        });
        item.hidden = !visible;
        if (visible) shown++;
      });
      count.textContent = shown === items.length ? "共 " + items.length + " 条话术" : "显示 " + shown + " / " + items.length + " 条话术";
      empty.hidden = shown > 0;
    }

    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    apply();
  }

  /* Fill-in scripts: the values typed into the form replace each {占位符} on the
   * page, so the copy button copies the filled text. Values live in this
   * browser's localStorage only, shared by every page, until 清空. */
  var FILL_KEY = "hk-fill-values";

  function loadValues() {
    try { return JSON.parse(window.localStorage.getItem(FILL_KEY)) || {}; } catch (e) { return {}; }
  }

  function saveValues(values) {
    try { window.localStorage.setItem(FILL_KEY, JSON.stringify(values)); } catch (e) { /* private mode */ }
  }

  function applyFill(root) {
    var values = loadValues();
    root.querySelectorAll(".hk-slot[data-slot]").forEach(function (slot) {
      var name = slot.getAttribute("data-slot");
      var value = (values[name] || "").trim();
      slot.textContent = value || "{" + name + "}";
      slot.classList.toggle("hk-slot--filled", Boolean(value));
    });
  }

  function wireFill(root) {
    var form = root.querySelector("[data-hk-fill]:not([data-hk-ready])");
    if (!form) return;
    form.setAttribute("data-hk-ready", "");
    form.hidden = false;
    var values = loadValues();
    Array.prototype.forEach.call(form.querySelectorAll("input[name]"), function (input) {
      input.value = values[input.name] || "";
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("input", function (event) {
      var current = loadValues();
      current[event.target.name] = event.target.value;
      saveValues(current);
      applyFill(document);
    });
    form.querySelector("[data-hk-fill-clear]").addEventListener("click", function () {
      try { window.localStorage.removeItem(FILL_KEY); } catch (e) { /* private mode */ }
      Array.prototype.forEach.call(form.querySelectorAll("input[name]"), function (input) { input.value = ""; });
      applyFill(document);
    });
    applyFill(document);
  }

  /* Material leaves the search dialog and the page's tag list without an
   * accessible name; screen readers then cannot tell the landmarks apart. */
  function nameLandmarks() {
    var dialog = document.querySelector(".md-search[role=dialog]:not([aria-label])");
    if (dialog) dialog.setAttribute("aria-label", "搜索");
    document.querySelectorAll("nav.md-tags:not([aria-label])").forEach(function (nav) {
      nav.setAttribute("aria-label", "本页标签");
    });
  }

  function init() {
    nameLandmarks();
    wireCopyButtons(document);
    wireFinder(document);
    wireFill(document);
  }

  /* Run fn for every page shown: through Material's document$ (instant
   * navigation swaps pages without a load event), and once for the loaded page
   * itself — document$ does not emit for pages opened from file:// (the offline
   * bundle). Everything fn wires is marked data-hk-ready, so a second call is harmless. */
  function onPage(fn) {
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(fn);
    }
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", fn);
    } else {
      fn();
    }
  }

  window.hkPlaybook = { wireCopyButtons: wireCopyButtons, applyFill: applyFill, onPage: onPage };

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

  onPage(init);
})();
