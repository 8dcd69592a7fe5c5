"""Who did a step: the procedure's roles in an export's own names for departments, posts and bodies."""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

from .draft import Draft, Entry
from .words import (
    CONCEPTS, DISPATCH_WORDS, ENGLISH_UNITS, GENERIC_STEMS, LEADING_ACTS, STEP_MARGIN, STEP_MATCH, WEAK_DATE_SHARE,
    _doers_act, _n, _pct, _show, _without_aside, abbreviation_score, bilingual, concepts_of, fold, has_cjk, norm
)

if TYPE_CHECKING:   # the guesser is passed in; importing it here would be circular
    from .headers import Guesser


def _roles(g: Guesser, draft: Draft, facts) -> list[Entry]:
    """Roles by the names the procedure gives them, and the values of the mapped <step>_by columns that name one."""
    roles = g.procedure.roles
    entries = [Entry(r.name, r.id, "") for r in roles]
    if entries:
        entries[0].note = "制度中的角色名：导出写的是角色全称时适用"
    seen = {norm(r.name) for r in roles}
    bare = {norm(_without_aside(r.name)): r for r in roles}
    by_role = {r.id: r for r in roles}
    collective = _collectives(roles)
    if not roles:
        return entries
    sources = [(e.key, str(e.value)[:-3]) for e in draft.columns if e.active and str(e.value).endswith("_by")]
    if draft.event_log is not None and draft.event_log.resource:
        sources.append((draft.event_log.resource, None))
    # a unit named in several doers' columns (政企客户部: once 升级派单部门, six times 处理部门) is read where it did most
    most = {}
    for header, _ in sources:
        for cell, count in facts[header].top[:12]:
            if count > most.get(norm(cell), (0, ""))[0]:
                most[norm(cell)] = (count, header)
    for header, step_id in sources:
        step = g.steps.get(step_id) if step_id else None
        own = by_role.get(step.role) if step is not None and step.role else None
        for cell, count in facts[header].top[:12]:
            if norm(cell) in seen or most[norm(cell)][1] != header:
                continue
            value = _post_of(cell) or cell       # 物管员 黄志强: the post is the role, not the person
            where = f"列“{_show(header)}”{_n(count)} 行" + (f"；不计人名，读作“{value}”" if value != cell else "")
            found = _role_of(value, roles, bare, own, collective)
            for chinese in ENGLISH_UNITS.get(_english_unit(value), ()) if found is None else ():
                if (found := _role_of(chinese, roles, bare, own, collective)) is not None:
                    found = (found[0], f"英文部门名读作“{chinese}”；{found[1]}")
                    break
            if found is None:
                entries.append(Entry(cell, "?", f"{where}；不像制度中的任何角色"
                                                 f"（{'、'.join(r.id for r in roles[:6])}…）", False))
            else:
                entries.append(Entry(cell, found[0], f"{where}；{found[1]}"))
            seen.add(norm(cell))
    return entries


def _act_named_by_its_doers(g: Guesser, draft: Draft, facts, headers, used, taken) -> None:
    """接待 holding 客服前台 / 客服部: a column headed by an act alone whose values are the procedure's roles (nine in
    ten of its rows) names who did the one step that act is, where no other column says so."""
    roles, steps = g.procedure.roles, g.procedure.steps
    if not roles or not steps:
        return
    named = {e.key for e in draft.columns if e.active} | set(used) | draft.outcome_headers()
    for header in headers:
        f, act = facts[header], norm(header)
        if header in named or f.date_share >= WEAK_DATE_SHARE or not has_cjk(act) \
                or act not in LEADING_ACTS or not f.filled:
            continue
        scored = sorted(((g.step_score(act, s), s) for s in steps), key=lambda x: -x[0])
        (score, step), rival = scored[0], scored[1][0] if len(scored) > 1 else 0.0
        target = f"{step.id}_by"
        if score < STEP_MATCH or score - rival < STEP_MARGIN or target not in g.targets or target in taken:
            continue
        doers = _rows_naming(g, f)
        if doers < RECIPIENT_SHARE * f.filled:
            continue
        draft.columns.append(Entry(header, target, f"表头只写了“{header}”这件事，即环节“{step.name}”；"
                                                   f"{_pct(doers, f.filled)} 的取值是制度中的角色：读作办理者"))
        taken.add(target)


