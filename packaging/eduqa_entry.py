"""The frozen programs' entry point: the command line, which starts the window when no
command is given (EduQA.exe from a shortcut) and runs a command otherwise (eduqa-cli.exe)."""

import os
import sys

# A program built without a console (EduQA.exe) has no stdout or stderr on Windows: give
# them a sink, so that `EduQA.exe --version` or a warning cannot fail on a missing stream.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from eduqa_desktop.cli import main  # noqa: E402

sys.exit(main())
