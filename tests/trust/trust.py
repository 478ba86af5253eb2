#!/usr/bin/python3
"""Signing, verifying and bundling a portal, checked with aimsdoc and with the stock tools
a recipient has (minisign, sha256sum, unzip).

  keygen      key pair written, secret key mode 0600, refused inside the AIMS root
  roundtrip   build --sign, then verify (with --pub and without), minisign -Vm and
              sha256sum -c accept; the trusted comment names organization, date, version
              and the git commit
  tamper      one byte changed, a file removed, a file added, manifest edited, SHA256SUMS
              edited, a signature from another key: each fails verify with its message
  key-sources $AIMSDOC_SIGNING_KEY and site.yaml signing_key sign too; a key inside the
              root is refused
  bundle      two bundles of the same input are byte-identical; unzip opens it; verify
              accepts the zip and rejects a tampered one
"""
import os
import pathlib
import shutil
import stat
import subprocess
import sys
import tempfile
import warnings
import zipfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "ci"))
from common import copy_example  # noqa: E402  (the whole example AIMS)


def run(*args, cwd=None, env=None):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=300,
                          cwd=cwd, env=env)


def keygen(aimsdoc, tmp, name):
    key, pub = tmp / "keys" / f"{name}.key", tmp / f"{name}.pub"
    r = run(aimsdoc, "keygen", "--key", key, "--pub", pub, "--root", tmp / "aims")
    assert r.returncode == 0, r.stderr
    return key, pub


def signed_build(aimsdoc, root, out, key):
    r = run(aimsdoc, "build", "--root", root, "--out", out, "--sign", key)
    assert r.returncode == 0, r.stderr
    return out


def verify(aimsdoc, target, pub=None):
    args = [aimsdoc, "verify", target] + (["--pub", pub] if pub else [])
    return run(*args)


def expect_failure(aimsdoc, target, pub, *messages):
    r = verify(aimsdoc, target, pub)
    assert r.returncode == 1, (target, r.stdout, r.stderr)
    for m in messages:
        assert m in r.stdout, (m, r.stdout)
    assert "NOT VERIFIED" in r.stdout, r.stdout


def test_keygen(aimsdoc, src, tmp):
    root = copy_example(src, tmp)
    key, pub = keygen(aimsdoc, tmp, "k")
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert pub.read_text().startswith("untrusted comment: minisign public key ")
    inside = run(aimsdoc, "keygen", "--key", root / "keys" / "x.key", "--pub", tmp / "x.pub",
                 "--root", root)
    assert inside.returncode == 2 and "inside the AIMS root" in inside.stderr, inside.stderr
    assert not (root / "keys" / "x.key").exists()
    again = run(aimsdoc, "keygen", "--key", key, "--pub", pub, "--root", root)
    assert again.returncode == 2 and "--force" in again.stderr, again.stderr


def test_roundtrip(aimsdoc, src, tmp):
    key, pub = keygen(aimsdoc, tmp, "k")
    out = signed_build(aimsdoc, src, tmp / "portal", key)
    r = verify(aimsdoc, out, pub)
    assert r.returncode == 0 and "VERIFIED" in r.stdout and "signature: good" in r.stdout, r.stdout
    own = verify(aimsdoc, out)
    assert own.returncode == 0 and "pass --pub" in own.stdout, own.stdout
    m = run("minisign", "-Vm", "manifest.json", "-p", "aimsdoc.pub", cwd=out)
    assert m.returncode == 0, m.stdout + m.stderr
    m = run("minisign", "-Vm", out / "manifest.json", "-p", pub)
    assert m.returncode == 0, m.stdout + m.stderr
    comment = m.stdout
    head = run("git", "-C", src, "rev-parse", "HEAD").stdout.strip()
    assert len(head) == 40
    for part in ("organization: Northwind Lending Ltd", "build_date: 2026-", "aimsdoc: ",
                 f"commit: {head}"):
        assert part in comment, (part, comment)
    sums = run("sha256sum", "--strict", "-c", "SHA256SUMS", cwd=out)
    assert sums.returncode == 0, sums.stdout[-2000:] + sums.stderr
    listed = {line.split("  ", 1)[1] for line in (out / "SHA256SUMS").read_text().splitlines()}
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert listed == on_disk - {"SHA256SUMS"}, on_disk ^ listed
    # A second signed build of the same input is byte-identical, signature included.
    again = signed_build(aimsdoc, src, tmp / "portal2", key)
    for name in ("manifest.json", "manifest.json.minisig", "SHA256SUMS"):
        assert (out / name).read_bytes() == (again / name).read_bytes(), name