def _generic_doer_by_its_values(g: Guesser, draft: Draft, facts, headers, used, taken) -> None:
    """处理部门 where no step says 处理 (S12's 解决投诉并…): a doer column under the generic act whose rows nearly all
    name the role doing one step alone, whose time is mapped, names who did that step."""
    named = {e.key for e in draft.columns if e.active} | set(used) | draft.outcome_headers()
    timed = {e.value for e in draft.columns if e.active}
    for header in headers:
        f = facts[header]
        stem = next((norm(header)[: -len(s)] for s in ("部门", "单位") if norm(header).endswith(s)), "")
        if header in named or stem not in GENERIC_STEMS or not f.filled:
            continue
        role, rows = max(_rows_by_role(g, f).items(), key=lambda x: x[1], default=("", 0))
        doing = [s for s in g.procedure.steps if s.role == role]
        if rows < RECIPIENT_SHARE * f.filled or len(doing) != 1:
            continue
        target = f"{doing[0].id}_by"
        if target in g.targets and target not in taken and f"{doing[0].id}_at" in timed:
            draft.columns.append(Entry(header, target, f"表头“{stem}”是泛称；{_pct(rows, f.filled)} 的取值是角色"
                                                       f"“{g.role_name[role]}”，它只办理环节“{doing[0].name}”"
                                                       "（其时间已映射）：读作办理者"))
            taken.add(target)


RECIPIENT_SHARE = 0.9    # of a passing-on column's rows naming roles, naming one other: it names whom the case went to


def _recipients_not_doers(g: Guesser, draft: Draft, facts, headers: list[str]) -> bool:
    """A column a header names by passing the case on (转办部门, 派单单位) holds either who passed it or whom it went
    to. Where nearly every row names one role other than the step's own (转办部门: 农耕园、旅行社 for a transfer the
    office makes), it is whom it went to: read as the doer, every case would be a routing finding. The one other
    unmapped header naming the step's doer (转办经办) is then who did it: True when one was found."""
    role_of = {norm(str(e.key)): e.value for e in draft.roles if e.active}
    found = False
    passing = ("转", *CONCEPTS["assign"][2], *DISPATCH_WORDS)
    for entry in draft.columns:
        target = g.targets.get(entry.value)
        step = g.steps.get(target.step) if entry.active and target and target.kind == "step_by" else None
        if step is None or not step.role:
            continue
        f = facts[entry.key]
        named: dict[str, int] = {}
        for cell, count in f.top:
            if (role := role_of.get(norm(cell))) is not None:
                named[role] = named.get(role, 0) + count
        known = sum(named.values())      # rows naming no role (保洁外包) say nothing either way
        others = {r: n for r, n in named.items() if r != step.role}
        other, rows = max(others.items(), key=lambda x: x[1], default=(None, 0))
        telling = re.fullmatch(r"(.{2,}?)(部门|单位)", norm(entry.key))
        by_values = bool(others) and known >= f.filled / 2
        if by_values and any(w in norm(entry.key) for w in passing) and rows >= RECIPIENT_SHARE * known:
            entry.active = False
            entry.note += (f"；但 {_n(known)} 行中 {_n(rows)} 行写的是“{g.role_name.get(other, other)}”，不是办理这一"
                           f"环节的“{g.role_name.get(step.role, step.role)}”：表头说的多半是转给谁，不是谁转的")
            mapped = {e.key for e in draft.columns}
            doers = [h for h in headers if h not in mapped
                     and any(c.target == entry.value for c in g.header_candidates(h, facts[h]))]
            if len(doers) == 1:
                draft.columns.append(Entry(doers[0], entry.value, f"表头也说“{step.name}”的办理者，而“{entry.key}”"
                                                                  "说的是转给谁：读作谁办的，请核对"))
                found = True
        elif telling and re.search(f"{re.escape(telling.group(1))}[^，,；;。]{{1,3}}{telling.group(2)}", step.name) \
                and 2 * named.get(step.role, 0) <= known:
            # 通报部门 for 将…意见通报有关部门…: the departments it was passed to, as the step's name says them (not
            # 处理部门 for 投诉处理部门处理…, the doer's own name), unless its rows mostly name the step's own role
            act, party = telling.groups()
            entry.active = False
            entry.note += f"；但环节名中的“{party}”是“{act}”的对象：表头说的多半是{act}给谁，不是谁{act}"
        elif by_values and (doing := _step_its_values_do(g, draft, entry, step, named, known)) is not None:
            # 受理单位 of 省申诉中心 for 经营者受理用户投诉 (the operator's): the other step saying 受理, the appeal body's
            entry.value = f"{doing.id}_by"
            entry.note += (f"；但 {_n(known)} 行中只有 {_n(_rows_of(g, step, named))} 行是办理这一环节的"
                           f"“{g.role_name[step.role]}”，而 {_n(_rows_of(g, doing, named))} 行是同说“"
                           f"{_doers_act(entry.key)}”的环节“{doing.name}”的办理者：读作它")
        elif by_values and sum(others.values()) >= RECIPIENT_SHARE * known \
                and all(_said_in(g.role_name[r], step.name) for r in others):
            # 反馈部门 of 市场部/外贸部 for 责任事业部接到市场或外贸反馈的…: the parties the step's name says its doer
            # deals with, not the doer
            said = "、".join(g.role_name[r] for r in others)
            entry.active = False
            entry.note += (f"；但几乎每行写的都是“{said}”，是环节名中与办理者“{g.role_name.get(step.role, step.role)}”"
                           "打交道的一方，不是办理者")
        elif by_values and sum(others.values()) >= RECIPIENT_SHARE * known \
                and (doer := _doer_by_its_values(g, draft, facts, headers, entry.value, step)) is not None:
            # 责任部门 of 生产部、工艺技术部 beside 退货申请部门 of 客服部, both offered for the step 客服部 does: who did
            # it is the column naming its own role, not another's
            entry.active = False
            entry.note += (f"；但几乎每行写的都是别的角色，而“{doer}”写的是办理这一环节的"
                           f"“{g.role_name[step.role]}”：读作它")
            draft.columns.append(Entry(doer, entry.value, f"表头也说“{step.name}”的办理者，几乎每行写的都是"
                                                          f"“{g.role_name[step.role]}”"))
            found = True
    return found


