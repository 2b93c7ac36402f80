"""The case's files on the records step and the ongoing step: import, list, file, look.

Scans are grouped by study and series, each series with a small picture;
documents are listed with the category proposed for them, which the user
confirms or changes. Importing runs off the window's thread (ImportDialog).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.errors import UserError
from wizard.i18n_markers import QT_TRANSLATE_NOOP
from wizard.plan.case import CaseData
from wizard.plan.documents import (
    CATEGORIES,
    CaseFile,
    Series,
    Study,
    category_label,
    documents_of,
    file_kind_label,
    modality_label,
    studies_of,
)
from wizard.plan.records import KINDS as RECORD_KINDS
from wizard.store.cases import CaseStore
from wizard.ui.background import Job
from wizard.ui.dialogs import Asker
from wizard.ui.flow_row import FlowRow
from wizard.ui.import_dialog import ImportDialog
from wizard.ui.picture_dialog import PictureDialog
from wizard.ui.saving import printout_file_name
from wizard.ui.text import plan_text, render, ui_date
from wizard.ui.widgets import CalmComboBox, wrapping_label
from wizard.ui.window_place import fit_to_screen

FILES_ROLE = Qt.ItemDataRole.UserRole  # the ids of the files a row stands for
SERIES_ROLE = Qt.ItemDataRole.UserRole + 1  # a series row: the id of its middle image
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2  # a group's row on step 9: its category ("-": to sort)


class _FileTree(QTreeWidget):
    opened = Signal(QTreeWidgetItem)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.opened.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class RecordsPanel(QWidget):
    """The files of a case, with the ways to add them, file them and look at them."""

    files_changed = Signal()

    def __init__(
        self,
        store: CaseStore,
        asker: Asker,
        by_category: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.asker = asker
        # Step 9 shows the files under their groups, those still to sort first.
        self.by_category = by_category
        self.setObjectName("records-panel")
        self.setAcceptDrops(True)
        self.case: CaseData | None = None
        self.files: list[CaseFile] = []
        self._thumbnails: dict[str, bytes | None] = {}
        self._shown_key: object = None
        self.dialog: ImportDialog | None = None

        self.heading = wrapping_label(role="subheading")
        self.intro = wrapping_label(role="muted")
        self.add_files_button = QPushButton()
        self.add_files_button.setObjectName("add-files")
        self.add_files_button.clicked.connect(lambda: self._choose(folder=False))
        self.add_folder_button = QPushButton()
        self.add_folder_button.setObjectName("add-folder")
        self.add_folder_button.clicked.connect(lambda: self._choose(folder=True))
        self.empty = wrapping_label(role="muted")
        self.tree = _FileTree()
        self.tree.setObjectName("records-tree")
        self.tree.setColumnCount(3)
        self.tree.setIconSize(QSize(64, 64))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setMinimumHeight(260)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # what: all the room left
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(lambda item, _column: self._open(item))
        self.tree.opened.connect(self._open)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.category_label = QLabel()
        self.category = CalmComboBox()
        self.category.setObjectName("file-category")
        self.category_label.setBuddy(self.category)
        self.category.activated.connect(self._category_chosen)
        self.kind_label = QLabel()
        self.record_kind = CalmComboBox()
        self.record_kind.setObjectName("file-record-kind")
        self.kind_label.setBuddy(self.record_kind)
        self.record_kind.activated.connect(self._kind_chosen)
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keep-proposals")
        self.keep_button.clicked.connect(self._keep_proposals)
        self.view_button = QPushButton()
        self.view_button.setObjectName("view-picture")
        self.view_button.clicked.connect(lambda: self._open(self.tree.currentItem()))
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove-files")
        self.remove_button.clicked.connect(self._remove)
        self.package_button = QPushButton()
        self.package_button.setObjectName("save-package")
        self.package_button.clicked.connect(self._save_package)

        adding = FlowRow(self.add_files_button, self.add_folder_button)
        # One control per row where words are long (German, Spanish): the page must never
        # grow wider than the window.
        for combo in (self.category, self.record_kind):
            combo.setSizeAdjustPolicy(
                CalmComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        filing = QGridLayout()
        filing.addWidget(self.category_label, 0, 0)
        filing.addWidget(self.category, 0, 1)
        filing.addWidget(self.kind_label, 1, 0)
        filing.addWidget(self.record_kind, 1, 1)
        filing.setColumnStretch(1, 1)
        actions = QVBoxLayout()
        first = FlowRow(self.view_button, self.keep_button, self.remove_button)
        second = QHBoxLayout()
        second.addWidget(self.package_button)
        second.addStretch(1)
        actions.addLayout(first)
        actions.addLayout(second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(adding)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree)
        layout.addLayout(filing)
        layout.addLayout(actions)
        self.retranslate()

    # -- words ----------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your files: scans and documents"))
        self.intro.setText(
            self.tr(
                "Add the files from a hospital disc, a patient portal (a zip file) or your own "
                "photos of papers. They are copied into your data folder and locked (encrypted) "
                "there; the disc itself is not changed. You can also drag files and folders here."
            )
        )
        self.add_files_button.setText(self.tr("Add &files\u2026"))
        self.add_folder_button.setText(self.tr("Add a folder or &disc\u2026"))
        self.empty.setText(self.tr("No files added yet."))
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Date"), self.tr("Filed under")])
        self.tree.setAccessibleName(self.tr("Your files"))
        self.tree.setAccessibleDescription(
            self.tr("Press Enter on a series of scans to see its picture larger.")
        )
        self.category_label.setText(self.tr("File &under:"))
        self.kind_label.setText(self.tr("Kind of rec&ord:"))
        self.category.setAccessibleName(self.tr("File under"))
        self.record_kind.setAccessibleName(self.tr("Kind of record"))
        for combo in (self.category, self.record_kind):
            combo.setAccessibleDescription(self.tr("For the files you chose in the list above"))
        self.keep_button.setText(self.tr("&Keep the proposed places"))
        self.view_button.setText(self.tr("Show the &picture"))
        self.remove_button.setText(self.tr("&Remove from the case\u2026"))
        self.package_button.setText(self.tr("Save the records &package\u2026"))
        self.package_button.setToolTip(
            self.tr("A zip file with every file by category and a list, for the specialist.")
        )
        self.category.clear()
        for choice in CATEGORIES:
            self.category.addItem(plan_text(choice.label), choice.key)
        self.record_kind.clear()
        self.record_kind.addItem(self.tr("(not said)"), "")
        for choice in RECORD_KINDS:
            self.record_kind.addItem(plan_text(choice.label), choice.key)
        if self.case is not None:
            self._fill_tree()  # the words change, the files do not: no need to read them

    # -- showing ----------------------------------------------------------------
    def show_case(self, case: CaseData) -> None:
        """Show the case's files; reloads the list only when the files changed."""
        self.case = case
        try:
            key = (case.id, self.store.files.version())
        except UserError:
            key = None  # read it again: reload says what went wrong
        if key == self._shown_key:
            return
        self._shown_key = key
        self.reload()

    def reload(self) -> None:
        case = self.case
        if case is None or case.id is None:
            return
        try:
            self.files = self.store.files.list(case.id)
            self._thumbnails = self.store.files.thumbnails(case.id)
        except UserError as exc:
            self.asker.error(self.tr("Your files"), render(exc.msg))
            return
        self._fill_tree()

    def _fill_tree(self) -> None:
        thumbnails = self._thumbnails
        selected = {tuple(i.data(0, FILES_ROLE) or ()) for i in self.tree.selectedItems()}
        current = self.tree.currentItem()
        current_ids = tuple(current.data(0, FILES_ROLE) or ()) if current else ()
        scrolled = self.tree.verticalScrollBar().value()
        self.tree.clear()
        if self.by_category:
            self._fill_groups()
        else:
            for study in studies_of(self.files):
                item = self._study_item(study, thumbnails)
                self.tree.addTopLevelItem(item)
                item.setExpanded(True)  # only an item in the tree can be opened
            for document in documents_of(self.files):
                self.tree.addTopLevelItem(self._document_item(document))
        self.empty.setVisible(not self.files)
        self.tree.setVisible(bool(self.files))
        for item in self._all_items():
            ids = tuple(item.data(0, FILES_ROLE) or ())
            if ids and ids == current_ids:
                self.tree.setCurrentItem(item)
            if ids in selected:
                item.setSelected(True)
        self.tree.verticalScrollBar().setValue(scrolled)
        self._selection_changed()

    def _fill_groups(self) -> None:
        """The files under their groups: first those still to sort, then each group in
        turn; a study goes under a group when all its images are filed there."""
        groups: dict[str, list[CaseFile]] = {"": []}
        groups.update((choice.key, []) for choice in CATEGORIES)
        for study in studies_of(self.files):
            categories = {f.category for f in study.files}
            filed = len(categories) == 1 and all(f.confirmed for f in study.files)
            groups[next(iter(categories)) if filed else ""].extend(study.files)
        for document in documents_of(self.files):
            groups[document.category if document.confirmed else ""].append(document)
        for key, files in groups.items():
            if not files:
                continue
            if key:
                name = self.tr("{category} ({count})").format(
                    category=plan_text(category_label(key)), count=len(files)
                )
            else:
                name = self.tr("To sort: check or choose the group ({count})").format(
                    count=len(files)
                )
            group = QTreeWidgetItem([name, "", ""])
            group.setData(0, FILES_ROLE, tuple(f.id for f in files))
            group.setData(0, GROUP_ROLE, key or "-")
            self.tree.addTopLevelItem(group)
            for study in studies_of(files):
                child = self._study_item(study, self._thumbnails)
                group.addChild(child)
                child.setExpanded(True)
            for document in documents_of(files):
                group.addChild(self._document_item(document))
            group.setExpanded(True)

    def _all_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            items.append(item)
            for n in range(item.childCount()):
                child = item.child(n)
                if child is not None:
                    walk(child)

        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top is not None:
                walk(top)
        return items

    def _filed(self, files: Sequence[CaseFile]) -> str:
        categories = {f.category for f in files}
        if len(categories) != 1 or not next(iter(categories)):
            return self.tr("not filed yet")
        name = plan_text(category_label(next(iter(categories))))
        if all(f.confirmed for f in files):
            return name
        return self.tr("{category} (proposed)").format(category=name)

    def _study_item(self, study: Study, thumbnails: dict[str, bytes | None]) -> QTreeWidgetItem:
        images = len(study.files)
        kinds = [plan_text(modality_label(m) or "") or m for m in study.modalities]
        what = self.tr("{kinds}: {description} (images: {count})").format(
            kinds=", ".join(dict.fromkeys(kinds)) or self.tr("Scan"),
            description=study.description or self.tr("no description"),
            count=images,
        )
        item = QTreeWidgetItem([what, ui_date(study.date) if study.date else "", ""])
        item.setToolTip(0, what)  # the whole line, where the column cuts it short
        item.setText(2, self._filed(study.files))
        item.setData(0, FILES_ROLE, tuple(f.id for f in study.files))
        for series in study.series:
            item.addChild(self._series_item(series, thumbnails.get(series.uid)))
        return item

    def _series_item(self, series: Series, png: bytes | None) -> QTreeWidgetItem:
        parts = [series.description or self.tr("Series {number}").format(number=series.number)]
        if series.body_part:
            parts.append(series.body_part.title())
        what = self.tr("{name} (images: {count})").format(
            name=", ".join(parts), count=len(series.files)
        )
        item = QTreeWidgetItem([what, "", self._filed(series.files)])
        item.setData(0, FILES_ROLE, tuple(f.id for f in series.files))
        item.setData(0, SERIES_ROLE, series.middle.id)
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png, "PNG"):
            item.setIcon(0, QIcon(pixmap))
        else:
            item.setToolTip(0, self.tr("No picture: this kind of image cannot be shown here."))
        return item

    def _document_item(self, document: CaseFile) -> QTreeWidgetItem:
        what = f"{document.name} ({plan_text(file_kind_label(document.kind))})"
        item = QTreeWidgetItem(
            [what, ui_date(document.date) if document.date else "", self._filed([document])]
        )
        item.setData(0, FILES_ROLE, (document.id,))
        item.setToolTip(0, what)
        return item

    def selected_ids(self) -> list[int]:
        ids: list[int] = []
        for item in self.tree.selectedItems():
            ids.extend(item.data(0, FILES_ROLE) or ())
        return list(dict.fromkeys(ids))

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        chosen = [f for f in self.files if f.id in set(ids)]
        for widget in (self.category, self.record_kind, self.remove_button):
            widget.setEnabled(bool(chosen))
        if any(item.data(0, GROUP_ROLE) for item in self.tree.selectedItems()):
            # A whole group can be filed elsewhere at once, but not removed in one click.
            self.remove_button.setEnabled(False)
        current = self.tree.currentItem()
        self.view_button.setEnabled(
            current is not None and current.data(0, SERIES_ROLE) is not None
        )
        self.keep_button.setEnabled(any(not f.confirmed and f.category for f in self.files))
        self.package_button.setEnabled(bool(self.files))
        if chosen:
            categories = {f.category for f in chosen}
            kinds = {f.record_kind for f in chosen}
            self.category.setCurrentIndex(
                self.category.findData(next(iter(categories))) if len(categories) == 1 else -1
            )
            self.record_kind.setCurrentIndex(
                self.record_kind.findData(next(iter(kinds))) if len(kinds) == 1 else -1
            )

    # -- changing ----------------------------------------------------------------
    def _write(self, write) -> None:
        case = self.case
        if case is None or case.id is None:
            return
        try:
            write(case.id)
        except UserError as exc:
            self.asker.error(self.tr("Not saved"), render(exc.msg))
        self.files_changed.emit()

    def _category_chosen(self, index: int) -> None:
        key = self.category.itemData(index)
        ids = self.selected_ids()

        self._write(lambda case_id: self.store.files.set_category(case_id, ids, key))

    def _kind_chosen(self, index: int) -> None:
        key = self.record_kind.itemData(index)
        ids = self.selected_ids()

        self._write(lambda case_id: self.store.files.set_record_kind(case_id, ids, key))

    def _keep_proposals(self) -> None:
        ids = [f.id for f in self.files if not f.confirmed and f.category]
        self._write(lambda case_id: self.store.files.confirm(case_id, ids))

    def _remove(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        question = self.tr(
            "Remove the files you chose from this case (number of files: {count})? The copies "
            "in your data folder are deleted; your original files and discs stay as they are."
        ).format(count=len(ids))
        if not self.asker.confirm(self.tr("Remove files"), question):
            return

        self._write(lambda case_id: self.store.files.delete(case_id, ids))

    def _open(self, item: QTreeWidgetItem | None) -> None:
        if item is None or self.case is None or self.case.id is None:
            return
        middle = item.data(0, SERIES_ROLE)
        if middle is None:
            return
        dialog = PictureDialog(self.store, self.case.id, middle, item.text(0), self)
        fit_to_screen(dialog, 760, 760)
        dialog.open()

    # -- importing --------------------------------------------------------------
    def _choose(self, folder: bool) -> None:
        title = self.tr("Add a folder or disc") if folder else self.tr("Add files")
        paths = self.asker.open_paths(title, folder)
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: Sequence[Path]) -> ImportDialog | None:
        """Start importing ``paths`` into the case, with its dialog; returns the dialog."""
        case = self.case
        if case is None or case.id is None or not paths:
            return None
        dialog = ImportDialog(self.store, case.id, paths, self)
        dialog.finished.connect(lambda _result: self._after_import())
        dialog.job.done.connect(lambda _report: self._after_import())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _after_import(self) -> None:
        self.files_changed.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self.case is not None and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def stop_work(self) -> None:
        """Stop an import or a package in progress (the window is closing) and wait for it."""
        for job in (getattr(self.dialog, "job", None), getattr(self, "package_job", None)):
            if job is not None and not job.finished:
                job.cancel()
                job.wait(30)

    # -- the package --------------------------------------------------------------
    def _save_package(self) -> None:
        from wizard import printouts
        from wizard.export.target import check_export_target

        case = self.case
        if case is None or not self.files:
            return
        # The package's index is printed in the case's language, and so is its name.
        name = printout_file_name(
            case, "RecordsPanel", QT_TRANSLATE_NOOP("RecordsPanel", "Records {name}.zip")
        )
        name = "".join("-" if ch in '/\\:*?"<>|' else ch for ch in name)
        path = self.asker.save_path(
            self.tr("Save the records package"), Path.home() / name, self.tr("Zip files (*.zip)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        try:
            target = check_export_target(path, self.store.data_dir)
        except UserError as exc:
            self.asker.error(self.tr("Not saved"), render(exc.msg))
            return
        self.package_button.setEnabled(False)
        self.package_button.setText(self.tr("Saving the records package\u2026"))

        def work(progress, cancelled):
            worker = self.store.sibling()  # the window keeps its own connection
            try:
                printouts.export_records(worker, case, target, cancelled=cancelled)
            finally:
                worker.close()
            return target

        self.package_job = Job(work, self)
        self.package_job.done.connect(self._package_saved)
        self.package_job.failed.connect(self._package_failed)
        self.package_job.start()

    def _package_saved(self, path: Path) -> None:
        self.retranslate()
        self.package_saved_to = path
        self.window().statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Records package saved: {path}").format(path=path), 8000
        )

    def _package_failed(self, exc: BaseException) -> None:
        self.retranslate()
        text = render(exc.msg) if isinstance(exc, UserError) else str(type(exc).__name__)
        self.asker.error(self.tr("Not saved"), text)
