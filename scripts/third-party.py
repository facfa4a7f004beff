#!/usr/bin/env python3
"""The list of third-party software compiled into CityRights' two programs and its page, with
each one's licence, for the packages (`/usr/share/doc/cityrights/third-party.txt`).

Rust crates: `cargo tree` of the normal (not build, not test) dependencies of the core and the
desktop shell, for Linux, as the lock file pins them. Web packages: the production packages of
`ui/package-lock.json`, and Svelte, whose runtime the compiler writes into the page. Fonts:
see the `copyright` file beside it.

Usage: scripts/third-party.py [OUTPUT]   (default: print to stdout). `--check FILE` fails when
FILE is not what would be written now (run by `make test-package`).
"""
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def crates():
    # The desktop shell's crates may not be downloaded yet (`make lint` runs before its build on
    # a fresh machine): fetch what the lock file pins for Linux first; nothing is fetched twice.
    subprocess.run(["cargo", "fetch", "--locked", "--target", "x86_64-unknown-linux-gnu"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run(
        ["cargo", "tree", "-e", "normal", "-p", "cityrights", "-p", "cityrights-desktop",
         "--prefix", "none", "--format", "{p}|{l}", "--target", "x86_64-unknown-linux-gnu",
         "--locked", "--offline"],
        cwd=ROOT, check=True, capture_output=True, text=True).stdout
    rows = set()
    for line in out.splitlines():
        line = line.replace(" (*)", "").strip()
        if "|" not in line:
            continue
        package, licence = line.split("|", 1)
        name_version = package.split(" (")[0]  # drop a path or registry in brackets
        if name_version.startswith(("cityrights ", "cityrights-desktop ", "cityrights-desktop-macros ")):
            continue
        rows.add((name_version, licence or "(no licence field: see the crate)"))
    return sorted(rows)


def web_packages():
    lock = json.loads((ROOT / "ui" / "package-lock.json").read_text())
    rows = set()
    for path, p in lock["packages"].items():
        if not path:
            continue
        name = path.split("node_modules/")[-1]
        if not p.get("dev") or name == "svelte":
            rows.add((f"{name} {p.get('version', '')}", p.get("license", "(no licence field)")))
    return sorted(rows)


def text():
    import tomllib
    version = tomllib.loads((ROOT / "Cargo.toml").read_text())["package"]["version"]
    lines = [
        f"Third-party software in CityRights {version}",
        "",
        "Each is used under its own licence, named here by its SPDX identifier; where a choice",
        "is offered (\"MIT OR Apache-2.0\"), CityRights uses it under either. The texts of the",
        "common licences are in /usr/share/common-licenses on Debian and Ubuntu, and in each",
        "package's source (crates.io, npmjs.com). The fonts are listed in the copyright file.",
        "",
        "Rust crates compiled into cityrights and cityrights-desktop:",
    ]
    lines += [f"  {n} — {l}" for n, l in crates()]
    lines += ["", "Web packages compiled into the app's page:"]
    lines += [f"  {n} — {l}" for n, l in web_packages()]
    return "\n".join(lines) + "\n"


def main(argv):
    if len(argv) == 3 and argv[1] == "--check":
        want = text()
        have = pathlib.Path(argv[2]).read_text()
        if want != have:
            sys.exit(f"{argv[2]} is out of date: run scripts/third-party.py {argv[2]}")
        return
    out = text()
    if len(argv) == 2:
        pathlib.Path(argv[1]).write_text(out)
    else:
        sys.stdout.write(out)


if __name__ == "__main__":
    main(sys.argv)