def _doer_by_its_values(g: Guesser, draft: Draft, facts, headers: list[str], target: str, step) -> str | None:
    """The one unmapped header offered as `step`'s doer whose rows nearly all name the role doing it."""
    mapped = {e.key for e in draft.columns}
    found = [header for header in headers if header not in mapped and facts[header].filled
             and any(c.target == target for c in g.header_candidates(header, facts[header]))
             and _rows_naming(g, facts[header], step.role) >= RECIPIENT_SHARE * facts[header].filled]
    return found[0] if len(found) == 1 else None


def _rows_naming(g: Guesser, f, role: str | None = None) -> int:
    """The rows of a column whose cells name one of the procedure's roles (given one, that role), as a unit or a
    post in it."""
    by_role = _rows_by_role(g, f)
    return sum(by_role.values()) if role is None else by_role.get(role, 0)


def _rows_by_role(g: Guesser, f) -> dict[str, int]:
    """The rows of a column naming each of the procedure's roles."""
    roles = g.procedure.roles
    bare, collective = {norm(_without_aside(r.name)): r for r in roles}, _collectives(roles)
    rows: dict[str, int] = {}
    for cell, count in f.top if roles else ():
        if (found := _role_of(_post_of(cell) or cell, roles, bare, None, collective)) is not None:
            rows[found[0]] = rows.get(found[0], 0) + count
    return rows


def _rows_of(g: Guesser, step, named: dict[str, int]) -> int:
    """The rows naming the role that does `step`, or one that counts as it."""
    own = next((r for r in g.procedure.roles if r.id == step.role), None)
    return sum(n for role, n in named.items() if own is not None and (role == own.id or role in own.includes))


def _step_its_values_do(g: Guesser, draft: Draft, entry: Entry, step, named: dict[str, int], known: int):
    """The one other step whose name says the header's act, done by the role most of the column's rows name, where
    the step taken for it is done by a role few of them name; None if there is none."""
    act = _doers_act(entry.key)
    if len(act) < 2 or 2 * _rows_of(g, step, named) > known:
        return None
    taken = {e.value for e in draft.columns if e.active}
    doing = [s for s in g.procedure.steps if s is not step and s.role and act in norm(s.name)
             and f"{s.id}_by" not in taken and _rows_of(g, s, named) >= RECIPIENT_SHARE * known]
    return doing[0] if len(doing) == 1 else None


