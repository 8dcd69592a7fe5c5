"""Words: names compared, concepts of steps, activities and headers, yes/no and value synonyms (the starter
profile's vocabulary beyond checker/catalog/vocabulary.yaml)."""

from __future__ import annotations

import difflib
import os
import re
import unicodedata

from ..text import NO, YES  # noqa: F401  (the guesser's yes/no words are the checker's)
from .traditional import TO_SIMPLIFIED

TOP = 40              # distinct values listed per column with options
DATE_SAMPLE = 1000    # values per column tried as dates
CASE_SAMPLE = 2000    # event logs: cases whose events are compared (variation within a case)
DATE_SHARE = 0.9      # share of a column's values that must read as dates for a date column by content
WEAK_DATE_SHARE = 0.5
ACTIVITIES_LISTED = 200
OPENS = 0.6           # an activity that opens this share of the cases it appears in is the receipt

# --- words ---------------------------------------------------------------------------------------------------

NUMERIC_YES, NUMERIC_NO = {"1"}, {"0"}
NULL_MARKERS = ("?", "-", "--", "—", "n/a", "na", "#n/a", "null", "none", "nan", "无", "空")   # read as yes/no only in a column whose header already says so

# A concept is what a step, an activity or a header is about, whatever the language: English word stems (a stem of
# four letters or more matches the words it begins, a shorter one only itself), English phrases, Chinese words.
CONCEPTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "receive": (("receiv", "regist", "creat", "open", "insert", "submit", "lodg", "intake", "accept", "new", "log",
                 "logged", "incoming"), (),
                ("受理", "接收", "登记", "接到", "收到", "录入", "新建", "创建", "立案", "来电", "接诉", "受案", "接待",
                 "接报", "接单", "收集", "搜集", "首问")),
    "reply": (("repl", "respond", "response", "answer", "acknowledg"), ("take in charge", "first contact"),
              ("答复", "回复", "回覆", "响应", "回应", "回函", "答疑")),
    "resolve": (("resolv", "solv", "solution", "fix", "remed", "repair"), (), ("解决", "维修", "修复", "排除")),
    "close": (("clos", "finish", "complet", "archiv", "done", "end"), (), ("结案", "办结", "关闭", "归档", "完结",
                                                                        "结束", "闭环")),
    "investigate": (("investig", "examin", "check", "verif", "analy", "inspect", "diagnos"), (),
                    ("调查", "核实", "核查", "分析", "检查", "检验", "鉴定", "验证")),
    "review": (("review", "approv", "audit", "evaluat", "assess"), (), ("审核", "审批", "审查", "批准", "审定", "评审", "评价",
                                                                    "评估", "授权")),
    "assign": (("assign", "dispatch", "transfer", "forward", "rout", "delegat", "handover", "reassign"), (),
               ("分派", "派单", "转交", "转办", "指派", "派发", "移交", "转送", "交办", "分配")),
    "escalate": (("escalat", "upgrad", "elevat"), (), ("升级", "上报", "高层", "介入", "上级", "呈报", "转呈", "呈送")),
    "notify": (("notif", "inform", "feedback", "communicat", "send", "sent"), (), ("通报", "通知", "告知", "反馈", "沟通")),
    "revisit": (("revisit", "follow", "survey", "callback"), ("follow up",), ("回访", "跟踪", "跟进")),
    "classify": (("classif", "categor", "triag", "prioriti", "seriousness", "severity"), (),
                 ("分类", "分级", "定级", "定性", "评级")),
    "improve": (("improv", "correct", "prevent", "countermeasur"), (), ("改善", "改进", "纠正", "预防", "对策", "整改")),
    "decide": (("decid", "decision", "determin"), (), ("决定", "决策", "判定")),
    "compensate": (("pay", "payment", "refund", "compens", "reimburs"), (), ("赔偿", "退款", "补偿", "赔付", "理赔")),
    "reject": (("reject", "declin", "refus", "deny", "denied", "dismiss"), (), ("不予受理", "拒绝", "驳回", "不受理")),
    "appeal": (("appeal",), (), ("申诉",)),
    "mediate": (("mediat",), (), ("调解",)),
    "record": (("record",), (), ("记录", "填写", "填报", "填单", "建单")),
    "publish": (("post", "publish", "announc"), (), ("公示", "公告", "公布", "张贴")),
}
# The act a step's name opens with (公示第一次验证结果): a header that names only what follows it is another step's.
LEADING_ACTS = tuple(sorted({word for _, _, chinese in CONCEPTS.values() for word in chinese}, key=len, reverse=True))
# An English header's word and the Chinese words a step's name says it with, finer than a concept (Logged is 登记, a
# receipt is also 接收; Disposition is 处理方式): English stems as in CONCEPTS.
ENGLISH_CHINESE = {
    "log": ("登记",), "logged": ("登记",), "regist": ("登记",), "record": ("记录", "登记"), "receiv": ("接收", "收到", "受理"),
    "investig": ("调查",), "inspect": ("检验", "检查"), "verif": ("验证", "核实", "确认"), "confirm": ("确认",),
    "analy": ("分析",), "countermeasur": ("对策",), "dispos": ("处置", "处理方式"), "decid": ("决定", "判定"),
    "repl": ("答复", "回复", "传达"), "respond": ("答复", "回复", "响应"), "response": ("答复", "回复", "响应"),
    "notif": ("通知", "通报", "告知"), "inform": ("告知", "通知"), "approv": ("审批", "批准"), "review": ("审核", "评审"),
    "assign": ("分派", "派单", "指派"),
    "dispatch": ("派单", "派发"), "transfer": ("转交", "转办"), "escalat": ("上报", "升级"), "revisit": ("回访",),
    "follow": ("回访", "跟踪"), "clos": ("结案", "关闭"), "archiv": ("归档", "存档"), "resolv": ("解决",),
    "compens": ("赔偿",), "refund": ("退款",), "return": ("退货",), "train": ("培训",), "publish": ("公示",),
    "handl": ("处理",), "site": ("现场", "客户处"), "visit": ("走访", "现场", "客户处"),
}
# English nouns of a case's fields in Chinese (Loss Incurred: 是否造成损失, Qty Defective: 数量), by stem
ENGLISH_FIELD_WORDS = {
    "loss": ("损失",), "quantit": ("数量",), "qty": ("数量",), "amount": ("金额",), "batch": ("批号", "批次"),
    "lot": ("批号",), "order": ("订单",), "address": ("地址",), "phone": ("电话",), "mobile": ("电话",),
    "contract": ("合同",), "product": ("产品",), "defect": ("缺陷", "不良"), "reason": ("原因", "理由"),
    "cause": ("原因",), "severity": ("严重",), "satisf": ("满意",), "channel": ("渠道", "方式"), "anonym": ("匿名",),
    "warrant": ("保修",), "signature": ("签字",), "signed": ("签字",), "evidence": ("证据",), "identity": ("身份",),
    "our": ("我公司", "本公司", "我司"), "fault": ("问题", "责任"), "responsib": ("责任",),
}
# English department names and abbreviations in factories' and service desks' exports (QA, MFG, PMC, QM Dept), in
# the Chinese unit names they are usually written as, tried in turn against the procedure's roles.
ENGLISH_UNITS = {
    "qa": ("质量部", "品质部", "品保部"), "qc": ("品管部", "质检部", "质量部"), "qe": ("质量部", "品质部"),
    "quality": ("质量部", "品质部"), "qm": ("质量管理部", "质管部"), "quality assurance": ("品保部", "质量部"),
    "quality control": ("品管部", "质检部"), "mfg": ("制造部", "生产部"), "manufacturing": ("制造部", "生产部"),
    "production": ("生产部", "制造部"), "pmc": ("生产管理部", "生产管理组", "计划部"), "pc": ("生产管理部", "计划部"),
    "planning": ("计划部", "生产管理部"), "sales": ("销售部", "业务部"), "sales rep": ("销售部", "业务部"),
    "marketing": ("市场部", "营销部"), "cs": ("客户服务部",), "customer service": ("客户服务部",),
    "after sales": ("售后服务部",), "after sales service": ("售后服务部",), "engineering": ("工程部",),
    "process engineering": ("工艺部",), "pe": ("工艺部", "工程部"), "r&d": ("研发部", "技术部"),
    "rd": ("研发部", "技术部"), "technical": ("技术部",), "purchasing": ("采购部",), "procurement": ("采购部",),
    "warehouse": ("仓库", "仓储部"), "logistics": ("物流部",), "finance": ("财务部",), "hr": ("人力资源部",),
    "admin": ("行政部",), "security": ("保安部", "秩序部"), "gm office": ("总经理室", "总经办"),
}
# Concepts that may stand for another where a procedure lacks the first (a ticket's resolution is often the answer
# the complainant gets): offered commented out only, never taken.
RELATED = {"resolve": ("reply", "notify"), "close": ("notify", "reply"), "notify": ("reply",), "reply": ("notify",)}
TIME_WORDS = ("at", "date", "time", "datetime", "timestamp", "on", "when", "day")
BY_WORDS = ("by", "owner", "assignee", "handler", "agent", "team", "group", "department", "dept", "unit")
# The date fields the vocabulary shares and the step a procedure may time the same event by.
FIELD_CONCEPT = {"received_at": "receive", "replied_at": "reply", "closed_at": "close", "revisit_at": "revisit"}
# A few values exports write for usual option ids (matched on the option's id or label).
VALUE_SYNONYMS = {
    "hotline": ("phone", "telephone", "tel", "call", "phone call", "电话", "热线", "来电", "12345", "客服热线"),
    "phone": ("phone", "telephone", "tel", "call", "电话", "来电", "热线", "客服电话", "10000号", "10086", "10010",
              "12345", "400热线"),
    "email": ("email", "e-mail", "邮件", "电子邮件", "邮箱", "网上信箱", "电子信箱"),
    "website": ("web", "website", "online", "internet", "网站", "网上", "官网", "网络", "网厅", "网上营业厅", "app",
                "掌上营业厅", "手机营业厅", "客户端", "在线客服"),
    "wechat": ("wechat", "微信"),
    "letter": ("letter", "postal mail", "mail", "信函", "来信", "信件", "来函"),
    "visit": ("walk-in", "walk in", "in person", "visit", "来访", "上门", "现场", "营业厅", "门店", "柜台"),
    # complaints passed on by a regulator, the group or a consumer association (工信部转办, 12315转办, 消协转办)
    "external": ("转办", "转派", "工信部", "通信管理局", "消协", "12315"),
    "remote": ("电话", "网络", "网上", "线上", "在线", "视频", "远程", "phone", "online", "video", "remote"),
    "agreement": ("调解成功", "达成协议", "成功", "agreed", "settled"),
    "satisfied": ("satisfied", "very satisfied", "满意", "非常满意", "基本满意", "比较满意"),
    "unsatisfied": ("unsatisfied", "dissatisfied", "very dissatisfied", "不满意", "非常不满意"),
    "dissatisfied": ("unsatisfied", "dissatisfied", "不满意", "非常不满意"),
    # where a procedure sorts complaints only as oral or written, a call is oral and a fax or an e-mail written
    "oral": ("口头", "口述", "当面", "面谈", "来访", "in person", "verbal", "电话", "来电", "phone", "call"),
    "written": ("书面", "来函", "来信", "信函", "信件", "书信", "投诉函", "客诉函", "letter", "传真", "fax", "邮件", "电子邮件",
                "email", "e-mail", "短信", "讯息", "留言"),     # a text message too (LINE訊息, 短信)
    "relayed": ("转告", "他人转告", "代为投诉", "转达"),
    # complaints made to the group or the government first and passed on (12345转办, 集团转办)
    "higher_authority": ("转办", "交办", "转派", "12345", "12315", "市长信箱", "信访"),
    "minor": ("轻度", "较轻", "minor", "low"),     # a complaint's gravity, as systems grade it (轻度/一般/严重)
    "simple": ("simple", "standard", "简单", "简易"),
    # a complaint's complexity (L3: 情况特别复杂), as case systems grade it (简易 / 复杂 / 疑难)
    "special": ("特别复杂", "疑难", "highly complex", "very complex"),
    "functional": ("功能", "性能", "功能性", "functional", "performance"),
    # a building defect's repair by any name (要求维修 for 要求对质量缺陷整改)
    "rectification": ("整改", "维修", "返修", "修复", "维修整改", "修缮"),
    # a telecom bill's charges by any name (套餐资费, 增值业务扣费, 计费争议)
    # an online shop's return reasons (the platforms' lists): the buyer's own mind, or the goods at fault
    "no_reason": ("无理由", "no reason", "不喜欢", "不想要", "不要了", "拍错", "多拍", "买错", "不合适"),
    "quality": ("质量问题", "描述不符", "破损", "损坏", "故障", "瑕疵", "quality issue", "defective", "damaged"),
    # a building's stage when the defect showed: still being built, or handed over and lived in
    "construction": ("在建", "施工中", "施工阶段", "建设中", "未竣工"),
    "in_use": ("使用中", "已交付", "交付使用", "已入住", "保修期内", "超保修期", "已过保修期", "已竣工"),
    # a building's parts by the trades that build them, as warranty ledgers file repairs (暖通-地暖, 水电-强弱电)
    "heating_cooling": ("暖通", "地暖", "空调", "采暖", "供暖"),
    "pipes_installation_fitout": ("水电", "强电", "弱电", "门窗", "装饰"),
    "fee_dispute": ("话费", "资费", "扣费", "计费", "收费", "账单", "billing", "charge", "charges", "fee", "fees"),
}
VALUE_SYNONYMS["in_person"] = VALUE_SYNONYMS["onsite"] = VALUE_SYNONYMS["visit"]
BROAD_OPTIONS = {"oral", "written", "remote"}    # their synonyms yield to an option naming the channel itself
# values that say the answer is not known yet (left for the auditor to map, never read as an answer)
UNKNOWN_VALUES = {"待定", "未定", "待查", "待确认", "不详", "不确定", "未知", "不明", "unknown", "tbd", "pending", "na", "n/a"}
# values that say the question was never put (未回访, 用户未接): nothing recorded, read as blank
UNASKED = ("未回访", "未接通", "未接", "无人接听", "联系不上", "未联系上", "未能联系", "拒访", "拒绝回访", "未评价")
# 一般 in a field of classes or levels that has no option for it: no class of its own (read as blank)
ORDINARY = {"一般", "普通", "常规", "正常", "一般投诉", "普通投诉", "一般问题", "normal"}
# a situation a yes/no label names, in the words a register says it with (涉诉 / 已起诉 / 法院已受理 for 已进入司法程序)
SITUATION_WORDS = {"司法程序": ("诉讼", "起诉", "法院", "仲裁", "涉诉")}
# a company's word for the procedure's
SAME_WORDS = {"品质": "质量", "品管": "质量管理", "品保": "质量管理", "质管": "质量管理", "客诉": "客户投诉", "定制": "定作", "补偿": "赔偿",
              "疑难": "复杂"}
