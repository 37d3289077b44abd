#!/usr/bin/env python3
"""Lays out a rule workbook as business tables from the service's table templates (issue #12).

    python3 src/main/scripts/rule-workbook.py truthfulness [in.xlsx] [out.xlsx]

Reads the values of every table from the existing workbook (found by header labels, so both the old layout with
Drools rows on top and this layout work), and writes a fresh workbook: one sheet per table with the rule id and a
short description first and frozen, a drop-down on every coded column fed from the 代码 Codes sheet, a comment on
every header saying what the column means with an example, word lists on the 词表 sheet instead of regular
expressions, print setup, and the 说明 and 测试用例 sheets. The service reads only the values; re-run this after a
template change (src/main/resources/cn/lifeinfo/compliance/<family>/decision-tables.json).
"""
import json
import re
import sys
import warnings

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

warnings.filterwarnings("ignore")

CODES_SHEET = "代码 Codes"
WORDS_SHEET = "词表 Words"
VALIDATED_ROWS = 300

# Pre-#12 workbooks wrote regular expressions; each becomes a word list (whole-value words, * = any text, ? = one
# character), and the old headers map to the new ones.
OLD_REGEX = {
    "(?i)(.*某某.*|客户.*|测试.*|test.*|.*宝宝|新生儿.*|.{1,2}(先生|女士|小姐)|.+之[子女])":
        ("占位姓名", ["*某某*", "客户*", "测试*", "test*", "*宝宝", "新生儿*", "?先生", "??先生", "?女士", "??女士",
                  "?小姐", "??小姐", "?*之子", "?*之女"],
         "占位或称谓,不是真实姓名 / placeholders and honorifics, not real names"),
    ".*(号|弄|栋|幢|座|单元|室|楼|层|户|村|组|屯|嘎查|寨|庄|队).*":
        ("门牌村组用词", ["*" + w + "*" for w in "号 弄 栋 幢 座 单元 室 楼 层 户 村 组 屯 嘎查 寨 庄 队".split()],
         "详细地址应含其中之一 / a detailed address should contain one of these"),
}
OLD_HEADERS = {
    "姓名匹配(正则) Name matches (regex)": "姓名属于词表 Name in word list",
    "详细地址不含(正则) Detail lacks (regex)": "详细地址不含词表中的词 Detail has no word of list",
}
SUMMARY_FROM = ("中文原因", "中文说明", "原因(中文)")

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
KEY_FILL = PatternFill("solid", fgColor="FFF2CC")
THIN = Side(style="thin", color="A6A6A6")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def norm(s):
    return re.sub(r"\s+", " ", str(s or "")).strip()


def read_values(ws, columns):
    """Rows of {label: value} under the header row of the table, whichever layout the sheet has."""
    labels = [norm(c["header"]) for c in columns]
    for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 30)):
        found = {OLD_HEADERS.get(norm(c.value), norm(c.value)): c.column for c in row if c.value is not None}
        if labels[0] in found or sum(1 for l in labels if l in found) > len(labels) // 2:
            header_row = row[0].row
            break
    else:
        raise SystemExit(f"{ws.title}: header row not found")
    rows = []
    for r in range(header_row + 1, ws.max_row + 1):
        values = {l: ws.cell(r, found[l]).value for l in labels if l in found}
        values = {k: v for k, v in values.items() if v not in (None, "")}
        if values:
            rows.append(values)
    return rows


def read_words(wb):
    words = {}
    for ws in wb:
        if not ws.title.startswith("词表"):
            continue
        for row in ws.iter_rows(min_row=2, values_only=True):
            if row and row[0] and row[1]:
                words.setdefault(row[0], {"words": [], "note": ""})["words"].append(row[1])
                if len(row) > 2 and row[2]:
                    words[row[0]]["note"] = row[2]
    return words


