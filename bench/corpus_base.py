"""What bench/gen-corpus and bench/aims_records.py share: the build date, the owner roster
and the writers of dates, YAML strings and files."""

import datetime
import json
import os

BUILD_DATE = datetime.date(2026, 11, 1)

OWNERS = [
    ("ceo", "Eleanor Marsh", "Chief Executive Officer"),
    ("cro", "Rajiv Menon", "Chief Risk Officer"),
    ("ciso", "Tomasz Kowalczyk", "Chief Information Security Officer"),
    ("dpo", "Aisling Byrne", "Data Protection Officer"),
    ("head-ml", "Priya Natarajan", "Head of Machine Learning"),
    ("head-data", "Marcus Oyelaran", "Head of Data Platform and Governance"),
    ("head-product", "Sofia Lindqvist", "Head of Product"),
    ("compliance-lead", "Hannah Cole", "AI Compliance Lead"),
    ("head-audit", "Jürgen Weiß", "Head of Internal Audit"),
    ("head-people", "Chloé Durand", "Head of People"),
    ("head-ops", "Kwame Asante", "Head of Operations"),
    ("procurement-lead", "Mei Tanaka", "Procurement Lead"),
]


def top_group(parent):
    """The top-level catalog group of a requirement's parent: its clause ("9" for 9.2) or
    its Annex A group (A.6 for A.6.2)."""
    return parent.split(".")[0] if not parent.startswith("A.") else ".".join(parent.split(".")[:2])


def yaml_str(s):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def yaml_list(items):
    return "[%s]" % ", ".join(yaml_str(i) for i in items)


def day(offset):
    """The date `offset` days after the build date."""
    return (BUILD_DATE + datetime.timedelta(days=offset)).isoformat()


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