RECORDING_ACTS = ("登记", "记录", "填写", "录入", "填报")    # 结果登记: the header's first words are what was recorded
RECORD_NOUNS = ("材料", "情况", "信息", "内容", "说明", "记录", "资料")    # what a column holds about its subject (证据材料)
KIND_WORDS = ("类型", "类别", "性质", "分类", "种类", "等级", "级别", "程度", "方式", "渠道", "原因", "理由", "依据")
# (a header naming a classification, or the ground a case is put on: 申请原因)
NEGATIONS = ("不", "未", "非", "无", "没")
NOT_NEGATIONS = ("不良", "无理由")      # words, not denials: 外观不良 is a defect, 无理由退货 a kind of return
# a date the case was given to be done by (要求完成日期, 限期, 办结时限, Due Date), not when anything was done
DUE_DATE = re.compile(r"(要求|承诺|约定).{0,4}(完成|解决|办结|处理|答复|整改)|限期|期限|时限|截止|应.{0,2}(完成|办结)|\bdue\b|deadline")
# the limit told to someone (期限告知时间, 时限通知日期): when it was told, not the limit itself
LIMIT_TOLD = re.compile(r"(期限|时限|限期).{0,2}(告知|通知|告诉|送达)")
TERM_END = re.compile(r"期限届满|期满|到期")     # a field label naming the end of a term given (履行期限届满日)
BEYOND = ("已过", "已超过", "已超", "已逾", "超过", "超出", "过了", "超", "逾")   # past a period or a limit (已过保修期)
NOUNS_OF_ACTS = ("受理范围", "受理机构")
# what a defect of a building or a product is called (屋面渗漏, 墙体裂缝, 外观不良): a quality complaint's matter
DEFECT_WORDS = ("渗漏", "渗水", "漏水", "裂缝", "开裂", "空鼓", "脱落", "沉降", "起砂", "起鼓", "变形", "锈蚀", "霉变", "不良",
                "缺陷", "故障", "隐患", "异响")
