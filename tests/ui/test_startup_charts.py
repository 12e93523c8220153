"""The Dashboard's first paint does not wait for pyqtgraph: cards, filters and tables come
first, the charts right after, drawn with the data already loaded (issue 10, start-up)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("first_paint_probe.py")


def test_charts_come_after_the_first_paint_and_are_drawn(
    demo_db_path: Path, tmp_path: Path
) -> None:
    # A new process (in this one pyqtgraph is imported already), with settings of its own:
    # a first start, the Dashboard the tab shown.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run(
        [sys.executable, str(PROBE), "--db", str(demo_db_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["painted"]
    assert result["splash_before_window"] is True  # something on screen while it starts…
    assert result["splash_at_paint"] is False  # …and gone once the window is there
    assert result["pyqtgraph_at_paint"] is False
    assert result["charts_at_paint"] == 0
    assert result["panels"] > 5
    assert result["charts_made"] == result["panels"]
    assert result["drawn_panels"] > 5  # the demo has data for most panels
    assert result["drawn_with_items"] == result["drawn_panels"]