def grammar_text(g):
    t = g["type"]
    return {
        "YES_NO": "填 是 或 否 / 是 (yes) or 否 (no)",
        "NUMBER": f"数字 {g.get('min')}–{g.get('max')}" + (",整数 / whole number" if g.get("integer") else " / number"),
        "DATE": "日期 yyyy-MM-dd / date",
        "CODE": "从下拉列表选一个代码 / pick one code from the list",
        "CODES": "一个或多个代码,用逗号分隔 / one or more codes, comma-separated: " + ", ".join(g.get("codes", [])),
        "WORDS": "词表名称(见“词表”工作表)/ name of a word list on the 词表 sheet",
        "PATTERN": "按示例格式填写 / in the form of the example",
        "TEXT": "文字 / free text",
    }[t]


def comment_for(column, sample):
    g = column["grammar"]
    zh, _, en = column["header"].partition("\n")
    kind = ("条件:空白表示不限 / condition: blank = any" if column.get("when")
            else "必填 / required" if column.get("required") else "可选,仅供阅读 / optional, for readers")
    example = (column.get("examples") or [g.get("example") or sample or (g.get("codes") or [""])[0]])[0]
    if g["type"] == "YES_NO":
        example = "是"
    text = f"{zh}\n{en}\n{kind}\n{grammar_text(g)}"
    if example not in (None, ""):
        text += f"\n例 e.g. {example}"
    return Comment(text, "compliance-service", width=320, height=150)


def width_for(column):
    t = column["grammar"]["type"]
    if t == "TEXT":
        return 40
    if t in ("CODES", "PATTERN", "WORDS"):
        return 24
    if t == "CODE":
        return max(12, min(28, max(len(c) for c in column["grammar"]["codes"]) + 4))
    return 12