GOODS_WORDS = ("商品", "产品", "货物", "物品")     # what every return or defect is of: no evidence for one field
TROUBLE_WORDS = ("问题", "缺陷", "不良", "异常", "违规", "差错", "投诉")   # a header naming what went wrong
BARE_DATES = {"日期", "date", "日期时间"}     # a register's date column, read as the day the complaint came in
REPEAT_WORDS = ("继续", "再次", "二次", "重新", "第二次")     # a step done again (继续填写登记处理单)
GENERIC_STEMS = {"投诉", "客户", "用户", "处理", "案件", "问题", "顾客"}
# A generic stem still names the step whose id says it plainly: 处理时间 is the handling step's time (S39 handle
# "投诉处理部门处理投诉"), not that of every step whose name mentions 处理.
GENERIC_STEP_IDS = {"处理": "handle", "承办": "handle", "办理": "handle"}
# Chinese headers name a step by a few of its name's words plus what the column holds: "<words>时间" for the step's
# time, "<words>人/部门" for who did it (回访人, 核实人, 主任处理人).
TIME_SUFFIXES = ("时间", "日期", "时刻")
BY_SUFFIXES = ("主办部门", "主办单位", "主办人", "牵头部门", "牵头单位", "主持人", "主持", "人岗位", "人职务", "人职位",
               "岗位", "部门", "单位", "科室", "班组", "小组", "人员", "员工", "负责人", "负责", "经办人", "经办", "坐席", "网点",
               "领导", "人", "员")
