"""`python -m eduqa_desktop.i18n build|missing` — maintain the translation catalogues."""

from __future__ import annotations

import argparse
import sys

from eduqa_desktop.i18n.catalogues import build, missing_translations, unused_entries


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m eduqa_desktop.i18n")
    parser.add_argument("command", choices=["build", "missing"])
    args = parser.parse_args()
    missing = build() if args.command == "build" else missing_translations()
    for item in missing:
        print(f"{item.language}\t{item.context}\t{item.source}")
    print(f"{len(missing)} untranslated", file=sys.stderr)
    if args.command == "build":
        unused = unused_entries()
        for context, source in unused:
            print(f"unused\t{context}\t{source}")
        if unused:
            print(
                f"{len(unused)} dictionary entries are in no catalogue: the string left the"
                " sources, or lupdate cannot see it (mark it with QT_TRANSLATE_NOOP or tr)",
                file=sys.stderr,
            )
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