def tampered_copy(portal, tmp, name):
    copy = tmp / name
    shutil.copytree(portal, copy)
    return copy


def test_tamper(aimsdoc, src, tmp):
    key, pub = keygen(aimsdoc, tmp, "k")
    other_key, other_pub = keygen(aimsdoc, tmp, "other")
    out = signed_build(aimsdoc, src, tmp / "portal", key)
    other = signed_build(aimsdoc, src, tmp / "other-portal", other_key)

    p = tampered_copy(out, tmp, "byte")
    page = p / "index.html"
    data = bytearray(page.read_bytes())
    data[100] ^= 0x01
    page.write_bytes(bytes(data))
    expect_failure(aimsdoc, p, pub, "index.html: error: changed: its SHA-256 differs")

    p = tampered_copy(out, tmp, "removed")
    (p / "soa.xlsx").unlink()
    expect_failure(aimsdoc, p, pub, "soa.xlsx: error: missing")

    p = tampered_copy(out, tmp, "added")
    (p / "policies" / "injected.html").write_text("<p>added later</p>")
    expect_failure(aimsdoc, p, pub, "policies/injected.html: error: extra")

    p = tampered_copy(out, tmp, "manifest")
    manifest = p / "manifest.json"
    manifest.write_text(manifest.read_text().replace("Northwind", "Southwind", 1))
    expect_failure(aimsdoc, p, pub, "manifest.json.minisig: error: the signature does not match")
    assert run("minisign", "-Vm", manifest, "-p", pub).returncode != 0

    p = tampered_copy(out, tmp, "sums")
    sums = p / "SHA256SUMS"
    sums.write_text(sums.read_text().replace("index.html\n", "index.htm\n"))
    expect_failure(aimsdoc, p, pub, "SHA256SUMS: error: changed")

    p = tampered_copy(out, tmp, "other-signature")
    shutil.copy(other / "manifest.json.minisig", p / "manifest.json.minisig")
    expect_failure(aimsdoc, p, pub, "manifest.json.minisig: error: the signature was made with key")
    # The other key's own signature is valid, but not by the key the recipient trusts.
    expect_failure(aimsdoc, other, pub, "not with the given public key")

    p = tampered_copy(out, tmp, "unsigned")
    (p / "manifest.json.minisig").unlink()
    expect_failure(aimsdoc, p, pub, "manifest.json.minisig: error: missing")


def test_key_sources(aimsdoc, src, tmp):
    root = copy_example(src, tmp)
    key, pub = keygen(aimsdoc, tmp, "k")
    env = dict(os.environ, AIMSDOC_SIGNING_KEY=str(key))
    r = run(aimsdoc, "build", "--root", root, "--out", tmp / "by-env", env=env)
    assert r.returncode == 0, r.stderr
    assert verify(aimsdoc, tmp / "by-env", pub).returncode == 0
    with open(root / "site.yaml", "a") as f:
        f.write(f"signing_key: {key}\n")
    r = run(aimsdoc, "build", "--root", root, "--out", tmp / "by-site")
    assert r.returncode == 0, r.stderr
    ok = verify(aimsdoc, tmp / "by-site", pub)
    assert ok.returncode == 0, ok.stdout
    assert "commit:" not in ok.stdout  # a copy outside any git repository
    shutil.copy(key, root / "inside.key")
    r = run(aimsdoc, "build", "--root", root, "--out", tmp / "inside", "--sign",
            root / "inside.key")
    assert r.returncode == 2 and "inside the AIMS root" in r.stderr, r.stderr
    assert not (tmp / "inside").exists()