DOER_ENDINGS = ("部门", "单位", "科室", "机构", "人员", "人")    # a field or header naming who did something
# "<act>完成时间" is the act's time: 处理完成 is 处理, not a step whose name holds 处理 and 生成.
DONE_WORDS = ("完成", "结束", "完毕")
FILLER = ("投诉", "客户", "用户", "业主", "顾客", "售后")   # words most step names (or tickets) say: no evidence for one step
STEP_MATCH = 0.5      # least resemblance of a header's words to a step name (see Guesser.step_score)
STEP_MARGIN = 0.05    # by which the best step must beat the next, else both are offered commented out
COUNT = r"(?:第?[一二三四五六七八九两\d]次|首次|再次)"     # how many times (二次, 第3次): no act of its own
# The complainant is the owner, user, guest… in a sector's own words: 业主要求 is the 客户要求 field.
CUSTOMER_WORDS = ("业主", "用户", "顾客", "消费者", "宾客", "客人", "住户", "档主")
COMPLAINING_ACTS = ("投诉", "申诉", "举报", "信访")     # 申诉人, 举报单位: the party complaining, not a step's doer
COMPLAINANT_WORDS = ("客户", "投诉人", "游客", *CUSTOMER_WORDS)     # the party a reply or a call back is to
INCOMING = re.compile(r"来(?:件|信|函|访|电)")     # 来件日期: the complainant's letter, visit or call coming in
BUSINESS_WORDS = ("企业", "商家", "卖家", "店铺")     # a company's word for the business the law calls 经营者
# a word said another way (签收时间: when it was received; 申请时间: when it was put forward; 报主管: told the superior;
# 通知: told; 填单: a form filled in; 回单: a work order handed back done; 送检: sent to be tested; a test's report
# comes when the test is done; 到场, 签到: arrived; 合同到期日: the contract's term; 入库, 仓库收货: the goods came back
# to the business — not 收货 alone, which is as often the consumer's; 退货签收: the returned goods signed for (received
# back, not the request to return them); 市场监管, 市监局: an administrative department;
# 三包: the state's rule on repair, exchange and return; 排产: production scheduled; 督办: a superior stepping in;
# 层级: a level, as 层次)
SAID_OTHERWISE = {"签收": ("收到",), "申请": ("提出",), "主管": ("上级",), "通知": ("告知",), "告知": ("通知",), "填单": ("填写",),
                  "回单": ("处理完成",), "送检": ("委托检测",), "检测报告": ("检测完成",), "检验报告": ("检验完成",),
                  "鉴定报告": ("鉴定完成",), "到场": ("到达",), "签到": ("到达",), "到期日": ("期限",),
                  "入库": ("收到商品",), "仓库收货": ("收到商品",), "退货签收": ("收到退回商品",),
                  "市场监管": ("行政部门",), "市监局": ("行政部门",), "监管部门": ("行政部门",), "三包": ("国家规定",),
                  "承诺": ("约定",), "时效": ("期限",), "起诉": ("诉讼",), "核决": ("判定",),
                  "作业员": ("生产人员",), "排产": ("安排生产",), "督办": ("介入",), "集团": ("公司",),
                  "同意退货": ("办理退货",), "撤诉": ("撤回",), "延期": ("延长",),
                  "上门": ("前往",), "开单": ("填单",), "整改": ("处置",), "登录": ("登记",),
                  "现场处理": ("前往处理",), "报事": ("投诉",), "开立": ("填报",), "核验": ("核实",),
                  "实施": ("执行",), "层级": ("层次",)}
