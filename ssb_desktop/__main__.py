"""python -m ssb_desktop (absolute imports: PyInstaller runs this file as a script)."""

import sys

from ssb_desktop.cli import main

sys.exit(main())