def _said_in(role_name: str, step_name: str) -> bool:
    """Whether a step's name names a role (市场 of 市场部（各业务处） in 接到市场或外贸反馈的…)."""
    unit = _unit_name(_without_aside(role_name)) or norm(_without_aside(role_name))
    return len(unit) >= 2 and unit in step_name


def _role_of(value: str, roles, bare: dict, own, collective: list) -> tuple[str, str] | None:
    """The role a department or post written in a <step>_by column is, and why; None when none is like it."""
    if found := _role_of_sub_unit(value, roles, bare, collective):
        return found
    if (plain := _without_aside(value)) != value and len(norm(plain)) >= 2 and norm(value) not in bare:
        # 客服中心(营业厅): the unit, wherever it sat
        found = _role_of(plain, roles, bare, own, collective)
        aside = "".join(re.findall(r"[（(][^（）()]*[）)]", value))
        return (found[0], f"不计括号里的“{aside}”，{found[1]}") if found else None
    best = max(roles, key=lambda r: difflib.SequenceMatcher(None, norm(value), norm(r.name)).ratio())
    ratio = difflib.SequenceMatcher(None, norm(value), norm(best.name)).ratio()
    # 厂家技术支持 for 技术支持系: a unit named without its unit word is its name all the same
    called = _unit_name(value) or (shorn if len(shorn := _without_company(norm(value))) >= 3 else "")
    unit = next((r for r in roles if called and called in _unit_names(r.name)), None)
    heads = [r for r in roles if _unit_name(value) and _unit_name(value) == _post_unit(r.name)]
    if norm(value) in bare:      # 宾客投诉处理中心 for 宾客投诉处理中心（组长…）
        named = bare[norm(value)]
        return named.id, f"即角色“{named.name}”（不计括号里的说明）"
    named = [r for r in roles if len(norm(value)) >= 2 and norm(value) in norm(_without_aside(r.name))]
    if len(named) == 1 and norm(value) in norm(best.name) and norm(value) not in norm(_without_aside(best.name)):
        # 投诉处理中心 is 宾客投诉处理中心（组长…）, not 餐厅副总经理（宾客投诉处理中心组长）: its name, not another's aside
        return named[0].id, f"角色“{named[0].name}”的名称（不计括号里的说明）中写有它"
    if norm(value) == norm(best.id) or ratio >= 0.75 or (len(norm(value)) >= 2 and norm(value) in norm(best.name)):
        return best.id, f"与角色“{best.name}”相近"
    if unit is not None:
        maker = "，厂家即公司" if _without_company(norm(value)) != norm(value) else ""
        return unit.id, f"与角色“{unit.name}”只差部门的叫法（部/中心/科…，客服即客户服务{maker}）"
    # 工业型材质量管理部 for 质量管理部（工业型材）: the aside written first
    turned = [r for r in roles if (aside := re.search(r"[（(]([^（）()]+)[）)]$", r.name))
              and norm(value) == norm(aside.group(1)) + norm(_without_aside(r.name))]
    if len(turned) == 1:
        return turned[0].id, f"即角色“{turned[0].name}”，括号里的说明写在前面"
    # 国内销售部, 外贸销售部 for 销售部（跟单员、销售员）: the department, named with which of its markets or sites
    under = [r for r in roles if len(unit_ := norm(_without_aside(r.name))) >= 3 and norm(value).endswith(unit_)
             and 2 <= len(norm(value)) - len(unit_) <= 4 and re.search(r"(?:部|科|室|中心|处|课|系)$", unit_)]
    if len(under) == 1:
        return under[0].id, f"前面加了限定语的“{_without_aside(under[0].name)}”，读作角色“{under[0].name}”：请核对"
    offices = [r for r in roles if norm(_without_aside(r.name)).endswith("办公室")]
    if re.fullmatch(r"(?:综合|行政)?办公室", norm(value)) and len(offices) == 1:
        # 综合办公室, 办公室 for 旅游公司办公室: the company's one office, by whichever of its usual names
        return offices[0].id, f"综合办公室、行政办公室即办公室，读作角色“{offices[0].name}”"
    selling = [r for r in roles if _unit_name(r.name) in SELLING]
    if _unit_name(value) in SELLING and len(selling) == 1:
        # 营销部 for 销售部: the department selling the goods, however the company calls it
        return selling[0].id, f"营销、销售、业务部门同是销售的部门，读作角色“{selling[0].name}”：请核对"
    making = [r for r in roles if re.search("生产|制造", r.name) and not re.search("生产管理|生管|计划", r.name)]
    if (re.search(r"(车间|产线|生产线|分厂|装配.?线|[一二三四五六七八九\d]线)$", norm(value))
            or PROCESS_SECTION.search(norm(value))) and len(making) == 1:
        # 注塑车间, 装配一线, 防焊课: where the procedure names one producing role (not production control), a
        # workshop, a line or a process's section is of it
        return making[0].id, f"车间、产线、工序是生产的单位，读作角色“{making[0].name}”：请核对"
    quality = [r for r in roles if _unit_name(_without_aside(r.name)).startswith(QUALITY)]
    if _unit_name(value).startswith(QUALITY) and len(quality) == 1:
        # 品保部, 品管部 for 质量管理部: the department minding quality, however the company calls it
        return quality[0].id, f"品保、品管、品质、质量部门同是管质量的部门，读作角色“{quality[0].name}”：请核对"
    heading = [r for r in roles if re.fullmatch(r"部门(?:第一)?(?:负责人|经理|主管|主任)", norm(_without_aside(r.name)))]
    if re.fullmatch(r".{1,6}?(?:部|中心|科|室|处)(?:经理|主任|负责人|主管|部长)", norm(value)) and len(heading) == 1:
        # 客房部经理, 工程部经理 where the procedure names a department's head as one post (部门第一负责人)
        return heading[0].id, f"部门的负责人读作角色“{heading[0].name}”"
    post = next((p for p in POSTS if norm(value).endswith(p) and len(norm(value)) > len(p) + 1), None)
    each = [r for r in roles if post and re.fullmatch(f"各.{{1,4}}{post}", norm(_without_aside(r.name)))]
    if len(each) == 1:
        # 客房部长, 康乐部长 for 各区域部长: the post of whichever unit, where the procedure names it for each
        return each[0].id, f"是各单位的“{post}”之一，读作角色“{each[0].name}”"
    top = [r for r in roles if re.fullmatch(r"(?:公司)?(?:主管|分管)?(?:高层|领导|高层领导|高层管理人员?)",
                                            norm(_without_aside(r.name)))]
    if re.search(r"总经理|副总|总裁|董事长|总监", norm(value)) and len(top) == 1:
        # 总经理, 分管副总, 运营总监 where the procedure names the company's top as one role (高层, 公司领导, 主管领导)
        return top[0].id, f"公司负责人读作角色“{top[0].name}”"
    if norm(value).endswith("办事处") and len(selling) == 1:
        # 华东办事处: a company's office in a region is where it sells
        return selling[0].id, f"办事处是公司派驻各地的业务机构，读作角色“{selling[0].name}”：请核对"
    after_sales = [r for r in roles if _unit_name(r.name) == "售后服务"]
    if _unit_name(value) == "客户服务" and len(after_sales) == 1:
        # 客服中心 where the procedure names no customer service but an after-sales one: the same desk
        return after_sales[0].id, f"制度没有客户服务部门，客服读作角色“{after_sales[0].name}”：请核对"
    if len(heads) == 1:      # 项目部 for 项目经理: the unit the post heads
        return heads[0].id, f"“{heads[0].name}”是这个部门的负责人：请核对"
    teams = [r for r in roles if re.search(r"专门.{0,4}小组$", norm(_without_aside(r.name)))]
    if re.search(r"(?:专项|专案|专题|专门).{0,4}小组$", norm(value)) and len(teams) == 1:
        # 客诉专项小组 for 专门调查小组: a team set up for the matter, however the company calls it
        return teams[0].id, f"专项、专案小组即专门成立的小组，读作角色“{teams[0].name}”"
    if own is not None and _functional(own.name):
        return own.id, f"制度按职能称呼这一步的办理者“{own.name}”，导出写的是本单位的具体名称：请核对"
    if len(naming := [r for r in roles if len(norm(value)) >= 2 and norm(value) in norm(r.name)]) == 1:
        return naming[0].id, f"角色“{naming[0].name}”的名称中写有它"
    if found := _role_at_level(value, roles):
        return found
    if found := _builder_of(value, roles):
        return found
    operators = [r for r in roles if re.search("电信业务经营者|运营商", r.name)]
    if OPERATOR.fullmatch(norm(value)) and len(operators) == 1:
        # 湖南移动, 中国联通: a telecom operator by its brand, where the procedure names the operators as one role
        return operators[0].id, f"移动、电信、联通、广电是电信业务经营者，读作角色“{operators[0].name}”"
    dealers = [r for r in roles if re.search("经销商|服务商|经销店|专营店|特约店", r.name)]
    if (said := next((w for w in SHOP_WORDS if w in norm(value)), None)) and len(dealers) == 1:
        # 本店服务经理: a post of the dealership whose own ledger this is, where the procedure names the dealers as one
        return dealers[0].id, f"“{said}”是经销店自己，读作角色“{dealers[0].name}”：请核对"
    short = {r.id: (r, piece) for r in roles for piece in re.split(r"[（）()、]", r.name) if not piece.startswith("各")
             and len(norm(value)) >= 3 and len(piece) > len(value) and abbreviation_score(value, piece) >= 0.75}
    if len(short) == 1:      # 区质监站 for 投诉处理机构（市建设工程质量监督站）
        (role, piece), = short.values()
        return role.id, f"是角色“{role.name}”中“{piece}”的简写：请核对"
    if _unit_name(value) and len(collective) == 1:
        return collective[0].id, (f"不是制度点名的部门，读作“{collective[0].name}”之一"
                                  "（若该环节应由点名的部门办理，审计会报处理部门不符）")
    return None