# acts of checking another's work (核实责任单位反馈的…, 监督责任单位执行): what they check is the other's act
CHECKING_ACTS = ("核实", "审核", "核查", "检查", "监督", "确认", "审查", "复核")
# a document a step draws up (报告, 反馈单, 调解书) and the acts that draw one up
DOCUMENT_WORDS = ("报告", "单", "表", "书")
MAKING_WORDS = ("制定", "编制", "编写", "填写", "填报", "出具", "制作", "提交", "形成")
FIRST_WORDS = {"首次": "第一次", "首批": "第一批"}     # the first time, as step names number it
# a work order passed on to the unit that does it (派单时间, 派单人, 转办时间): the step passing it on. Not a unit's
# header: 派单部门 is as often the unit it was passed to
DISPATCH_WORDS = {word: ("传达", "通知", "送达") for word in ("派单", "派工", "下发", "转办")}
# What a Chinese header ends with, said another way (终止原因 is 终止调解情形, 问题性质 a 问题类型, 登记日期 the 登记时间).
CHINESE_HEAD_NOUNS = {"原因": "情形", "情形": "原因", "理由": "原因", "性质": "类型", "类型": "类别", "类别": "类型",
                      "方法": "方式", "难度": "复杂程度", "判定": "判断", "判断": "判定", "日期": "时间", "时间": "日期"}
