"""`screenshots --text-size --high-contrast`: pictures of the pages as a user with poor
eyesight sets them up."""

from __future__ import annotations

import json


def test_screenshots_in_large_text_and_high_contrast(cli, tmp_path, data_dir):
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from wizard.ui.look import high_contrast, text_size

    status, out, err = cli(
        "screenshots", tmp_path / "s", "--text-size", "200", "--high-contrast", "--json"
    )
    assert status == 0, err
    written = json.loads(out)["written"]
    assert len(written) == 10
    image = QImage(written[1])
    # The window a 1280x800 screen gives it, less its title bar and edges.
    assert (image.width(), image.height()) == (1264, 752)
    assert image.pixelColor(2, 2).name() == "#ffffff"  # the menu bar, black on white
    app = QApplication.instance()
    assert (text_size(app), high_contrast(app)) == (100, False)  # left as it was found
    assert not data_dir.exists()


def test_a_text_size_not_offered_is_refused(cli, tmp_path):
    status, _, err = cli("screenshots", tmp_path / "s", "--text-size", "175")
    assert status != 0
    assert "175" in err
    assert not (tmp_path / "s").exists()