# a building's owner and its builders, by what their names say they do (汇锦置业; 中阳建设集团有限公司, 雨丰防水工程)
DEVELOPER_WORDS = ("置业", "地产", "房地产", "开发")
BUILDER_WORDS = ("建设", "建工", "建筑", "工程", "装饰", "装修", "防水", "安装", "施工", "水电")


# a telecom operator by its brand, with its country, province or city before it (中国移动, 湖南电信, 长沙联通分公司)
OPERATOR = re.compile(r"(?:中国)?(?:[\u4e00-\u9fff]{2,3}?[省市]?)?(?:移动|电信|联通|铁通|广电)(?:分?公司)?")


SHOP_WORDS = ("本店", "4s店", "专营店", "经销店", "门店")     # a dealership, as its own staff write it (norm: 4S店 is 4s店)


def _builder_of(value: str, roles) -> tuple[str, str] | None:
    """A developer or a builder named by its company's trade, where the procedure names the party building for
    the owner (施工单位, 承包单位, 受其委托的质量保修单位) or the owner (建设单位, 开发商) as one role each."""
    v = norm(value)
    owners = [r for r in roles if re.search("建设单位|开发", r.name) and not re.search("行政|主管部门", r.name)]
    builders = [r for r in roles if re.search("施工单位|承包单位|保修单位", r.name)]
    if v.startswith("甲方") and len(owners) == 1:
        # 甲方工程部: the employer of a building contract is the developer (the builder is 乙方)
        return owners[0].id, f"“甲方”是工程合同的发包方，读作角色“{owners[0].name}”：请核对"
    if (said := next((w for w in DEVELOPER_WORDS if w in v), None)) and len(owners) == 1:
        return owners[0].id, f"名称说的“{said}”是房地产开发，读作角色“{owners[0].name}”：请核对"
    if (said := next((w for w in BUILDER_WORDS if w in v), None)) and len(builders) == 1 \
            and re.search(r"公司|集团|工程队|施工队|安装队|班$|分包", v):
        return builders[0].id, f"名称说的“{said}”是施工的行当，读作角色“{builders[0].name}”：请核对"
    return None


