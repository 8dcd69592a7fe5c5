// The arithmetic of a missed deadline in words, as `checker audit` writes it: checker/deadlines.py (compute_due,
// agreed_due, _last_day, _skipped, lateness, explain) and missed_deadline._due / _adjustment_steps, over the same
// calendar data. The due instant itself comes from the plan's SQL; this only tells how it was counted.
// tests/test_browser_audit.py holds every trace the page writes equal to the checker's.

const DAY = 86400000;
const MINUTE = 60000;
const MICROS_UNITS = ['minutes', 'hours'];

// 'YYYY-MM-DD HH:MM:SS[.ffffff]' (DuckDB's text of a TIMESTAMP) -> milliseconds, the wall clock read as UTC
export function parseTime(text) {
  const [, y, mo, d, h, mi, s, f] = text.match(/^(\d+)-(\d\d)-(\d\d)(?: (\d\d):(\d\d):(\d\d)(?:\.(\d+))?)?/);
  return Date.UTC(+y, +mo - 1, +d, +(h ?? 0), +(mi ?? 0), +(s ?? 0), f ? Math.floor(+f.padEnd(3, '0').slice(0, 3)) : 0);
}
const dayOf = ms => Math.floor(ms / DAY);
const iso = day => new Date(day * DAY).toISOString().slice(0, 10);
const hm = ms => new Date(ms).toISOString().slice(11, 16);
const num = x => String(Number(x.toPrecision(6)));     // Python's _num and %g

export function calendarOf(data) {
  const holidays = new Map(Object.entries(data.holidays));
  const workdays = new Map(Object.entries(data.workdays));
  const first = dayOf(Date.UTC(data.first_year, 0, 1)), last = dayOf(Date.UTC(data.last_year, 11, 31));
  const weekday = day => (new Date(day * DAY).getUTCDay() + 6) % 7;     // Monday 0, as Python's
  const isWorkday = day => workdays.has(iso(day)) || (!holidays.has(iso(day)) && weekday(day) < 5);
  const ordinals = [];
  for (let day = first; day <= last; day += 1) if (isWorkday(day)) ordinals.push(day);
  const after = day => {     // how many working days lie on or before `day` (bisect_right)
    let lo = 0, hi = ordinals.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (ordinals[mid] <= day) lo = mid + 1; else hi = mid; }
    return lo;
  };
  return {
    data, weekday, isWorkday,
    holiday: day => holidays.get(iso(day)) ?? null,
    madeUp: day => workdays.get(iso(day)) ?? null,
    nthWorkdayAfter: (day, n) => ordinals[after(day) + n - 1],
    workdaysIn: (a, b) => b < a ? 0 : after(b) - after(a - 1),
    closesAt: data.closes_at,
  };
}

function full(day, cal) { return `${iso(day)}(${cal.data.weekdays[cal.weekday(day)]})`; }
function short(day, ref, cal, weekday = false) {
  const text = iso(day).slice(0, 4) === iso(ref).slice(0, 4) ? iso(day).slice(5) : iso(day);
  return weekday ? `${text}(${cal.data.weekdays[cal.weekday(day)]})` : text;
}

function addMonths(day, n) {
  const d = new Date(day * DAY);
  const total = d.getUTCMonth() + n;
  const year = d.getUTCFullYear() + Math.floor(total / 12), month = total % 12;
  const monthEnd = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return dayOf(Date.UTC(year, month, Math.min(d.getUTCDate(), monthEnd)));
}

function skipped(day, last, cal) {
  const runs = [], madeUp = new Map();
  for (let d = day + 1; d <= last; d += 1) {
    const name = cal.holiday(d);
    if (name !== null) {
      const run = runs[runs.length - 1];
      if (run && run[2] === d - 1) { run[2] = d; if (!run[0].includes(name)) run[0].push(name); }
      else runs.push([[name], d, d]);
    } else if (cal.madeUp(d) !== null) {
      if (!madeUp.has(cal.madeUp(d))) madeUp.set(cal.madeUp(d), []);
      madeUp.get(cal.madeUp(d)).push(d);
    }
  }
  const parts = runs.map(([names, a, b]) => `跳过${names.join('、')} ${short(a, day, cal)}` + (b !== a ? `…${short(b, day, cal)}` : ''));
  for (const [label, days] of madeUp) parts.push(`计入${label} ${days.map(x => short(x, day, cal)).join('、')}`);
  return parts.join('，');
}

