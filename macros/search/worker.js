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
  var SETUP = 0, QUERY = 2; /* SearchMessageType */
  var MAX_WORD = 8;
  var PARTICLES = "的了吗呢吧啊呀嘛哦我你他她它们是在有就也都还又说";
  /* Words that say how someone asks, not what about: dropped when other words remain. */
  var STOP_WORDS = ["怎么", "怎么办", "怎么回", "怎么说", "怎么谈", "怎么写", "怎么算", "怎样", "如何",
    "能不能", "可不可以", "可以", "还能", "一直", "总是", "我们", "你们", "他们", "客户", "对方",
    "这个", "那个", "什么", "为什么", "还是", "就是", "一下", "已经", "所以", "因为", "但是", "如果",
    "的话", "请问", "这样", "那样", "这么", "那么"];
  var PHRASE_WEIGHT = 6;
  var pending = null;
  var phrasesByPage = {};

  var ready = false, early = [];

  /* Registered before Material's listener, so it sees each message first. Under
   * iframe-worker (the offline bundle opened from file://) importScripts is
   * asynchronous: messages that arrive before Material's worker has loaded are
   * kept and replayed once it has. */
  self.addEventListener("message", function (event) {
    var message = event.data;
    if (!ready) {
      early.push(message);
      return;
    }
    pending = message && message.type === QUERY ? String(message.data) : null;
    if (message && message.type === SETUP) rememberPhrases(message.data.docs || []);
  });

  /* Each page's phrases (the "phrases" index field): character pairs, phrase by phrase. */
  function rememberPhrases(docs) {
    phrasesByPage = {};
    docs.forEach(function (doc) {
      if (!doc.phrases) return;
      phrasesByPage[doc.location] = doc.phrases.split("，").map(function (phrase) {
        var grams = {};
        phrase.split(/\s+/).forEach(function (gram) { if (gram) grams[gram] = true; });
        return grams;
      });
    });
  }

  function bigrams(text) {
    var han = (text.match(/\p{sc=Han}/gu) || []).join("");
    var grams = {};
    for (var i = 0; i + 1 < han.length; i++) grams[han.slice(i, i + 2)] = true;
    return grams;
  }

  /* Share of the query's character pairs found in the closest customer phrase. */
  function phraseSimilarity(queryGrams, page) {
    var phrases = phrasesByPage[page];
    var keys = Object.keys(queryGrams);
    if (!phrases || keys.length === 0) return 0;
    var best = 0;
    phrases.forEach(function (grams) {
      var shared = keys.filter(function (gram) { return grams[gram]; }).length;
      best = Math.max(best, shared / keys.length);
    });
    return best;
  }

  /* Material's worker sits beside this file. Inside iframe-worker relative URLs
   * resolve against the page, so name it from this script's own address. */
  function beside(name) {
    var script = typeof document !== "undefined" && document.currentScript;
    return script && script.src ? script.src.replace(/[^/?#]*(\?.*)?$/, name) : name;
  }

  var loading = importScripts(beside("__MATERIAL_WORKER__"));

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

  /* Cut the asking words out of a Han run before segmenting what is left. */
  function withoutStopWords(run) {
    var parts = [run];
    STOP_WORDS.slice().sort(function (a, b) { return b.length - a.length; }).forEach(function (stop) {
      parts = [].concat.apply([], parts.map(function (part) { return part.split(stop); }));
    });
    parts = parts.filter(Boolean);
    return parts.length ? parts : [run];
  }

  /* Index words inside a long word, so 诉前保全 also finds 诉前 … 保全. */
  function innerWords(word, vocabulary) {
    if (word.length < 4) return [];
    var found = [];
    for (var len = word.length - 1; len >= 2; len--)
      for (var i = 0; i + len <= word.length; i++) {
        var part = word.slice(i, i + len);
        if (isWord(vocabulary, part) && STOP_WORDS.indexOf(part) < 0) found.push(part);
      }
    return found;
  }

  function rewrite(query, vocabulary, withPhrases) {
    var text = query.normalize("NFKC").toLowerCase();
    var words = [];
    var pattern = /(\p{sc=Han}+)|((?:(?!\p{sc=Han})[\p{L}\p{N}])+)/gu;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      if (match[1]) {
        withoutStopWords(match[1]).forEach(function (part) {
          segmentHan(part, vocabulary).forEach(function (word) {
            words.push(word);
            words.push.apply(words, innerWords(word, vocabulary));
          });
        });
      } else {
        words.push(match[2]);
      }
    }
    var meaningful = words.filter(function (word) { return STOP_WORDS.indexOf(word) < 0; });
    if (meaningful.length) words = meaningful;
    var long = words.filter(function (word) { return word.length > 1 || !/\p{sc=Han}/u.test(word); });
    if (long.length) words = long;
    var unique = words.filter(function (word, index) { return words.indexOf(word) === index; });
    var clauses = unique.map(function (word) { return word + "*"; });
    if (withPhrases) {
      Object.keys(bigrams(text)).forEach(function (gram) { clauses.push("phrases:" + gram); });
    }
    return clauses.join(" ");
  }

  /* Raise pages whose customer phrases read like the query, then re-sort. */
  function rerank(results, query) {
    var grams = bigrams(query.normalize("NFKC"));
    results.forEach(function (result) {
      var similarity = phraseSimilarity(grams, result.ref);
      result.score *= 1 + PHRASE_WEIGHT * similarity * similarity;
    });
    return results.sort(function (a, b) { return b.score - a.score; });
  }

  function patch() {
  var lunr = self.lunr;
  var search = lunr.Index.prototype.search;
  lunr.Index.prototype.search = function (query) {
    if (pending !== null) {
      var raw = pending;
      var rewritten = rewrite(raw, this.invertedIndex, this.fields.indexOf("phrases") >= 0);
      pending = null;
      if (rewritten) return rerank(search.call(this, rewritten), raw);
    }
    return search.call(this, query);
  };
  self.__hkRewriteQuery = rewrite;
  ready = true;
  early.splice(0).forEach(function (message) {
    self.dispatchEvent(new MessageEvent("message", { data: message }));
  });
  }

  if (loading && typeof loading.then === "function") loading.then(patch);
  else patch();
})();
