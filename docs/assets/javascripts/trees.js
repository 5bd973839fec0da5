/* 回款作战手册 — the decision-tree widget.
 *
 * Reads the tree from the JSON in the widget's data-tree attribute, asks one question at a time and
 * keeps the answers in the URL (#p=0.3.1 — the chosen option of each step), so
 * a path can be shared, survives a reload and the browser's back button steps
 * back. The static questions and outcomes below the widget are the same tree
 * without JavaScript; an outcome shown here is a copy of its static section.
 */
(function () {
  "use strict";

  function readPath() {
    var match = /(?:^|[#&])p=([0-9.]*)/.exec(window.location.hash);
    if (!match || !match[1]) return [];
    return match[1].split(".").filter(Boolean).map(Number);
  }

  function pathUrl(path) {
    var base = window.location.href.split("#")[0];
    return path.length ? base + "#p=" + path.join(".") : base + "#p=";
  }

  /* Follow the chosen options from the start: the steps taken, then either the
   * next question or the outcome. Invalid indexes cut the path short. */
  function resolve(tree, path) {
    var steps = [], answers = {}, scenario = null, node = tree.start;
    for (var i = 0; i <= path.length; i++) {
      if (tree.outcomes[node]) return { steps: steps, outcome: node, scenario: scenario };
      var current = tree.nodes[node];
      if (!current) return { steps: steps, question: null, scenario: scenario };
      if (current.rules) {
        var outcome = choose(current.rules, answers);
        return { steps: steps, outcome: outcome, scenario: scenario };
      }
      if (i === path.length) return { steps: steps, question: node, scenario: scenario };
      var option = current.options[path[i]];
      if (!option) return { steps: steps, question: node, scenario: scenario };
      steps.push({ node: node, index: path[i], option: option });
      answers[node] = option.answer;
      if (option.scenario) scenario = option.scenario;
      node = option.next;
    }
    return { steps: steps, question: node, scenario: scenario };
  }

  function choose(rules, answers) {
    for (var i = 0; i < rules.length; i++) {
      var when = rules[i].when, ok = true;
      for (var question in when) {
        if (Object.prototype.hasOwnProperty.call(when, question) && when[question].indexOf(answers[question]) < 0) ok = false;
      }
      if (ok) return rules[i].outcome;
    }
    return null;
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function Widget(root) {
    this.root = root;
    this.tree = JSON.parse(root.getAttribute("data-tree"));
    this.stage = root.querySelector("[data-hk-tree-stage]");
    this.answersBox = root.querySelector("[data-hk-tree-answers]");
    this.live = root.querySelector("[data-hk-tree-live]");
    this.back = root.querySelector("[data-hk-tree-back]");
    this.restart = root.querySelector("[data-hk-tree-restart]");
    this.share = root.querySelector("[data-hk-tree-share]");
    var self = this;
    this.back.addEventListener("click", function () { self.go(readPath().slice(0, -1)); });
    this.restart.addEventListener("click", function () { self.go([]); });
    this.share.addEventListener("click", function () { self.copyLink(); });
    root.hidden = false;
    this.render(false);
  }

  Widget.prototype.go = function (path) {
    window.history.pushState({ hkTree: true }, "", pathUrl(path));
    this.render(true);
  };

  Widget.prototype.copyLink = function () {
    var share = this.share, url = window.location.href;
    var done = function () { share.textContent = "链接已复制"; window.setTimeout(function () { share.textContent = "复制本页链接"; }, 2000); };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(url).then(done, function () {});
    else window.prompt("复制这个链接：", url);
  };

  Widget.prototype.render = function (moveFocus) {
    var state = resolve(this.tree, readPath());
    this.renderAnswers(state);
    this.stage.innerHTML = "";
    var heading;
    if (state.outcome) {
      heading = this.renderOutcome(state);
      this.live.textContent = heading.textContent;
    } else if (state.question) {
      heading = this.renderQuestion(state);
      this.live.textContent = heading.textContent;
    }
    this.back.disabled = state.steps.length === 0;
    this.root.setAttribute("data-state", state.outcome ? "outcome" : "question");
    if (moveFocus && heading) heading.focus();
  };

  Widget.prototype.renderQuestion = function (state) {
    var node = this.tree.nodes[state.question], self = this;
    var heading = element("h2", "hk-tree__question", "第 " + (state.steps.length + 1) + " 步：" + node.question);
    heading.tabIndex = -1;
    this.stage.appendChild(heading);
    if (node.help) this.stage.appendChild(element("p", "hk-tree__help", node.help));
    var list = element("div", "hk-tree__options");
    list.setAttribute("role", "group");
    list.setAttribute("aria-label", node.question);
    node.options.forEach(function (option, index) {
      var button = element("button", "md-button hk-tree__option", option.label);
      button.type = "button";
      button.setAttribute("data-option", String(index));
      button.addEventListener("click", function () {
        self.go(state.steps.map(function (step) { return step.index; }).concat([index]));
      });
      list.appendChild(button);
    });
    this.stage.appendChild(list);
    return heading;
  };

  Widget.prototype.renderOutcome = function (state) {
    var source = document.getElementById("outcome-" + state.outcome);
    var box = element("div", "hk-tree__outcome");
    box.setAttribute("data-outcome", state.outcome);
    if (source) {
      box.innerHTML = source.innerHTML;
      var hint = box.querySelector(".hk-tree-scripts-hint");
      if (hint) hint.parentNode.removeChild(hint);
    }
    var heading = box.querySelector("h3") || element("h3", "", state.outcome);
    var title = element("h2", "hk-tree__question", heading.textContent);
    title.tabIndex = -1;
    if (heading.parentNode) heading.parentNode.replaceChild(title, heading); else box.insertBefore(title, box.firstChild);
    this.stage.appendChild(box);
    if (state.scenario) this.renderScripts(box, state);
    if (window.hkPlaybook) {
      window.hkPlaybook.applyFill(box);
      window.hkPlaybook.wireCopyButtons(box);
    }
    return title;
  };

  /* The chosen scenario's scripts, the outcome's preferred styles first. */
  Widget.prototype.renderScripts = function (box, state) {
    var template = this.root.parentNode.querySelector('template[data-hk-scripts="' + state.scenario + '"]');
    if (!template) return;
    var ranking = (this.tree.outcomes[state.outcome] || {}).styles || [];
    var cards = Array.prototype.slice.call(template.content.querySelectorAll(".hk-script")).map(function (card) {
      return card.cloneNode(true);
    });
    var rank = function (card) {
      var at = ranking.indexOf(card.getAttribute("data-style"));
      return at < 0 ? ranking.length : at;
    };
    cards.sort(function (a, b) { return rank(a) - rank(b); });
    var heading = element("p", "hk-related-label", "现成话术（" + template.getAttribute("data-name") + "，推荐风格排在前面）：");
    var link = element("a", "", "打开场景页");
    link.href = template.getAttribute("data-url");
    heading.appendChild(document.createTextNode(" "));
    heading.appendChild(link);
    var list = element("div", "hk-scripts");
    cards.forEach(function (card) { list.appendChild(card); });
    box.appendChild(heading);
    box.appendChild(list);
  };

  Widget.prototype.renderAnswers = function (state) {
    var self = this;
    this.answersBox.innerHTML = "";
    if (!state.steps.length) return;
    this.answersBox.appendChild(element("h3", "hk-tree__answers-title", "你的回答"));
    var list = element("ol", "hk-tree__answer-list");
    state.steps.forEach(function (step, position) {
      var item = element("li");
      item.appendChild(element("span", "hk-tree__answer-question", self.tree.nodes[step.node].question));
      item.appendChild(element("strong", "hk-tree__answer", step.option.label));
      var change = element("button", "hk-tree__change", "修改");
      change.type = "button";
      change.setAttribute("aria-label", "修改：" + self.tree.nodes[step.node].question);
      change.addEventListener("click", function () {
        self.go(state.steps.slice(0, position).map(function (s) { return s.index; }));
      });
      item.appendChild(change);
      list.appendChild(item);
    });
    this.answersBox.appendChild(list);
  };

  var widgets = [];

  function init() {
    widgets = widgets.filter(function (widget) { return document.body.contains(widget.root); });
    document.querySelectorAll("[data-hk-tree]:not([data-hk-ready])").forEach(function (root) {
      root.setAttribute("data-hk-ready", "");
      widgets.push(new Widget(root));
    });
  }

  window.addEventListener("popstate", function () {
    widgets.forEach(function (widget) {
      if (document.body.contains(widget.root)) widget.render(true);
    });
  });

  window.hkPlaybook.onPage(init);  /* playbook.js is loaded first (mkdocs.yml extra_javascript) */
})();