# English headers shorten words (Responsible Dept, Order No, Qty, Mfg Date): their full spellings, most usual first.
ENGLISH_SHORT = {"dept": ("department",), "qty": ("quantity",), "no": ("number",), "num": ("number",),
                 "nbr": ("number",), "mfg": ("production", "manufacturing"), "desc": ("description",),
                 "cust": ("customer",), "tel": ("telephone",), "addr": ("address",), "mgr": ("manager",),
                 "amt": ("amount",), "dt": ("date",), "ref": ("reference",), "resp": ("responsible",)}
# English words one field or step id may be said with (Assessment Start: appraisal_started_at; Review Requested On:
# apply_review_at; Customer Unreachable: complainant_unreachable), besides the concepts above.
ENGLISH_SAME = (("customer", "client", "consumer", "user", "complainant", "buyer"),
                ("info", "information", "material", "document", "data"), ("request", "apply", "application"),
                ("assessment", "appraisal", "evaluation"), ("proof", "evidence"),
                ("rationale", "basis", "reason", "ground"), ("start", "begin", "commence"),
                ("end", "close", "finish", "complete"), ("notice", "notify", "notification", "inform"),
                ("id", "identity", "identification"), ("unit", "department", "dept", "office"),
                ("supervisor", "superior", "manager", "leader"))
ENGLISH_STOP = ("of", "the", "to", "for", "and", "or", "in", "a", "an", "not", "with", "from")
# English headers qualify the column by the record's name: "Complaint Category" is the category.
ENGLISH_FILLER = ("complaint", "case", "ticket", "customer", "client", "incident")
# Event-log columns by name (normalized), most usual first.
CASE_NAMES = ("caseconceptname", "caseid", "case", "casenumber", "caseno", "ticketid", "ticket", "ticketnumber",
              "incidentid", "incident", "incidentnumber", "complaintid", "srnumber", "requestid", "processid",
              "number", "id", "案件编号", "案件", "投诉编号", "工单号", "工单", "单号", "编号")
ACTIVITY_NAMES = ("conceptname", "activity", "activityname", "event", "eventname", "action", "step", "task",
                  "operation", "status", "state", "incidentstate", "活动", "环节", "操作", "动作", "节点", "事件",
                  "处理环节", "状态", "处理状态")
TIME_NAMES = ("timetimestamp", "timestamp", "time", "eventtime", "datetime", "date", "changedatetime", "changedate",
              "updatedat", "sysupdatedat", "modifiedat", "时间", "操作时间", "处理时间", "发生时间", "日期")
RESOURCE_NAMES = ("orgresource", "resource", "user", "username", "performer", "changedby", "updatedby",
                  "sysupdatedby", "modifiedby", "agent", "operator", "assignedto", "owner", "department", "处理人",
                  "操作人", "经办人", "执行人", "办理人", "操作部门", "处理部门", "办理部门", "执行部门", "部门")


def fold(text) -> str:
    """A name as read: full-width folded (NFKC), traditional characters simplified (投訴處理 is 投诉处理)."""
    return unicodedata.normalize("NFKC", str(text)).translate(TO_SIMPLIFIED)


def norm(text) -> str:
    """A name as compared: folded (`fold`), case folded, spaces and punctuation dropped."""
    t = fold(text).casefold()
    return re.sub(r"[\s_\-.:/\\()（）\[\]【】?？#·,，、'\"+&]+", "", t)


def words(text) -> list[str]:
    t = re.sub(r"([a-z])([A-Z])", r"\1 \2", unicodedata.normalize("NFKC", str(text)))
    return re.findall(r"[a-z]+", t.casefold())


def concepts_of(text: str) -> set[str]:
    text = fold(text)
    tokens = words(text)
    phrase = " " + " ".join(tokens) + " "
    found = set()
    for concept, (stems, phrases, chinese) in CONCEPTS.items():
        if any(_stem_matches(stem, token) for stem in stems for token in tokens) \
                or any(f" {p} " in phrase for p in phrases) or any(_says(text, c) for c in chinese):
            found.add(concept)
    return found


def _says(text: str, word: str) -> bool:
    """`word` in `text`, not negated (高层介入长期未解决的投诉 is not about solving) nor part of a noun (受理范围 is the
    scope of acceptance: 不属于受理范围的… does not receive)."""
    start = text.find(word)
    while start >= 0:
        noun = any(text.startswith(n, start) for n in NOUNS_OF_ACTS)
        if (start == 0 or text[start - 1] not in NEGATIONS) and not noun:
            return True
        start = text.find(word, start + 1)
    return False


def _stem_matches(stem: str, token: str) -> bool:
    return token.startswith(stem) if len(stem) >= 4 else token == stem


def _resemblance(words_: str, name: str) -> float:
    if words_ in name:
        return 1.0 + 0.02 * len(words_) / len(name)
    pairs = {words_[i:i + 2] for i in range(len(words_) - 1)}
    share = sum(pair in name for pair in pairs) / len(pairs) if pairs else 0.0
    return (abbreviation_score(words_, name) + share) / 2


