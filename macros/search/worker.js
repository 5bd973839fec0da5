/* 回款作战手册 — a thin layer around Material's search worker.
 *
 * Material's worker is loaded unchanged (importScripts below). Two things are
 * added around it, without forking its code:
 *   1. Chinese queries are segmented against the index's own vocabulary with a
 *      dynamic-programming longest match. Material's experimental segmenter never
 *      considers a word that ends at the last character, so the last word of an
 *      unspaced query ("财务不在" → "财务") was dropped.
 *   2. The rewritten query replaces the one lunr would run; everything else
 *      (ranking, grouping, highlighting, suggestions) stays Material's.
 */
(function () {
  "use strict";
  var QUERY = 2; /* SearchMessageType.QUERY */
  var MAX_WORD = 8;
  var PARTICLES = "的了吗呢吧啊呀嘛哦我你他她它们是在有就也都还又说";
  var pending = null;

  /* Registered before Material's listener, so it sees each query first. */
  self.addEventListener("message", function (event) {
    var message = event.data;
    pending = message && message.type === QUERY ? String(message.data) : null;
  });

  importScripts("__MATERIAL_WORKER__");

  function isWord(vocabulary, word) {
    return Object.prototype.hasOwnProperty.call(vocabulary, word);
  }

  /* Best split of a Han run into index words: most characters covered by the
   * longest words; characters no word covers are left out. */
  function segmentHan(run, vocabulary) {
    var n = run.length;
    var best = new Array(n + 1);
    best[n] = { score: 0, words: [] };
    for (var i = n - 1; i >= 0; i--) {
      best[i] = { score: best[i + 1].score, words: best[i + 1].words };
      for (var len = Math.min(MAX_WORD, n - i); len >= 1; len--) {
        var word = run.slice(i, i + len);
        if (len === 1 && PARTICLES.indexOf(word) >= 0) continue;
        if (!isWord(vocabulary, word)) continue;
        var score = len * len + best[i + len].score;
        if (score > best[i].score) {
          best[i] = { score: score, words: [word].concat(best[i + len].words) };
        }
      }
    }
    return best[0].words;
  }

  function rewrite(query, vocabulary) {
    var text = query.normalize("NFKC").toLowerCase();
    var terms = [];
    var pattern = /(\p{sc=Han}+)|([\p{L}\p{N}]+)/gu;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      if (match[1]) {
        terms.push.apply(terms, segmentHan(match[1], vocabulary));
      } else {
        terms.push(match[2]);
      }
    }
    var unique = terms.filter(function (term, index) { return terms.indexOf(term) === index; });
    return unique.map(function (term) { return term + "*"; }).join(" ");
  }

  var lunr = self.lunr;
  var search = lunr.Index.prototype.search;
  lunr.Index.prototype.search = function (query) {
    if (pending !== null) {
      var rewritten = rewrite(pending, this.invertedIndex);
      pending = null;
      if (rewritten) return search.call(this, rewritten);
    }
    return search.call(this, query);
  };
  self.__hkRewriteQuery = rewrite;
})();
