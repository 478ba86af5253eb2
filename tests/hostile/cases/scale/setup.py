"""Large but legal: 2000 policies, a record with 25000 evidence items (URLs), an owner
roster of 20000. The check must stay fast: nothing may be quadratic in the number of items."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
head = ('---\nid: POL-S{n}\ntitle: Policy {n}\nowner: alice\nversion: "1"\napproved_by: alice\n'
        'effective: 2026-01-01\nreview_by: 2027-01-01\ncovers: ["1.1"]\n---\n'
        '# Policy {n}\nSee [the next](p{m}.md).\n')
for n in range(2000):
    (root / f"content/p{n}.md").write_text(head.format(n=n, m=(n + 1) % 2000))
items = "".join(f"  - {{id: EV-{n}, title: Item {n}, url: 'https://example.com/{n}', "
                f"collected: 2026-03-01}}\n" for n in range(25000))
record = root / "controls/A.1.2.yaml"
record.write_text(record.read_text() + items)
site = root / "site.yaml"
site.write_text(site.read_text() + "".join(
    f"  - id: user-{n}\n    name: User {n}\n    role: Staff\n" for n in range(20000)))