def _lemma(word: str) -> str:
    """An English word without its inflection: notified, notify; closed, clos; started, start; findings, finding."""
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ed") and len(word) > 4:
        return word[:-2]
    if word.endswith("ing") and len(word) > 5:
        return word[:-3]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _in_group(word: str, group: tuple[str, ...]) -> bool:
    return any(word == _lemma(w) for w in group)


def english_likeness(a: str, b: str) -> float:
    """How surely two English words say the same for a column: 1 for one stem (received, receive) or a synonym
    (proof, evidence), 0.75 for one concept only (check, verify; but also received, register), else 0."""
    common = len(os.path.commonprefix([a, b]))
    if common >= 5 and common >= 0.75 * min(len(a), len(b)):     # not complexity and complainant
        return 1.0
    a, b = _lemma(a), _lemma(b)
    if a == b or any(_in_group(a, group) and _in_group(b, group) for group in ENGLISH_SAME):
        return 1.0
    return 0.75 if concepts_of(a) & concepts_of(b) else 0.0


def _respelled(header: str) -> list[tuple[str, str]]:
    """Other spellings of a header that may name a catalog column: without its aside (被投诉(举报)人), the
    complainant's sector word replaced by 客户 (业主要求 → 客户要求), the business's by the law's 经营者 (向企业投诉), and
    an English header without the record's name (Complaint Category → Category)."""
    out = []
    if has_cjk(header) and (plain := re.sub(r"[（(][^（）()]*[）)]", "", header)) not in ("", header):
        out.append((plain, "不计括号里的说明"))      # 被投诉(举报)人: 被投诉人
    for word in CUSTOMER_WORDS:
        if word in header:
            out.append((header.replace(word, "客户"), f"把“{word}”读作“客户”"))
    for word in BUSINESS_WORDS:
        if word in header:
            out.append((header.replace(word, "经营者"), f"把“{word}”读作法规的“经营者”"))
    unit = header.endswith(("部门", "单位", "科室", "班组"))
    for word, others in (SAID_OTHERWISE | ({} if unit else DISPATCH_WORDS)).items():
        if word in header:
            out += [(header.replace(word, other), f"把“{word}”读作“{other}”") for other in others]
    for word, other in CHINESE_HEAD_NOUNS.items():
        if header.endswith(word):
            out.append((header[: -len(word)] + other, f"把“{word}”读作“{other}”"))
    tokens = words(header)
    if len(tokens) >= 2 and not has_cjk(header):
        kept = [t for t in tokens if t not in ENGLISH_FILLER]
        if kept and len(kept) < len(tokens):
            out.append((" ".join(kept), "去掉 " + "、".join(t for t in tokens if t in ENGLISH_FILLER) + " 后"))
    short = [t for t in tokens if t in ENGLISH_SHORT]
    if short and not has_cjk(header):
        for i in range(max(len(ENGLISH_SHORT[t]) for t in short)):
            spelled = [ENGLISH_SHORT[t][min(i, len(ENGLISH_SHORT[t]) - 1)] if t in ENGLISH_SHORT else t for t in tokens]
            out.append((" ".join(spelled), "把 " + "、".join(short) + " 读作全称"))
    return out


ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
CHINESE_DIGITS = "一二三四五六七八九"


def ordinal(text: str) -> int | None:
    """The number a class or level is named by, however it is written: Class III, 3类, class_3, 三类投诉."""
    t = unicodedata.normalize("NFKC", str(text)).casefold()
    numbers = {ROMAN[m] for m in re.findall(r"(?<![a-z])(i{1,3}|iv|v)(?![a-z])", t)}
    numbers |= {int(d) for d in re.findall(r"\d+", t)}
    numbers |= {CHINESE_DIGITS.index(c) + 1 for c in re.findall(r"([一二三四五六七八九])[类级档等]", t)}
    return numbers.pop() if len(numbers) == 1 else None


def situation_words(text: str, label: str) -> list[str]:
    """The words of a header or value that say a situation the label names (涉诉 for 已进入司法程序)."""
    return [w for situation, said in SITUATION_WORDS.items() if situation in label for w in said if w in text]


def header_ordinal(header: str) -> int | None:
    """The one number in a header: 第3批交货, 验证批次2, 第二次回访."""
    t = unicodedata.normalize("NFKC", header)
    numbers = [int(d) for d in re.findall(r"\d+", t)]
    numbers += [CHINESE_DIGITS.index(a or b) + 1
                for a, b in re.findall(r"第([一二三四五六七八九])|([一二三四五六七八九])(?=[次批])", t)]
    return numbers[0] if len(numbers) == 1 else None


def _chars_in(short: str, long: str) -> float:
    """The share of a short Chinese name's characters found anywhere in a long one (事实确认 in 能否确认事实主体)."""
    chars = [c for c in norm(short) if has_cjk(c)]
    return sum(c in long for c in chars) / len(chars) if chars else 0.0


