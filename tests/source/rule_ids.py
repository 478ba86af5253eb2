#!/usr/bin/env python3
"""Every rule id a stage reports is a row of the rule table, at the severity the table gives,
and every row is reported somewhere: src/check/rule_table.cpp stays the one list of rules.

The table is read from README.md, which tests/unit/rule_table_test.cpp keeps equal to
src/check/rule_table.cpp. A report is a call `x.error(location, "rule.id", ...)` or
`x.warning(...)` in src/; its rule must be a string literal, so this test can see it."""
import pathlib
import re
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
CALL = re.compile(r"(?:\.|->)(error|warning)\(")


def readme_rules():
    rules, in_rules = {}, False
    for line in (ROOT / "README.md").read_text().splitlines():
        if line.startswith("## "):
            in_rules = line == "## Rules"
        elif in_rules and line.startswith("| `"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            rules[cells[0].strip("`")] = cells[1]
    return rules


def arguments(text, start):
    """The top-level arguments of the call whose '(' is just before text[start]."""
    args, depth, current, i = [], 0, [], start
    while i < len(text):
        c = text[i]
        if c in "\"'":
            end = i + 1
            while text[end] != c:
                end += 2 if text[end] == "\\" else 1
            current.append(text[i:end + 1])
            i = end + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                args.append("".join(current).strip())
                return args
            depth -= 1
        elif c == "," and depth == 0:
            args.append("".join(current).strip())
            current = []
            i += 1
            continue
        current.append(c)
        i += 1
    return args


def main():
    table = readme_rules()
    problems, reported = [], set()
    for path in sorted((ROOT / "src").rglob("*.[ch]pp")):
        text = path.read_text()
        for m in CALL.finditer(text):
            args = arguments(text, m.end())
            if len(args) < 3:
                continue  # not a Diagnostics report (e.g. an accessor named error())
            where = f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, m.start()) + 1}"
            rule = args[1]
            if not re.fullmatch(r'"[a-z-]+\.[a-z-]+"', rule):
                problems.append(f"{where}: rule id {rule} is not a string literal rule id")
                continue
            rule = rule.strip('"')
            reported.add(rule)
            severity = table.get(rule)
            if severity is None:
                problems.append(f"{where}: rule '{rule}' is not in the rule table "
                                "(src/check/rule_table.cpp, README.md)")
            elif m.group(1) not in severity:
                problems.append(f"{where}: rule '{rule}' reported as {m.group(1)}, "
                                f"the table says {severity}")
    for rule in sorted(set(table) - reported):
        problems.append(f"rule '{rule}' is in the rule table but nothing in src/ reports it")
    for p in problems:
        print(p)
    print(f"{len(reported)} rule ids reported, {len(table)} in the table")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