LEVEL_WORDS = "全国|国家|省|自治区|直辖市|市|县|区"
LEVELS = f"(?:{LEVEL_WORDS})(?:（[^）]*）)?"      # 县（市）


def _levels_of(name: str) -> list[str]:
    """省、自治区、直辖市 of 省、自治区、直辖市电信用户申诉受理机构: the levels a role's name opens with, or says it
    is at (被申诉人所在省、自治区、直辖市的申诉受理机构)."""
    opening = re.search(f"(?:^|所在)(?:{LEVELS}、?)+", norm(name))
    return re.findall(LEVEL_WORDS, opening.group(0)) if opening else []


def _role_at_level(value: str, roles) -> tuple[str, str] | None:
    """省申诉中心 for 省、自治区、直辖市电信用户申诉受理机构, not 全国电信用户申诉受理中心: a body named by its level and
    its work is the one role at that level whose name says that work."""
    said = re.match(LEVELS, norm(value))
    work = re.sub(r"(?:中心|机构|站|所|局|办)$", "", norm(value)[said.end():]) if said else ""
    if len(work) < 2:
        return None
    level = re.match(LEVEL_WORDS, said.group(0)).group(0)
    at_level = [r for r in roles if level in _levels_of(r.name) and abbreviation_score(work, r.name) == 1.0]
    if len(at_level) != 1:
        return None
    return at_level[0].id, f"“{level}”一级、名称说到“{work}”的角色只有“{at_level[0].name}”：请核对"