def _answer(value: str) -> str:
    """A decision's answer as the act it names (予以受理: 受理): the affirming word is the answer's, not the act's."""
    return re.sub(r"^(?:予以|准予|同意)", "", norm(value))


def _doers_act(header: str) -> str:
    """受理 of 受理单位, 请示 of 请示人职位: a doer's header without the 人/单位/部门… naming the doer ("" if none)."""
    h = norm(header)
    return next((h[: -len(s)] for s in BY_SUFFIXES if h.endswith(s) and len(h) > len(s)), "")


def _without_done(stem: str) -> str:
    """处理完成 → 处理: a header's "<act>完成时间" is the act's time."""
    word = next((w for w in DONE_WORDS if stem.endswith(w) and len(stem) >= len(w) + 2), None)
    return stem[: -len(word)] if word else stem


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def abbreviation_score(short: str, long: str) -> float:
    """How much of `short` appears, in order, in `long` (Chinese headers abbreviate labels: 已和解并执行)."""
    a, b = norm(short), norm(long)
    if not a or not b:
        return 0.0
    blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) / len(a)


def bilingual(text: str) -> tuple[str, str] | None:
    """An English and a Chinese name of one thing side by side (Date Received 收到日期, 特别复杂 Very Complex), as
    (English, Chinese); None for anything else."""
    t = str(text).strip()
    english = r"([A-Za-z][A-Za-z0-9 .,&/'’()-]*[A-Za-z0-9.)])"
    chinese = r"([\u4e00-\u9fff][^A-Za-z]*)"
    m = re.fullmatch(english + r"\s+" + chinese, t)
    if m:
        return m.group(1).strip(), m.group(2).strip()
    m = re.fullmatch(chinese + r"\s+" + english, t)
    return (m.group(2).strip(), m.group(1).strip()) if m else None


def _core(text: str) -> str:
    """A class's name without the words saying it is a class of defects (结构不良, 结构类, 功能性问题: 结构, 功能)."""
    return re.sub(r"(不良|类|性|问题|方面)+$", "", norm(text))


def _negated(text: str) -> bool:
    t = norm(text)
    for word in NOT_NEGATIONS:
        t = t.replace(word, "")
    return any(n in t for n in NEGATIONS) or t.startswith(("un", "dis", "not", "non", "in"))


# a level's code written before its name (Ⅰ级-重大, 2级：重要, A-严重): the name says the level
LEVEL_CODE = re.compile(r"^(?:[ⅠⅡⅢⅣⅤⅥ]|[IVX]{1,3}|[一二三四五六]|[1-6]|[A-Da-d]|P[0-4])\s*[级类等]?\s*[-—－:：、.．·]\s*(?=[^\d\s])")


def _without_level_code(value: str) -> str:
    return LEVEL_CODE.sub("", value.strip())


def _show(value, limit: int = 40) -> str:
    """A value as quoted in a comment: one line, short."""
    text = re.sub(r"[\x00-\x1f\x7f\u2028\u2029]+", " ", str(value)).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _n(number: int) -> str:
    return f"{number:,}"


def _pct(part: int, whole: int) -> str:
    if not whole:
        return "0%"
    share = 100 * part / whole
    return f"{share:.0f}%" if share >= 1 or share == 0 else f"{share:.1f}%"


def _cjk_pairs(t: str) -> set[str]:
    """A normalized text's two-character Chinese words (every adjacent pair)."""
    return {t[i:i + 2] for i in range(len(t) - 1) if has_cjk(t[i]) and has_cjk(t[i + 1])}


def _in_procedure_words(text: str) -> str:
    """品质异常 as 质量异常: a company's words replaced by the procedure's."""
    t = norm(text)
    for word, same in SAME_WORDS.items():
        t = t.replace(word, same)
    return t


def _word_pairs(text: str) -> set[str]:
    """A value's or label's two-character words, in the procedure's words, without those every complaint says."""
    return _cjk_pairs(_in_procedure_words(text)) - set(FILLER)


def _stem(header: str) -> str:
    """A header without its time word (竣工备案日期: 竣工备案)."""
    stem = norm(header)
    for suffix in TIME_SUFFIXES + ("日",):
        stem = stem.removesuffix(suffix)
    return stem


def _without_aside(name: str) -> str:
    return re.sub(r"[（(][^（）()]*[）)]", "", name).strip() or name


def _without_listing(name: str) -> str:
    """A step's name without the things its asides list (详查客户信息（企业基本信息、合同期限、…）), keeping an aside
    that only glosses a word (建设单位（开发商）)."""
    return re.sub(r"[（(][^（）()]*、[^（）()]*[）)]", "", name).strip() or name
