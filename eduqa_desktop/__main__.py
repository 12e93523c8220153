"""`python -m eduqa_desktop …` runs the command line (the GUI when no command is given)."""

import sys

from eduqa_desktop.cli import main

sys.exit(main())