def _role_of_sub_unit(value: str, roles, bare: dict, collective: list) -> tuple[str, str] | None:
    """售后服务部-客服中心: a unit written under the department it belongs to is that department's; a sub-unit that is
    itself like a role of the procedure by name (not as one of a collective) is that role's."""
    parts = [p for p in re.split(r"\s*[-—－/／·>＞|｜]\s*", value.strip()) if p]
    if len(parts) == 1 and (m := re.fullmatch(r"(.{2,}?(?:站|局|中心|公司|委|厅|院|所|部))(.{2,}(?:科|组|室|股|班))", parts[0])):
        parts = [m.group(1), m.group(2)]      # 市质监站投诉科: the 投诉科 of the 市质监站, written as one word
    if len(parts) < 2 or not all(has_cjk(p) for p in parts):
        return None
    either = [r for r in roles if len(pieces := re.split("或|及|和|与|、", norm(_without_aside(r.name)))) == len(parts)
              and all(difflib.SequenceMatcher(None, norm(p), q).ratio() >= 0.7 for p, q in zip(parts, pieces))]
    if len(either) == 1:     # 业务/相关单位 for 业务部或有关单位: each party the role's name gives, one by one
        return either[0].id, f"逐一写出了角色“{either[0].name}”所说的各方"
    if (tail := _role_of(parts[-1], roles, bare, None, [])) is not None:
        return tail[0], f"下属单位“{parts[-1]}”{tail[1]}"
    if (head := _role_of(parts[0], roles, bare, None, collective)) is None:
        return None
    return head[0], f"是“{parts[0]}”下属的“{parts[-1]}”，“{parts[0]}”{head[1]}"


def _english_unit(value: str) -> str:
    """The English department name or abbreviation a cell is written as (QA, QM Dept, After-sales Service), or ''."""
    said = " ".join(w for w in re.split(r"[^a-z&]+", fold(value).lower())
                    if w and w not in ("dept", "department", "team"))
    return said if said in ENGLISH_UNITS else ""


def _other_party(a: str, b: str) -> bool:
    """Whether one name is of the party an act is done to and the other of the party doing it (被投诉人员, 投诉人)."""
    for x, y in ((norm(a), norm(b)), (norm(b), norm(a))):
        if any(act in y and "被" + act not in y for act in re.findall(r"被(投诉|申诉|举报)", x)):
            return True
    return False


def _post_of(cell: str) -> str:
    """The post or unit written before or after a person's name (物管员 黄志强, 营业-吴芳, CRU - Grace He, 田秀英(楼面经理)),
    or a unit's Chinese name beside its English one; '' when the cell is not so written."""
    text = fold(cell).strip()
    after = re.fullmatch(r"[\u4e00-\u9fff]{2,3}\s*[（(]([^（）()]{2,})[）)]", text)    # 田秀英(楼面经理)
    if after:
        return after.group(1)
    if halves := bilingual(text):      # CS Complaints Team 客服投诉组: the Chinese name
        return halves[1]
    m = re.fullmatch(r"(\S.*?)\s*(?:[-－—–·:：]\s*|\s+)[\u4e00-\u9fff]{2,3}", text) \
        or re.fullmatch(r"(\S.*?)\s+[-–—]\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?", text)     # an English name after a dash only
    return m.group(1) if m and len(norm(m.group(1))) >= 2 else ""


