#!/usr/bin/python3
"""What the platform's accessibility layer (AT-SPI, which Orca and every Linux screen reader
read) says about the object that has the keyboard focus in CityRights: its name, role,
description and states, as JSON on stdout — read fresh, not from a screen reader's cache.
With `--apps`: the names of the applications registered with it (Orca is one once it runs).

Run with Debian's own Python (`/usr/bin/python3`): pyatspi is python3-pyatspi's. Used by
tests/e2e/specs/screen-reader.test.mjs.
"""
import json
import sys

import pyatspi

SKIPPED_ROLES = {pyatspi.ROLE_FRAME, pyatspi.ROLE_SCROLL_PANE, pyatspi.ROLE_DOCUMENT_WEB}
MAX_DEPTH = 60


def focused(obj, depth=0):
    try:
        states = obj.getState()
    except Exception:
        return None
    if states.contains(pyatspi.STATE_FOCUSED) and obj.getRole() not in SKIPPED_ROLES:
        return obj
    if depth > MAX_DEPTH:
        return None
    for i in range(obj.childCount):
        try:
            child = obj.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            found = focused(child, depth + 1)
            if found is not None:
                return found
    return None


def main():
    if sys.argv[1:] == ["--apps"]:
        print(json.dumps([a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]))
        return 0
    for app in pyatspi.Registry.getDesktop(0):
        if app is None or app.name != "cityrights-desktop":
            continue
        obj = focused(app)
        if obj is None:
            continue
        print(json.dumps({
            "name": obj.name,
            "role": obj.getRoleName(),
            "description": obj.description,
            "states": [pyatspi.stateToString(s) for s in obj.getState().getStates()],
        }))
        return 0
    print(json.dumps(None))
    return 1


if __name__ == "__main__":
    sys.exit(main())
