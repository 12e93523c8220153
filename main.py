"""Start EduQA Desktop: `python main.py [--db PATH] [--lang uz|ru|en]`."""

import sys

from eduqa_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
