#!/usr/bin/python3
"""The portal of a generated corpus stays openable as it grows: no file of the N=1000
bench corpus (its handbook alone would be 9.6 MB in one page) is larger than the limit,
and the handbook comes in volumes that hold every approved policy exactly once, with
every link between handbook policies landing on an id of the volume it names. The
policies register comes in pages that list every policy exactly once and link to each
other; a row of the SoA names its first policies and how many more its control's page
lists, which add up to that page's policies.

usage: scale_check.py AIMSDOC SOURCE_DIR
"""
import html.parser
import os
import re
import subprocess
import sys
import tempfile

N = 1000
MAX_FILE_BYTES = 10_000_000  # issue 19: the largest single file stays under 10 MB


class Volume(html.parser.HTMLParser):
    """Ids, handbook links and the volume list of one handbook page."""

    def __init__(self):
        super().__init__()
        self.ids, self.links, self.sections, self.volume_hrefs = set(), [], [], []
        self.in_volumes = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "section" and "handbook-policy" in a.get("class", ""):
            self.sections.append(a["id"])
        if tag == "nav" and "handbook-volumes" in a.get("class", ""):
            self.in_volumes = True
        href = a.get("href", "") if tag == "a" else ""
        if self.in_volumes and href:
            self.volume_hrefs.append(href)
        elif re.match(r"^(handbook(-\d+)?\.html)?#policy-", href):
            self.links.append(href)

    def handle_endtag(self, tag):
        if tag == "nav":
            self.in_volumes = False


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def main():
    aimsdoc, src = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        corpus, site = os.path.join(tmp, "corpus"), os.path.join(tmp, "site")
        subprocess.run(["/usr/bin/python3", os.path.join(src, "bench/gen-corpus"), str(N), corpus],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run([aimsdoc, "build", "--root", corpus, "--out", site], check=True,
                       stdout=subprocess.DEVNULL)
        largest = max((os.path.getsize(os.path.join(d, f)), os.path.join(d, f))
                      for d, _, files in os.walk(site) for f in files)
        print("largest file: %s, %d bytes" % (os.path.relpath(largest[1], site), largest[0]))
        if largest[0] > MAX_FILE_BYTES:
            fail("%s is larger than %d bytes" % (largest[1], MAX_FILE_BYTES))

        pages = sorted((f for f in os.listdir(site) if re.fullmatch(r"handbook(-\d+)?\.html", f)),
                       key=lambda f: int(re.sub(r"\D", "", f) or 1))
        volumes = {}
        for page in pages:
            v = Volume()
            with open(os.path.join(site, page), encoding="utf-8") as f:
                v.feed(f.read())
            volumes[page] = v
        print("volumes: %d" % len(volumes))
        if len(volumes) < 2:
            fail("the handbook of %d policies is one page" % N)
        listed = [h for h in volumes["handbook.html"].volume_hrefs]
        for page, v in volumes.items():
            others = sorted(set(pages) - {page})
            if sorted(v.volume_hrefs) != others:
                fail("%s lists the volumes %s, not %s" % (page, v.volume_hrefs, others))
        if sorted(listed + ["handbook.html"]) != sorted(pages):
            fail("handbook.html does not list every volume")

        sections = [s for v in volumes.values() for s in v.sections]
        if len(sections) != len(set(sections)):
            fail("a policy is in two volumes")
        with open(os.path.join(site, "handbook.html"), encoding="utf-8") as f:
            approved = int(re.search(r"<dd>(\d+) approved</dd>", f.read()).group(1))
        if len(sections) != approved:
            fail("%d policy sections across volumes, %d approved" % (len(sections), approved))

        crossing = 0
        for page, v in volumes.items():
            for link in v.links:
                target, anchor = link.split("#", 1)
                target = target or page
                if anchor not in volumes[target].ids:
                    fail("%s links to %s, which is not an id there" % (page, link))
                crossing += target != page
        print("links between handbook policies: %d, %d of them to another volume"
              % (sum(len(v.links) for v in volumes.values()), crossing))
        if crossing == 0:
            fail("no link crosses volumes: the test shows nothing")
        check_register_pages(site)
        check_capped_rows(site)
    print("ok")


def read(site, page):
    with open(os.path.join(site, page), encoding="utf-8") as f:
        return f.read()


def check_register_pages(site):
    pages = [f for f in os.listdir(site) if re.fullmatch(r"policies(-\d+)?\.html", f)]
    if len(pages) < 2:
        fail("the register of %d policies is one page" % N)
    seen = []
    for page in pages:
        text = read(site, page)
        nav, table = text.split('<section class="panel">', 1)
        rows = re.findall(r'<td><a href="(policies/[^"]+)" class="id">', table)
        if len(rows) > 500:
            fail("%s has %d rows" % (page, len(rows)))
        seen += rows
        linked = set(re.findall(r'<li><a href="(policies(?:-\d+)?\.html)">', nav))
        if linked != set(pages) - {page}:
            fail("%s links to the register pages %s, not the others of %s" % (page, linked, pages))
    every = sorted("policies/" + f for f in os.listdir(os.path.join(site, "policies")))
    if sorted(seen) != every:
        fail("the register pages list %d policies (%d distinct), the portal has %d"
             % (len(seen), len(set(seen)), len(every)))
    print("register pages: %d, %d policies" % (len(pages), len(seen)))


def check_capped_rows(site):
    capped = 0
    for row in read(site, "soa.html").split("<tr")[1:]:
        control = re.search(r'href="(controls/[^"]+)"', row)
        if not control:
            continue
        shown = len(set(re.findall(r'href="(policies/[^"]+)"', row)))
        more = re.search(r">and (\d+) more</a>", row)
        listed = len(set(re.findall(r'href="\.\./(policies/[^"]+)"', read(site, control.group(1)))))
        if shown + (int(more.group(1)) if more else 0) != listed:
            fail("the SoA row of %s shows %d policies and %s more; its page lists %d"
                 % (control.group(1), shown, more.group(1) if more else "no", listed))
        capped += more is not None
    if capped == 0:
        fail("no SoA row names more policies than it shows: the test shows nothing")
    print("SoA rows naming more policies than they show: %d" % capped)


main()
