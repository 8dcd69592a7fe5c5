// Personal data masked the way the checker's reports mask it (checker/reports/masking.py): the same patterns, handed
// over by the site build, and the same replacements.

export function masker(patterns) {
  const personal = new RegExp(patterns.personal, 'g');
  const maybe = new RegExp(patterns.maybe);
  const divisions = new RegExp(patterns.divisions);
  const fullWidth = new RegExp('[' + Object.keys(patterns.half_width).join('') + ']', 'g');
  const fold = text => text.replace(fullWidth, c => patterns.half_width[c]);

  const replaced = (...args) => {
    const g = args[args.length - 1];
    if (g.mail) return `${g.mail}***@${g.domain}`;
    if (g.id) return `${g.id}********${g.id_tail}`;
    if (g.id15) return `${g.id15}******${g.id15_tail}`;
    if (g.mobile) return `${g.cc ?? ''}${g.mobile}****${g.mobile_tail}`;
    return `${g.area}${g.sep}****${g.line_tail}`;
  };

  function mask(text) {
    if (typeof text !== 'string') return text;
    const folded = fold(text);
    if (!maybe.test(folded)) return text;
    const masked = folded.replace(personal, replaced);
    return masked === folded ? text : masked;
  }

  const stars = text => text.replace(/\S/gu, '*');
  function maskName(text) {
    text = text.trim();
    const chars = Array.from(text);
    return chars.length <= 1 ? '*'.repeat(chars.length) : chars[0] + stars(chars.slice(1).join(''));
  }
  function maskAddress(text) {
    text = text.trim();
    const kept = text.match(divisions)[0].trim();
    return !kept || kept.length >= text.length ? maskName(text) : kept + stars(text.slice(kept.length));
  }
  function maskPersonal(style, value) {
    if (value === null || value === undefined || !String(value).trim()) return value;
    const text = String(value);
    if (style === 'address') return maskAddress(text);
    if (style === 'contact') { const m = mask(text); return m !== text ? m : maskName(text); }
    return maskName(text);
  }

  // A finding or an unreadable record as reports show it (reports/common.py Report._masked).
  function maskItem(item, fields) {
    const out = { ...item };
    for (const f of fields) if (f in out && !(item.personal && (f === 'actual' || f === 'message'))) out[f] = mask(out[f]);
    if (item.personal) {
      const raw = item.actual, hidden = maskPersonal(item.personal, raw);
      out.actual = hidden;
      if (typeof item.message === 'string') out.message = mask(raw ? item.message.replaceAll(String(raw), String(hidden)) : item.message);
    }
    return out;
  }
  return { mask, maskPersonal, maskItem };
}
