#!/usr/bin/env python3
"""Writes assets/reference/sdgs.json from a local git mirror of open-sdg/sdg-translations.

Usage: scripts/sdg_reference.py GIT_DIR [COMMIT]  (reads translations/<lang>/global_*.yml with
`git show`; the six UN languages only). Needs PyYAML. The JSON keeps the source and commit.
"""
import datetime
import json
import re
import subprocess
import sys

LANGS = {"ar": "ar", "zh": "zh-Hans", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}


def show(git_dir, commit, path):
    import yaml

    out = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
        check=True, capture_output=True,
    ).stdout
    return yaml.safe_load(out) or {}


def code_key(code):
    return [int(p) if p.isdigit() else 100 + ord(p) for p in code.split(".")]


def main():
    git_dir = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else "HEAD"
    sha = subprocess.run(["git", "--git-dir", git_dir, "rev-parse", commit],
                         check=True, capture_output=True, text=True).stdout.strip()
    goals, targets, indicators = {}, {}, {}
    for lang, folder in LANGS.items():
        for name, table, parts in (("global_goals", goals, 1), ("global_targets", targets, 2),
                                   ("global_indicators", indicators, 3)):
            data = show(git_dir, sha, f"translations/{folder}/{name}.yml")
            for key, value in data.items():
                m = re.fullmatch(r"([0-9a-z]+(?:-[0-9a-z]+)*)-(title|short)", str(key))
                if not m or m.group(1).count("-") != parts - 1:
                    continue
                code = m.group(1).replace("-", ".")
                entry = table.setdefault(code, {})
                entry.setdefault(m.group(2), {})[lang] = " ".join(str(value).split())
    out = {
        "source": "open-sdg/sdg-translations (https://github.com/open-sdg/sdg-translations), "
                  "translations/<language>/global_goals.yml, global_targets.yml and "
                  "global_indicators.yml: the UN's official texts of the goals, targets and "
                  "global indicators in the six UN languages; MIT License, Copyright (c) 2019 Open SDG",
        "commit": sha,
        "read_on": datetime.date.today().isoformat(),
        "languages": list(LANGS),
        "goals": [{"goal": int(c), **goals[c]} for c in sorted(goals, key=code_key)],
        "targets": [{"code": c, **targets[c]} for c in sorted(targets, key=code_key)],
        "indicators": [{"code": c, **indicators[c]} for c in sorted(indicators, key=code_key)],
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