def build(family, src, dst):
    templates = json.load(open(f"src/main/resources/cn/lifeinfo/compliance/{family}/decision-tables.json",
                               encoding="utf-8"))
    old = openpyxl.load_workbook(src)
    words = read_words(old)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    readme = wb.create_sheet("说明 README")
    code_lists = {}  # name -> codes, in first-seen order

    def codes_ref(name, codes):
        # one list per distinct set of codes: Severity and Finding severity share a column
        name = next((n for n, c in code_lists.items() if c == codes), name)
        if name not in code_lists:
            code_lists[name] = codes
        col = get_column_letter(list(code_lists).index(name) + 1)
        return f"'{CODES_SHEET}'!${col}$2:${col}${len(codes) + 1}"

    for table in templates["tables"]:
        ws_old = old[table["sheet"]]
        columns = table["columns"]
        rows = read_values(ws_old, columns)
        ws = wb.create_sheet(table["sheet"])
        for i, column in enumerate(columns, start=1):
            cell = ws.cell(1, i, column["header"])
            cell.font = Font(bold=True)
            cell.fill = KEY_FILL if i <= 2 else HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            cell.border = BORDER
            sample = next((v[norm(column["header"])] for v in rows if norm(column["header"]) in v), None)
            cell.comment = comment_for(column, sample)
            ws.column_dimensions[get_column_letter(i)].width = width_for(column)
        ws.row_dimensions[1].height = 48
        summary_source = next((norm(c["header"]) for c in columns if c["header"].startswith(SUMMARY_FROM)), None)
        for r, values in enumerate(rows, start=2):
            longest = 1
            for i, column in enumerate(columns, start=1):
                label = norm(column["header"])
                v = values.get(label)
                if label == "简述 Summary" and v is None and summary_source:
                    v = values.get(summary_source)
                if column["grammar"]["type"] == "WORDS" and v in OLD_REGEX:
                    name, ws_words, note = OLD_REGEX[v]
                    words.setdefault(name, {"words": ws_words, "note": note})
                    v = name
                if column["grammar"]["type"] == "NUMBER" and isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v):
                    v = float(v)
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                cell = ws.cell(r, i, v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BORDER
                if v is not None:
                    longest = max(longest, -(-len(str(v)) // max(1, int(width_for(column) / 1.8))))
            ws.row_dimensions[r].height = min(90, 16 * longest)
        for i, column in enumerate(columns, start=1):
            g = column["grammar"]
            if g["type"] == "YES_NO":
                ref, strict = codes_ref("是否 Yes/No", ["是", "否"]), True
            elif g["type"] in ("CODE", "CODES"):
                ref, strict = codes_ref(norm(column["header"]), g["codes"]), g["type"] == "CODE"
            elif g["type"] == "WORDS":
                ref, strict = None, True
            else:
                continue
            if ref is None:
                continue
            dv = DataValidation(type="list", formula1=ref, allow_blank=True, showDropDown=False,
                                showErrorMessage=strict, showInputMessage=True)
            dv.promptTitle = column["header"].split("\n")[0][:32]
            dv.prompt = grammar_text(g)[:255]
            dv.errorTitle = "代码无效 / invalid code"
            dv.error = "请从下拉列表选择 / pick a value from the list"
            letter = get_column_letter(i)
            dv.add(f"{letter}2:{letter}{VALIDATED_ROWS}")
            ws.add_data_validation(dv)
        ws.freeze_panes = "C2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(2, len(rows) + 1)}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"

    # word lists referenced by WORDS columns: drop-down of list names
    if words:
        wsw = wb.create_sheet(WORDS_SHEET)
        for i, h in enumerate(["词表名称\nWord list", "词语\nWord", "说明\nNote"], start=1):
            c = wsw.cell(1, i, h)
            c.font = Font(bold=True)
            c.fill = HEADER_FILL
            c.alignment = Alignment(wrap_text=True)
        wsw.cell(1, 1).comment = Comment("词表名称,规则表中按此名称引用 / the name rule tables refer to\n例 e.g. 占位姓名",
                                         "compliance-service", width=300, height=100)
        wsw.cell(1, 2).comment = Comment("一行一个词,与整个值比较;* 表示任意文字,? 表示一个字,不区分大小写 / one word per row, "
                                         "matched against the whole value; * = any text, ? = one character\n"
                                         "例 e.g. 客户* (以“客户”开头 starts with), *号* (含“号” contains)",
                                         "compliance-service", width=320, height=140)
        r = 2
        for name, entry in words.items():
            for k, w in enumerate(entry["words"]):
                wsw.cell(r, 1, name)
                wsw.cell(r, 2, w)
                if k == 0:
                    wsw.cell(r, 3, entry["note"])
                r += 1
        wsw.column_dimensions["A"].width = 18
        wsw.column_dimensions["B"].width = 18
        wsw.column_dimensions["C"].width = 60
        wsw.freeze_panes = "A2"
        wsw.print_title_rows = "1:1"
        names = list(words)
        ref = codes_ref("词表名称 Word lists", names)
        for ws in wb:
            if ws.title in (WORDS_SHEET, "说明 README"):
                continue
            table = next((t for t in templates["tables"] if t["sheet"] == ws.title), None)
            for i, column in enumerate(table["columns"] if table else [], start=1):
                if column["grammar"]["type"] == "WORDS":
                    dv = DataValidation(type="list", formula1=ref, allow_blank=True, showInputMessage=True)
                    dv.promptTitle = "词表 Word list"
                    dv.prompt = grammar_text(column["grammar"])
                    dv.add(f"{get_column_letter(i)}2:{get_column_letter(i)}{VALIDATED_ROWS}")
                    ws.add_data_validation(dv)

    for ws_old in old:
        if "测试用例" in ws_old.title or "tests" in ws_old.title.lower():
            write_cases(wb.create_sheet(ws_old.title), ws_old)

    codes = wb.create_sheet(CODES_SHEET)
    for i, (name, values) in enumerate(code_lists.items(), start=1):
        codes.cell(1, i, name).font = Font(bold=True)
        for r, v in enumerate(values, start=2):
            codes.cell(r, i, v)
        codes.column_dimensions[get_column_letter(i)].width = max(14, min(30, len(name) + 2))

    write_readme(readme, old, templates)
    wb.save(dst)


# Test cases as tables (issue #12 item 2): one row per case, one column per input field (header: a Chinese label and
# the field's path on the last line), the JSON column only for what a table cannot hold (empty lists or objects).
NULL = "(空)"
LEAF_ZH = {
    "policyNo": "保单号", "businessType": "业务类型", "channel": "渠道", "code": "代码", "name": "姓名",
    "hasDeathBenefit": "含身故责任", "investmentLinked": "投资连结", "unit": "单位", "value": "数值",
    "applicationDate": "投保日期", "effectiveDate": "生效日期", "gender": "性别", "birthDate": "出生日期",
    "idType": "证件类型", "idNumber": "证件号码", "idValidUntil": "证件有效期", "mobile": "手机", "landline": "固话",
    "province": "省", "city": "市", "district": "区县", "detail": "详细地址",
    "relationshipToPolicyholder": "与投保人关系", "relationshipToInsured": "与被保险人关系", "order": "顺位",
    "sharePercent": "受益份额%", "beneficiaryDesignation": "受益人指定方式", "agentCode": "工号",
    "completed": "已完成", "userId": "用户", "role": "角色", "employmentStatus": "在职状态", "orgType": "机构类型",
    "branchCode": "机构代码", "action": "操作", "customerId": "客户号", "servicingAgentCode": "服务代理人",
    "salesOutletCode": "网点", "intermediaryOrgId": "中介机构", "dataSubjectAge": "客户年龄", "fields": "申请字段",
    "purpose": "目的", "asOf": "评估日", "date": "日期", "type": "类型", "suspectedCrime": "涉嫌犯罪",
    "id": "编号", "ticket": "工单", "approvalId": "审批编号", "legalBasis": "法律依据",
}
PREFIX_ZH = {
    "product": "产品", "coverageTerm": "保险期间", "policyholder": "投保人", "insured": "被保险人",
    "beneficiaries": "受益人", "salesperson": "销售人员", "salesRecording": "录音录像", "address": "地址",
    "subject": "访问人", "resource": "客户资料", "context": "情境", "violations": "违规", "outlet": "网点",
}


def flatten(node, path, fields, skeleton):
    if isinstance(node, dict):
        if not node and path:
            put(skeleton, path, {})
        for k, v in node.items():
            flatten(v, f"{path}.{k}" if path else k, fields, skeleton)
    elif isinstance(node, list):
        if not node:
            put(skeleton, path, [])
        elif all(isinstance(v, str) and "," not in v and v for v in node):
            fields[path + "[]"] = ", ".join(node)
        else:
            for i, v in enumerate(node):
                flatten(v, f"{path}[{i}]", fields, skeleton)
    else:
        fields[path] = NULL if node is None else node


def put(root, path, value):
    steps = (path[:-2] if path.endswith("[]") else path).split(".")
    at = root
    for i, step in enumerate(steps):
        last = i == len(steps) - 1
        name, _, index = step.partition("[")
        if not index:
            if last:
                at[name] = value
            else:
                at = at.setdefault(name, {})
            continue
        n = int(index[:-1])
        lst = at.setdefault(name, [])
        while len(lst) <= n:
            lst.append({})
        if last:
            lst[n] = value
        else:
            at = lst[n]


def unflatten(fields, skeleton):
    root = json.loads(json.dumps(skeleton))
    for path, v in fields.items():
        if path.endswith("[]"):
            v = [x.strip() for x in v.split(",") if x.strip()]
        elif v == NULL:
            v = None
        put(root, path, v)
    return root


def label(path):
    parts = re.findall(r"([A-Za-z]+)(?:\[(\d+)\])?", path)
    zh = ""
    for name, index in parts[:-1]:
        zh += PREFIX_ZH.get(name, "") + (str(int(index) + 1) if index else "")
    leaf = "名称" if parts[-1][0] == "name" and len(parts) > 1 and parts[-2][0] in ("product", "outlet") \
        else LEAF_ZH.get(parts[-1][0], "")
    return (zh + leaf + "\n" if leaf else "") + path


def write_cases(ws, ws_old):
    header = [c.value for c in ws_old[1]]
    find = lambda *starts: next(i for i, h in enumerate(header) if h and str(h).startswith(starts))
    c_id, c_out, c_rules = find("用例", "Case"), find("期望结论"), find("期望规则")
    c_in = next((i for i, h in enumerate(header) if h and str(h).startswith(("输入", "Input"))), None)
    c_note = next((i for i, h in enumerate(header) if h and str(h).startswith("说明")), None)
    field_cols = {i: str(h).split("\n")[-1] for i, h in enumerate(header)
                  if h and re.fullmatch(r"[a-z][A-Za-z0-9]*(\[\d+\])?(\.[a-z][A-Za-z0-9]*(\[\d+\])?)*(\[\])?",
                                        str(h).split("\n")[-1])}
    cases, paths = [], []
    for row in ws_old.iter_rows(min_row=2, values_only=True):
        if not row or not any(v not in (None, "") for v in row):
            continue
        record = json.loads(row[c_in]) if c_in is not None and row[c_in] else {}
        for i, path in field_cols.items():
            if row[i] not in (None, ""):
                put(record, path, [x.strip() for x in str(row[i]).split(",")] if path.endswith("[]")
                    else None if row[i] == NULL else row[i])
        fields, skeleton = {}, {}
        flatten(record, "", fields, skeleton)
        assert unflatten(fields, skeleton) == record, f"{ws_old.title} {row[c_id]}: not representable as a table"
        for p in fields:
            if p not in paths:
                paths.append(p)
        cases.append((row, fields, skeleton))
    heads = [header[c_id], header[c_note] if c_note is not None else "说明\nNote", header[c_out], header[c_rules]]
    heads += [label(p) for p in paths]
    heads.append("输入 JSON(仅用于表格无法表达的内容)\nInput JSON (only what the table cannot hold)")
    for i, h in enumerate(heads, start=1):
        c = ws.cell(1, i, h)
        c.font = Font(bold=True)
        c.fill = KEY_FILL if i <= 4 else HEADER_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(i)].width = 12 if i > 4 else (30 if i == 2 else 14)
    for i, h in enumerate(heads[4:-1], start=5):
        ws.cell(1, i).comment = Comment(f"输入字段 input field {h.split(chr(10))[-1]}\n空白 = 不提供 absent; (空) = null"
                                        f"\n例 e.g. {next((c[1].get(paths[i - 5]) for c in cases if c[1].get(paths[i - 5]) is not None), '')}",
                                        "compliance-service", width=260, height=90)
    ws.cell(1, len(heads)).comment = Comment("JSON,仅用于表格无法表达的内容(空列表、空对象、少见的记录);同一行字段列的值覆盖其上。"
                                             "\nJSON only for what the table cannot hold (empty lists or objects, unusual "
                                             "records); the row's field cells are laid over it.\n例 e.g. {\"context\": {}}",
                                             "compliance-service", width=320, height=120)
    first = cases[0][0] if cases else [""] * len(header)
    for i, text in enumerate(["用例编号,唯一 / case id, unique\n例 e.g. " + str(first[c_id]),
                              "用例说明 / what the case shows\n例 e.g. " + str(first[c_note] if c_note is not None else ""),
                              "期望结论 / expected outcome\n例 e.g. " + str(cases[0][0][c_out] if cases else ""),
                              "期望规则编号,逗号分隔;- 表示无 / expected rule ids, comma-separated; - for none\n例 e.g. "
                              + str(next((c[0][c_rules] for c in cases if c[0][c_rules] not in (None, "-")), "-"))],
                             start=1):
        ws.cell(1, i).comment = Comment(text, "compliance-service", width=260, height=90)
    for r, (row, fields, skeleton) in enumerate(cases, start=2):
        values = [row[c_id], row[c_note] if c_note is not None else None, row[c_out], row[c_rules]]
        values += [fields.get(p) for p in paths]
        values.append(json.dumps(skeleton, ensure_ascii=False) if skeleton else None)
        for i, v in enumerate(values, start=1):
            ws.cell(r, i, v).alignment = Alignment(wrap_text=i == 2, vertical="top")
        ws.row_dimensions[r].height = 32
    ws.column_dimensions[get_column_letter(len(heads))].width = 30
    ws.freeze_panes = "B2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToHeight = 0
    ws.row_dimensions[1].height = 60


README_RULES = [
    "如何使用本工作簿 / How to use this workbook",
    "",
    "每个规则工作表是一张业务表:第一行是表头,以下每一行是一条规则。A列为规则编号,B列为简述,这两列和表头冻结,滚动时始终可见。",
    "Each rule sheet is a business table: row 1 holds the headers, every row below is one rule. Column A is the rule id, "
    "column B a short description; both and the header row stay visible when scrolling.",
    "条件列:空白表示不限;填写时须全部满足,规则才生效。结果列(规则编号、严重程度、原因等)必填。",
    "Condition columns: blank means any; a rule applies when every filled condition holds. Result columns are required.",
    "表头的批注说明该列的含义和示例;带下拉箭头的列请从列表中选择代码(代码表见“代码 Codes”工作表)。",
    "Each header has a comment with the column's meaning and an example; coded columns have a drop-down fed from the "
    "代码 Codes sheet.",
    "不要使用正则表达式:需要匹配姓名或地址中的词语时,在“词表”工作表中维护词表,一行一个词(* 表示任意文字,? 表示一个字),在规则中填写词表名称。",
    "No regular expressions: to match words in a name or address, keep a word list on the 词表 sheet (one word per row, "
    "* = any text, ? = one character) and write the list's name in the rule.",
    "",
    "新增规则 / Add a rule: 在表格最后一条规则下方的下一行填写(不要留空行),规则编号与原因文本须与《规则目录》一致;在“测试用例”工作表中增加一个用例。",
    "Write it on the row right below the last rule (no blank rows); rule id and reasons must match the rules catalog; "
    "add a test case on the 测试用例 sheet.",
    "修改规则 / Change a rule: 直接修改该行的单元格;不要移动、插入、删除或改名任何列,表头须保持原样。",
    "Edit the cells of its row; do not move, insert, delete or rename columns — the headers must stay as they are.",
    "停用规则 / Retire a rule: 删除整行(右键→删除行),使下方的规则上移;不要只清空单元格而留下空行。",
    "Delete the whole row so the rules below move up; do not leave a blank row behind.",
    "",
    "上传后,服务按其自有的模板检查每个单元格(是/否、数字范围、日期、代码、词表名称、规则编号格式),任何问题都会以 工作表/行/列 指出,问题修正前不会编译。",
    "On upload the service checks every cell against its own templates (yes/no, number range, date, code, word list, "
    "rule-id form) and names sheet, row and column for every problem; nothing is compiled until all are fixed.",
    "测试用例 / Test cases: 每行一个用例,每列一个输入字段(表头最后一行是字段路径;空白 = 不提供,(空) = null),"
    "另有期望结论和期望规则;最后的 JSON 列只用于表格无法表达的内容。上传和首次启动时运行,任一用例不通过则该版本被拒绝。",
    "One case per row, one column per input field (its path on the header's last line; blank = absent, (空) = null), "
    "plus the expected outcome and rule ids; the last JSON column only for what a table cannot hold. A failing case "
    "rejects the version.",
    "可以用 Excel、WPS 或 LibreOffice 编辑并保存为 .xlsx。 / Edit with Excel, WPS or LibreOffice and save as .xlsx.",
    "",
]


def write_readme(ws, old, templates):
    lines = list(README_RULES)
    if "说明 README" in old.sheetnames:
        lines.append("规则说明 / About these rules")
        texts = [row[0] for row in old["说明 README"].iter_rows(values_only=True) if row and row[0]]
        if "规则说明 / About these rules" in texts:  # laid out by this script before: keep only the family's part
            texts = texts[texts.index("规则说明 / About these rules") + 1:]
        lines += [t for t in texts if not re.search(r"RuleSet|CONDITION|ACTION|\$param|正则|regex|JSON", str(t))]
    for r, text in enumerate(lines, start=1):
        c = ws.cell(r, 1, text)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if r == 1 or text in ("规则说明 / About these rules",):
            c.font = Font(bold=True, size=12)
    ws.column_dimensions["A"].width = 140
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


if __name__ == "__main__":
    fam = sys.argv[1]
    src = sys.argv[2] if len(sys.argv) > 2 else f"rules/{fam}/{fam}.xlsx"
    dst = sys.argv[3] if len(sys.argv) > 3 else src
    build(fam, src, dst)