// The last day of a day-based period started on `day`, and the steps that found it (deadlines._last_day)
function lastDay(day, period, includesNonWorking, cal) {
  const unit = period.unit;
  if (unit === 'same_day') return [day, [`当天 ${short(day, day, cal)} 24:00`]];
  if (unit === 'same_month') {
    const d = new Date(day * DAY);
    const last = dayOf(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    return [last, [`当月最后一日 ${short(last, day, cal)} 24:00`]];
  }
  const n = period.amount;
  if (unit === 'working_days') {
    const last = cal.nthWorkdayAfter(day, n);
    const skip = skipped(day, last, cal);
    return [last, ['次日起算', ...(skip ? [skip] : []), `第${n}个工作日 ${short(last, day, cal)} 24:00`]];
  }
  let last, label, steps;
  if (unit === 'months') {
    last = addMonths(day, n);
    const d = new Date(day * DAY), l = new Date(last * DAY);
    label = l.getUTCDate() === d.getUTCDate() ? '到期月对应日' : `${l.getUTCFullYear()}年${l.getUTCMonth() + 1}月无${d.getUTCDate()}日，取月末日`;
    steps = [`次日起算${n}个月`];
  } else {
    const days = unit === 'weeks' ? n * 7 : n;
    last = day + days;
    steps = [unit === 'weeks' ? `次日起算${n}周（${days}天）` : '次日起算'];
    label = `第${days}天`;
  }
  if (!period.extends) {
    return [last, [...steps, `${label} ${short(last, day, cal, true)} 24:00（${includesNonWorking ? '含非工作日' : '内部制度'}，不顺延）`]];
  }
  if (cal.isWorkday(last)) return [last, [...steps, `${label} ${short(last, day, cal, true)} 24:00`]];
  const moved = cal.nthWorkdayAfter(last, 1);
  const name = cal.holiday(last);
  return [moved, [...steps, `${label} ${short(last, day, cal, true)} 为${name ? name + '假期' : '周末'}`,
                  `依民法典第二百零三条顺延至 ${short(moved, day, cal, true)} 24:00`]];
}

// {due (ms), trace [steps], start (ms or day), byTime, dayBased period}: deadlines.compute_due
function computeDue(start, startIsDay, period, includesNonWorking, cal, label) {
  const unit = period.unit;
  if (MICROS_UNITS.includes(unit)) {
    const due = start + period.amount * (unit === 'minutes' ? MINUTE : 60 * MINUTE);
    const words = cal.data.unit_words[unit];
    return { due, startDay: dayOf(start), period, trace: [
      `${label} ${full(dayOf(start), cal)} ${hm(start)}`, `自${label}时刻起连续计算${num(period.amount)}${words}`,
      `截至 ${short(dayOf(due), dayOf(start), cal)} ${hm(due)}`] };
  }
  const day = startIsDay ? start : dayOf(start);
  const [last, steps] = lastDay(day, period, includesNonWorking, cal);
  if (cal.closesAt !== null) {
    steps[steps.length - 1] = steps[steps.length - 1].replace(' 24:00', ` ${cal.closesAt}`) +
      '（有业务时间的，停止业务活动的时间为截止时间：民法典第二百零三条第二款）';
  }
  const due = cal.closesAt !== null ? last * DAY + parseTime(`1970-01-01 ${cal.closesAt}:00`) : (last + 1) * DAY;
  return { due, startDay: day, period, trace: [`${label} ${full(day, cal)}`, ...steps] };
}

function lateness(due, actual, period, cal) {
  if (actual < due) return '未逾期';
  if (period === null || MICROS_UNITS.includes(period.unit)) {
    let minutes = Math.floor((actual - due) / MINUTE);
    if (minutes === 0) return '逾期不足1分钟';
    const days = Math.floor(minutes / 1440); minutes -= days * 1440;
    const hours = Math.floor(minutes / 60); minutes -= hours * 60;
    if (!days && !hours) return `逾期${minutes}分钟`;
    return '逾期' + (days ? `${days}天` : '') + (hours ? `${hours}小时` : '') + (minutes ? `${minutes}分` : '');
  }
  const first = dayOf(due), last = dayOf(actual);
  if (period.unit === 'working_days') {
    const count = cal.workdaysIn(first, last);
    return count ? `逾期${count}个工作日` : '逾期不足1个工作日';
  }
  return `逾期${last - first + 1}天`;
}

// One late case's trace (missed_deadline._finding): row times as DuckDB's text, asOf 'YYYY-MM-DD HH:MM:SS'.
export function deadlineTrace(deadline, row, asOf, cal) {
  const level = Number(row.ck_level ?? 0), shift = Number(row.ck_shift ?? 0);
  const period = deadline.periods[level];
  const start = parseTime(row.start_t);
  const restart = row.ck_restart ?? null;
  let label = restart !== null ? '重新起算' : deadline.start_label;
  let key = start, keyIsDay = false;
  if (period !== null && !MICROS_UNITS.includes(period.unit)) { key = dayOf(start); keyIsDay = true; }
  if (shift && MICROS_UNITS.includes(period.unit)) {
    key += shift / 1000;
    label = '扣除不计入时间后，起算';
  } else if (shift) {
    key = period.unit === 'working_days' ? cal.nthWorkdayAfter(key, shift) : key + shift;
    label = '扣除不计入日数后，起算';
  }
  let due;
  if (period === null && key % DAY === 0) {     // an agreed date alone: by 24:00 of that day (agreed_due of a date)
    const day = dayOf(key);
    due = { due: (day + 1) * DAY, startDay: day, period: { unit: 'same_day' },
            trace: [`${label} ${full(day, cal)}`, `当天 ${short(day, day, cal)} 24:00`] };
  } else if (period === null) {        // an agreed instant (agreed_due without a tolerance)
    due = { due: key, startDay: dayOf(key), period: null, trace: [`${label} ${full(dayOf(key), cal)} ${hm(key)}`] };
  } else {
    due = computeDue(key, keyIsDay, period, deadline.includes_non_working_days, cal, label);
  }
  const steps = adjustmentSteps(deadline, row, level, shift, period);
  const open = Boolean(row.open);
  const end = open ? parseTime(asOf) : parseTime(row.end_t);
  const byTime = due.period === null || MICROS_UNITS.includes(due.period.unit);
  const when = t => byTime ? `${short(dayOf(t), due.startDay, cal)} ${hm(t)}` : short(dayOf(t), due.startDay, cal);
  const text = [...steps, ...due.trace].join(' → ');
  let trace;
  if (!open) trace = `${text}；实际完成 ${when(end)}，${lateness(due.due, end, due.period, cal)}`;
  else if (end < due.due) trace = `${text}；截至 ${when(end)} 仍未完成，尚未到期`;
  else trace = `${text}；截至 ${when(end)} 仍未完成，已${lateness(due.due, end, due.period, cal)}`;
  return trace;
}

function adjustmentSteps(deadline, row, level, shift, period) {
  const words = deadline.words, steps = [];
  const minute = text => text.slice(0, 16);
  if (row.ck_restart !== null && row.ck_restart !== undefined) steps.push(words.restart.replace('{time}', minute(row.ck_restart)));
  if (level) steps.push(words.extensions[level - 1]);
  words.pauses.forEach((pause, k) => {
    const begin = row[`ck_pause${k}_from`], finish = row[`ck_pause${k}_to`];
    if (begin && finish && parseTime(finish) > parseTime(begin)) {
      steps.push(pause.replace('{from}', minute(begin)).replace('{to}', minute(finish)));
    }
  });
  if (shift) {
    const amount = MICROS_UNITS.includes(period.unit) ? `${num(shift / 3.6e9)}小时`
      : period.unit === 'working_days' ? `${shift}个工作日` : `${shift}天`;
    steps.push(`共扣除${amount}`);
  }
  return steps;
}
