"""Step 3's files: a disc imported in the window with progress and a summary, cancelled
half-way, filed into categories, dropped onto the page, and a series' picture shown."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.records.disc import DISC_IMAGES, make_disc, pdf_bytes
from tests.ui.test_main_window import _create_case


def panel_of(window):
    window.go_to("records")
    return window.pages["records"].files_panel


def wait_for(qtbot, dialog, timeout=60_000):
    qtbot.waitUntil(lambda: dialog.finished_work, timeout=timeout)
    qtbot.wait(50)  # let the queued signals arrive


def test_a_hospital_disc_imports_with_progress_and_a_summary(make_window, asker, qtbot, tmp_path):
    window = make_window()
    _create_case(window, asker, qtbot)
    panel = panel_of(window)
    assert panel.empty.isVisible() and not panel.tree.isVisible()
    disc = make_disc(tmp_path / "media", damaged=2)
    asker.opened.append([disc])
    qtbot.mouseClick(panel.add_folder_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None
    wait_for(qtbot, dialog)
    report = dialog.report
    assert len(report.imported) == DISC_IMAGES + 1 and len(report.damaged) == 2
    summary = dialog.summary.text()
    assert f"Files added: {DISC_IMAGES + 1}." in summary
    assert "Files not added: 6." in summary
    shown = [dialog.problems.item(n).text() for n in range(dialog.problems.count())]
    assert any("BROKEN0" in line for line in shown) and any("viewer.exe" in line for line in shown)
    assert dialog.close_button.isVisible() and not dialog.cancel_button.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    # The studies are listed with their series, and each series has a picture or says why not.
    tree = panel.tree
    assert tree.isVisible()
    studies = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
    scans = [item for item in studies if item.childCount()]
    assert scans and sum(
        int(s.child(n).data(0, Qt.ItemDataRole.UserRole) is not None)
        for s in scans
        for n in range(s.childCount())
    )
    series = scans[0].child(0)
    assert not series.icon(0).isNull() or series.toolTip(0)
    assert window.case.files.count == DISC_IMAGES + 1

    # The report PDF was proposed into a category; keeping the proposals confirms all.
    assert "(proposed)" in studies[-1].text(2)
    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    assert window.case.files.unconfirmed == 0
    assert "(proposed)" not in panel.tree.topLevelItem(0).text(2)

    # Filing a document under another category.
    document = panel.tree.topLevelItem(panel.tree.topLevelItemCount() - 1)
    panel.tree.setCurrentItem(document)
    panel.category.setCurrentIndex(panel.category.findData("receipts"))
    panel.category.activated.emit(panel.category.currentIndex())
    assert panel.tree.topLevelItem(panel.tree.topLevelItemCount() - 1).text(2) == "Receipts"

    # Enter on a series shows its middle image larger.
    tree = panel.tree
    series = next(
        tree.topLevelItem(n).child(0)
        for n in range(tree.topLevelItemCount())
        if tree.topLevelItem(n).childCount()
    )
    panel.tree.setCurrentItem(series)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    from wizard.ui.picture_dialog import PictureDialog

    picture = panel.findChildren(PictureDialog)[-1]
    qtbot.waitUntil(lambda: picture.job is None or picture.job.finished, timeout=20_000)
    qtbot.wait(50)
    assert picture.shown_png is not None or "cannot be shown" in picture.picture.text()
    picture.close()


def test_cancel_half_way_keeps_a_consistent_case(make_window, asker, qtbot, tmp_path, monkeypatch):
    import wizard.records.importer as importer

    window = make_window()
    _create_case(window, asker, qtbot)
    panel = panel_of(window)
    disc = make_disc(tmp_path / "media", damaged=0)
    real = importer._import_one
    seen = []

    def slow(*args):
        seen.append(1)
        if len(seen) == 5:
            panel.dialog.job.cancel()  # the user presses Cancel after a few files
        return real(*args)

    monkeypatch.setattr(importer, "_import_one", slow)
    dialog = panel.import_paths([disc])
    wait_for(qtbot, dialog)
    assert dialog.report.cancelled
    assert "You stopped the import" in dialog.summary.text()
    kept = len(dialog.report.imported)
    assert 0 < kept < DISC_IMAGES
    dialog.accept()
    files = window.store.files.list(window.case.id)
    assert len(files) == kept
    for file in files:  # every file recorded is whole in the vault
        with window.store.files.open(window.case.id, file.id) as stream:
            assert stream.read()
    assert window.store.check() == []


def test_files_dropped_on_the_page_are_imported(make_window, asker, qtbot, tmp_path):
    window = make_window()
    _create_case(window, asker, qtbot)
    panel = panel_of(window)
    report = tmp_path / "Blood tests.pdf"
    report.write_bytes(pdf_bytes())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(report))])
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(drop)
    wait_for(qtbot, panel.dialog)
    panel.dialog.accept()
    files = window.store.files.list(window.case.id)
    assert [(f.name, f.category) for f in files] == [("Blood tests.pdf", "labs")]
    assert "Blood tests.pdf" in panel.tree.topLevelItem(0).text(0)
    # The ongoing step lists the same files, and follows their filing on step 3, also a
    # change that leaves the counts as they were (a confirmed file moved to another place).
    ongoing = window.pages["organization"].files_panel
    window.go_to("organization")
    assert ongoing.tree.topLevelItemCount() == 1
    window.go_to("records")
    for key, shown in (("receipts", "Receipts"), ("other", "Other")):
        panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
        panel.category.setCurrentIndex(panel.category.findData(key))
        panel.category.activated.emit(panel.category.currentIndex())
        window.go_to("organization")
        group = ongoing.tree.topLevelItem(0)  # step 9 shows the files under their groups
        assert group.text(0) == f"{shown} (1)"
        assert group.child(0).text(2) == shown
        window.go_to("records")
