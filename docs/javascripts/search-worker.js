// The site's search, run by Material's search box in place of Material's own (lunr) worker:
// checker/site/mkdocs_hooks.py installs this file under the worker's name at build time.
//
// Why our own: Chinese has no spaces between words, and a word segmenter splits the same text one way
// in a page and another way in a query (客户投诉处理单 became 客户投诉/处理/单 in the index and 客户/投诉处理单
// in the query, and the form of that name was not found). Here a term matches where it occurs as typed,
// in the title or the text, whatever words surround it; a longer term that does not occur as such still
// matches, lower, where it occurs with one character more or less (纠正预防措施 finds 纠正及预防措施).
// Titles count most, and a title that is exactly the query ranks first.
//
// It speaks Material's worker protocol: SETUP (the search index) → READY; QUERY (the typed text) →
// RESULT (pages, best first, each with its sections). Offline: no script is loaded from anywhere.
(function () {
  "use strict";

  const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;

  const TITLE = 10;          // a title holding a term: more the more of the title it is
  const EXACT_TITLE = 100;   // a title that is the query: above any other match, whatever the page's boost
  const COUNT_CAP = 16;      // occurrences counted in one text
  const SNIPPET = 100;       // characters shown around a match, per snippet
  const SNIPPETS = 2;        // snippets shown per result

  let docs = [];
  let splitter = /[\s\u200b]+/g;

  addEventListener("message", function (event) {
    const message = event.data;
    if (message.type === SETUP) {
      setup(message.data);
      postMessage({ type: READY });
    } else if (message.type === QUERY) {
      postMessage({ type: RESULT, data: { items: search(message.data) } });
    }
  });

  // --- the index ----------------------------------------------------------------------------------

  function setup(index) {
    // The site's separator (mkdocs.yml) plus what people type between words or as search syntax.
    splitter = new RegExp("(?:" + index.config.separator + ")|[\\s\"'*+^~()\\[\\],.;:!?/\\\\|]+", "g");
    docs = index.docs.map(function (doc) {
      const title = plain(doc.title);
      const text = plain(doc.text);
      return {
        doc: doc,
        page: doc.location.split("#")[0],
        title: title,
        text: text,
        titleKey: title.toLowerCase().replace(/\s+/g, ""),
        textKey: text.toLowerCase().replace(/\s+/g, ""),
        boost: doc.boost || 1,
      };
    });
  }

  // The index holds HTML (kept tags such as <p> and <li>, escaped text): plain text, one block a line.
  function plain(html) {
    return html
      .replace(/<\/?(?:p|li|ul|ol|pre|h\d)\b[^>]*>/gi, "\n")
      .replace(/<[^>]*>/g, "")
      .replace(/&(lt|gt|quot|#39|amp);/g, function (_, name) {
        return { lt: "<", gt: ">", quot: "\"", "#39": "'", amp: "&" }[name];
      })
      .replace(/\u200b/g, "")
      .replace(/[ \t]+/g, " ")
      .trim();
  }

  // --- the query ----------------------------------------------------------------------------------

  function parse(query) {
    const terms = query.toLowerCase().split(splitter).filter(Boolean);
    const unique = terms.filter(function (t, i) { return terms.indexOf(t) === i; });
    // The whole query without its spaces, for titles: "客户投诉 处理 单", "客户投诉管理制度（客户投诉管理办法）".
    return { terms: unique, phrase: query.toLowerCase().replace(/\s+/g, "") };
  }

  function count(haystack, needle) {
    let n = 0;
    for (let i = haystack.indexOf(needle); i >= 0 && n < COUNT_CAP; i = haystack.indexOf(needle, i + needle.length)) {
      n++;
    }
    return n;
  }

  // The title against the whole query: being it ranks first, holding it counts the more of the title it is.
  function titleScore(d, phrase) {
    if (d.titleKey === phrase) {
      return EXACT_TITLE;
    }
    return d.titleKey.includes(phrase) ? TITLE * (1 + phrase.length / d.titleKey.length) : 0;
  }

  // How well one document matches one term: 0 for not at all. `near` matches the term written a little
  // differently (nearPattern; null: the term is matched only as typed), and counts half.
  function termScore(d, term, near) {
    let score = d.titleKey.includes(term) ? TITLE * (1 + term.length / d.titleKey.length) : 0;
    const n = count(d.textKey, term);
    if (n) {
      score += 1 + Math.log2(n);
    }
    if (score || !near) {
      return { score: score, marks: score ? [term] : [] };
    }
    const inTitle = d.titleKey.match(near), inText = d.textKey.match(near);
    score = (inTitle ? TITLE * (1 + inTitle[0].length / d.titleKey.length) : 0) + (inText ? 1 : 0);
    return { score: score / 2, marks: [inTitle, inText].filter(Boolean).map(function (m) { return m[0]; }) };
  }

  // A Chinese term with one character more inside it (纠正预防措施 finds 纠正及预防措施) or, from five
  // characters on, one less (纠正及预防措施 finds 纠正预防措施). Never a changed character (投诉受理 is not
  // 投诉处理), nor at the ends (客户投诉处理单 must not find every 客户投诉处理…). A number or a code must be
  // there as typed.
  function nearPattern(term) {
    const chars = Array.from(term);
    if (chars.length < 4 || !/^\p{Script=Han}+$/u.test(term)) {
      return null;
    }
    const variants = [];
    for (let i = 1; i < chars.length; i++) {
      variants.push(chars.slice(0, i).join("") + "\\S" + chars.slice(i).join(""));
      if (chars.length >= 5 && i < chars.length - 1) {
        variants.push(chars.slice(0, i).join("") + chars.slice(i + 1).join(""));
      }
    }
    return new RegExp(variants.join("|"));
  }

  function search(value) {
    const query = parse(value || "");
    if (!query.terms.length) {
      return [];
    }
    // Each term's matches, then its weight: a term found in few documents says more than a common one.
    const matches = query.terms.map(function (term) {
      const near = nearPattern(term);
      return docs.map(function (d) { return termScore(d, term, near); });
    });
    const weights = matches.map(function (m) {
      const found = m.filter(function (s) { return s.score > 0; }).length;
      return found ? Math.log(1 + docs.length / found) : 0;
    });
    const strongest = Math.max.apply(null, weights);
    const hits = [];
    docs.forEach(function (d, i) {
      let score = 0, matched = 0;
      const terms = {}, marks = [];
      query.terms.forEach(function (term, t) {
        const m = matches[t][i];
        terms[term] = m.score > 0;
        if (m.score > 0) {
          matched++;
          score += weights[t] * m.score;
          marks.push.apply(marks, m.marks);
        }
      });
      if (!matched) {
        return;
      }
      const title = titleScore(d, query.phrase);
      if (title) {
        score += strongest * title;
        marks.unshift(query.phrase);
      }
      // Documents holding every term first, as Material does.
      score *= d.boost * Math.pow(matched / query.terms.length, 2);
      hits.push({ d: d, score: score, terms: terms, marks: marks });
    });
    hits.sort(function (a, b) { return b.score - a.score; });
    return group(hits);
  }

  // Results by page, best page first; each page's own entry is always there (the theme shows it as the
  // heading of its sections).
  function group(hits) {
    const pages = new Map();
    hits.forEach(function (hit) {
      if (!pages.has(hit.d.page)) {
        pages.set(hit.d.page, []);
      }
      pages.get(hit.d.page).push(item(hit));
    });
    const byLocation = new Map(docs.map(function (d) { return [d.doc.location, d]; }));
    pages.forEach(function (items, page) {
      if (!items.some(function (it) { return it.location === page; }) && byLocation.has(page)) {
        const d = byLocation.get(page);
        items.push(Object.assign({}, d.doc, { title: escapeHtml(d.title), text: "", score: 0, terms: {} }));
      }
    });
    return Array.from(pages.values());
  }

  // --- what is shown ------------------------------------------------------------------------------

  function item(hit) {
    const pattern = markPattern(hit.marks);
    const section = hit.d.doc.location !== hit.d.page;
    return Object.assign({}, hit.d.doc, {
      title: mark(hit.d.title, pattern),
      text: snippets(hit.d.text, pattern, section),
      score: hit.score,
      terms: hit.terms,
    });
  }

  // Matches as typed, with any white space the page has between their characters.
  function markPattern(marks) {
    const unique = marks.filter(function (m, i) { return m && marks.indexOf(m) === i; });
    if (!unique.length) {
      return null;
    }
    unique.sort(function (a, b) { return b.length - a.length; });
    return new RegExp(unique.map(function (m) {
      return Array.from(m).map(function (c) { return c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }).join("\\s*");
    }).join("|"), "gi");
  }

  function mark(text, pattern) {
    if (!pattern) {
      return escapeHtml(text);
    }
    let out = "", last = 0;
    text.replace(pattern, function (match, offset) {
      out += escapeHtml(text.slice(last, offset)) + "<mark>" + escapeHtml(match) + "</mark>";
      last = offset + match.length;
      return match;
    });
    return (out + escapeHtml(text.slice(last))).replace(/<\/mark><mark>/g, "");
  }

  // The blocks that hold a match, each cut to a window around its first match; else, for a section
  // (a glossary term: its definition), its opening. A page found by its title alone needs none.
  function snippets(text, pattern, opening) {
    const lines = text.split("\n").map(function (l) { return l.trim(); }).filter(Boolean);
    const shown = [];
    for (const line of lines) {
      if (shown.length === SNIPPETS || !pattern) {
        break;
      }
      pattern.lastIndex = 0;
      const found = pattern.exec(line);
      if (found) {
        const start = Math.max(0, found.index - SNIPPET / 4);
        shown.push(excerpt(line, start, pattern));
      }
    }
    if (!shown.length && opening && lines.length) {
      shown.push(excerpt(lines[0], 0, null));
    }
    return shown.map(function (s) { return "<p>" + s + "</p>"; }).join("");
  }

  function excerpt(line, start, pattern) {
    const end = Math.min(line.length, start + SNIPPET);
    return (start > 0 ? "…" : "") + mark(line.slice(start, end), pattern) + (end < line.length ? "…" : "");
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[c];
    });
  }
})();