def _functional(name: str) -> bool:
    """A role named by what it does (投诉处理部门, 投诉受理部门/人员, 派单部门), not a unit of the company (品质部,
    宾客投诉处理中心): the export names the unit that does it."""
    bare = _without_aside(name)
    acts = concepts_of(bare) or any(word in bare for word in ("投诉", "处理"))
    return bool(acts) and norm(bare).endswith(("部门", "人员", "单位", "员")) and not _collective(name)


def _collective(name: str) -> bool:
    """A name for all the company's departments, or for whichever one a case concerns (各部门, 其他相关部门, 责任部门,
    被投诉的部门, 有关单位 with nothing said of which)."""
    return bool(re.search(r"各.{0,4}部门|相关部门|其他部门|有关部门|^责任部门|^被投诉的?部门", _without_aside(name))
                or re.fullmatch(r"(?:各|其他|有关|相关|其他有关|其他相关)单位", norm(name)))


def _collectives(roles) -> list:
    """The roles named as a collective; where one is named as nothing else (有关单位 beside 业务部或有关单位), that one."""
    collective = [r for r in roles if _collective(r.name)]
    alone = [r for r in collective if not re.search("[或和及与]", _without_aside(r.name))]
    return alone if len(alone) == 1 else collective


UNIT_SUFFIXES = ("部门", "中心", "分公司", "部", "科", "室", "组", "处", "班", "队", "课", "系")
# the company itself, as a unit's name may open with it (公司客户中心, 厂家客户中心: the maker's, to a dealer)
COMPANY_WORDS = ("本公司", "公司", "厂家", "厂方", "总部")


# a station, a bureau, an office of the state: a body, not a person, though not one of the company's departments
BODY_SUFFIXES = ("站", "所", "局", "单位")


SELLING = ("业务", "销售", "营销", "市场营销")     # what a company calls the department selling its goods
QUALITY = ("品质", "质量", "质管", "质保", "质控", "质检")     # … and the one minding quality (品保, 品管: 品质管理, ABBREVIATIONS)
# a factory's section named by its process (防焊课, 注塑组, 电镀车间): a unit of production
PROCESS_SECTION = re.compile(r"(?:内层|外层|线路|电镀|防焊|阻焊|成型|钻孔|压合|蚀刻|注塑|冲压|焊接|喷涂|涂装|装配|组装|包装|"
                             r"机加工?|热处理|锻造|铸造|挤压|氧化|表面处理)(?:课|组|班|车间|工段|线)$")
ABBREVIATIONS = {"客服": "客户服务", "售后": "售后服务", "品管": "品质管理", "品保": "品质管理"}


def _unit_name(name: str) -> str:
    """A department's name without its unit word (客服中心 and 客户服务部 are both 客户服务); '' when it has none."""
    text = norm(name)
    for short, full in ABBREVIATIONS.items():
        if text.startswith(short) and not text.startswith(full):
            text = full + text[len(short):]
    text = _without_company(text)
    suffix = next((s for s in UNIT_SUFFIXES if text.endswith(s) and len(text) > len(s) + 1), None)
    # 销售一部, 业务二课: a numbered section of the department is that department
    return re.sub(r"(?<=.{2})[一二三四五六七八九十\d]$", "", text[: -len(suffix)]) if suffix else ""


def _unit_names(name: str) -> set[str]:
    """A role's unit name and those of the other names its aside lists (分公司客户中心（客服中心、客服部）)."""
    aside = re.search(r"[（(]([^（）()]+)[）)]", name)
    others = re.split("[、，,]", aside.group(1)) if aside else []
    return {unit for unit in (_unit_name(_without_aside(name)), *map(_unit_name, others)) if unit}


def _without_company(text: str) -> str:
    """A unit's name without the company it opens with (公司客户中心, 厂家客户中心: 客户中心)."""
    opening = next((w for w in COMPANY_WORDS if text.startswith(w) and len(text) - len(w) >= 3), "")
    return text[len(opening):]


POSTS = ("经理", "主任", "负责人", "主管", "部长", "科长")


def _post_unit(name: str) -> str:
    """The unit a post heads (项目经理: 项目; 品质部经理: 品质), '' for a name that is not a post."""
    text = norm(_without_aside(name))
    post = next((p for p in POSTS if text.endswith(p) and len(text) > len(p) + 1), None)
    if post is None:
        return ""
    head = text[: -len(post)]
    return _unit_name(head) or head