def test_bundle(aimsdoc, src, tmp):
    root = copy_example(src, tmp)
    key, pub = keygen(aimsdoc, tmp, "k")
    first = tmp / "first" / "northwind-aims.zip"
    second = tmp / "second" / "northwind-aims.zip"
    first.parent.mkdir()
    second.parent.mkdir()
    r = run(aimsdoc, "bundle", "--root", root, "--sign", key, "--out", first)
    assert r.returncode == 0, r.stderr
    shutil.rmtree(root / "_site")
    r = run(aimsdoc, "bundle", "--root", root, "--sign", key, "--out", second, "--force")
    assert r.returncode == 0, r.stderr
    assert first.read_bytes() == second.read_bytes(), "two bundles of one input differ"
    t = run("unzip", "-t", first)
    assert t.returncode == 0, t.stdout
    with zipfile.ZipFile(first) as z:
        names = z.namelist()
        assert names == sorted(names)
        assert all(n.startswith("northwind-aims/") for n in names)
        assert "northwind-aims/index.html" in names and "northwind-aims/soa.xlsx" in names
    r = verify(aimsdoc, first, pub)
    assert r.returncode == 0 and "signature: good" in r.stdout, r.stdout
    extracted = tmp / "extracted"
    assert run("unzip", "-q", first, "-d", extracted).returncode == 0
    assert verify(aimsdoc, extracted / "northwind-aims", pub).returncode == 0
    sums = run("sha256sum", "-c", "SHA256SUMS", cwd=extracted / "northwind-aims")
    assert sums.returncode == 0, sums.stdout[-2000:]
    # A zip with one entry changed no longer verifies.
    bad = tmp / "bad.zip"
    with zipfile.ZipFile(first) as z, zipfile.ZipFile(bad, "w") as w:
        for info in z.infolist():
            data = z.read(info)
            if info.filename.endswith("/index.html"):
                data = data.replace(b"<", b"< ", 1)
            w.writestr(info, data)
    expect_failure(aimsdoc, bad, pub, "index.html: error: changed")
    # A zip holding a path twice: an unzip keeps one copy, so neither is vouched for.
    twice = tmp / "twice.zip"
    with zipfile.ZipFile(first) as z, zipfile.ZipFile(twice, "w") as w:
        for info in z.infolist():
            w.writestr(info, z.read(info))
            if info.filename.endswith("/index.html"):
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # zipfile warns of the duplicate name
                    w.writestr(info.filename, b"<p>another index</p>")
    expect_failure(aimsdoc, twice, pub, "index.html: error: repeated")
    # Without --out the zip sits beside the portal folder, also when site.yaml writes it "_site/".
    site = root / "site.yaml"
    site.write_text(site.read_text().replace("output: _site\n", "output: _site/\n"))
    r = run(aimsdoc, "bundle", "--root", root, "--force")
    assert r.returncode == 0, r.stderr
    assert (root / "_site.zip").is_file() and not (root / "_site" / ".zip").exists()


def main():
    aimsdoc, src, scenario = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]), sys.argv[3]
    tests = {"keygen": test_keygen, "roundtrip": test_roundtrip, "tamper": test_tamper,
             "key-sources": test_key_sources, "bundle": test_bundle}
    with tempfile.TemporaryDirectory() as d:
        tests[scenario](aimsdoc, src.resolve(), pathlib.Path(d))
    print(f"trust.{scenario}: ok")


if __name__ == "__main__":
    main()
