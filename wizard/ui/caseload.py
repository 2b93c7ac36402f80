"""The caseload: all cases in a table, for an advocate who works with many patients.

Each row shows the case's number, name, progress, next step, next date and last change.
Typing filters the rows at once (part of a name or a number, capitals and accents aside);
a click on a column's heading, or the "Sort by" list, sorts by it (numbers and dates as
numbers and dates, never as text); a click on a case or Enter opens it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wizard.plan.caseload import (
    CaseloadLine,
    archived_label,
    changed_text,
    next_action_text,
    next_date_text,
    progress_text,
    search_key,
)
from wizard.plan.dates import OVERDUE, KeyDate
from wizard.store import CaseStore
from wizard.ui.look import set_role
from wizard.ui.marks import WARNING
from wizard.ui.text import render
from wizard.ui.widgets import CalmComboBox, wrapping_label
from wizard.ui.window_place import fit_to_screen

NUMBER, NAME, PROGRESS, NEXT_STEP, NEXT_DATE, CHANGED = range(6)
CASE_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LATE_COLOUR = QColor("#9b1c1c")
MUTED_COLOUR = QColor("#555555")
# Sorted after every real date (and before them, sorting the other way).
NO_DATE = "~"

Index = QModelIndex | QPersistentModelIndex
# The widest a column grows, in letters (its text wraps onto a second line beyond).
WIDEST = {NAME: 28, NEXT_DATE: 20, CHANGED: 20}
# Letters of room beside a cell's text: its margins and the focus frame.
CELL_PADDING = 3
# How far the arrow and page keys in the search field move the chosen row.
MOVES = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}


def first_order(column: int) -> Qt.SortOrder:
    """How a column sorts when first chosen: the latest change first, else from the smallest."""
    return Qt.SortOrder.DescendingOrder if column == CHANGED else Qt.SortOrder.AscendingOrder


class CaseloadModel(QAbstractTableModel):
    """The caseload's lines as table rows; the texts are rendered once per change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[CaseloadLine] = []
        self._cells: list[tuple[str, ...]] = []
        self._keys: list[tuple[int | str, ...]] = []
        self._search: list[str] = []

    def set_lines(self, lines: list[CaseloadLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self._render()
        self.endResetModel()

    def retranslate(self) -> None:
        self._render()
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, CHANGED))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, NUMBER, CHANGED)

    def _render(self) -> None:
        self._cells, self._keys, self._search = [], [], []
        for line in self.lines:
            listing = line.listing
            label = archived_label(line.label) if listing.archived else line.label
            name = render(label)
            action = render(next_action_text(line))
            when = line.next_date
            self._cells.append(
                (
                    str(listing.id),
                    name,
                    render(progress_text(line)),
                    action,
                    "" if when is None else self._date_text(when),
                    render(changed_text(listing.updated)),
                )
            )
            step = 10 if line.next_step is None else line.next_step.number
            self._keys.append(
                (
                    listing.id,
                    f"{search_key(listing.name)}\0{listing.id:09d}",
                    line.done,
                    f"{step:02d} {search_key(action)}",
                    NO_DATE if when is None else f"{when.day.isoformat()} {when.time}",
                    listing.updated,
                )
            )
            self._search.append(f"{search_key(name)} {listing.id}")

    def column_texts(self, column: int) -> list[str]:
        return [cells[column] for cells in self._cells]

    @staticmethod
    def _date_text(when: KeyDate) -> str:
        """The next date; a late one is red, and says so in words and with a mark."""
        text = render(next_date_text(when))
        return f"{WARNING} {text}" if when.state == OVERDUE else text

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else CHANGED + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        line = self.lines[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._cells[row][column]
            if role == Qt.ItemDataRole.ToolTipRole and column == NEXT_DATE and line.next_date:
                return f"{text}\n{render(line.next_date.what)}"
            if role == Qt.ItemDataRole.ToolTipRole and column == CHANGED:
                return render(changed_text(line.listing.updated, with_time=True))
            return text
        if role == SORT_ROLE:
            return self._keys[row][column]
        if role == CASE_ID_ROLE:
            return line.listing.id
        if role == Qt.ItemDataRole.ForegroundRole:
            late = line.next_date is not None and line.next_date.state == OVERDUE
            if column == NEXT_DATE and late:
                return QBrush(LATE_COLOUR)
            if line.listing.archived:
                return QBrush(MUTED_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PROGRESS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return int(first_order(section).value)
        return None

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Name"),
            self.tr("Steps done"),
            self.tr("Next step"),
            self.tr("Next date"),
            self.tr("Last change"),
        )

    def is_archived(self, row: int) -> bool:
        return self.lines[row].listing.archived

    def search_text(self, row: int) -> str:
        return self._search[row]


class CaseloadFilter(QSortFilterProxyModel):
    """Shows the rows whose name or number holds every word typed; archived cases only
    when asked for."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: tuple[str, ...] = ()
        self.show_archived = False
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = tuple(search_key(text).split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_archived(self, shown: bool) -> None:
        self.beginFilterChange()
        self.show_archived = shown
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, CaseloadModel)
        if model.is_archived(source_row) and not self.show_archived:
            return False
        text = model.search_text(source_row)
        return all(word in text for word in self.words)


class CaseloadDialog(QDialog):
    """All cases: find one by typing, sort by any column, open one with a click or Enter."""

    case_chosen = Signal(int)

    def __init__(
        self,
        store: CaseStore,
        current: int | None = None,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseload")
        self.store = store
        self.today = today
        self._chosen = False
        self.intro = wrapping_label()
        self.find_label = QLabel()
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.find_label.setBuddy(self.filter)
        self.show_archived = QCheckBox()
        self.sort_label = QLabel()
        self.sort_by = CalmComboBox()
        self.sort_label.setBuddy(self.sort_by)

        self.model = CaseloadModel(self)
        self.proxy = CaseloadFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        # Two lines a row: a long name or next step wraps, and what does not fit ends in "…"
        # (the whole text is in the tooltip).
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().lineSpacing() * 2 + 12)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NEXT_STEP, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.count = QLabel()
        set_role(self.count, "muted")

        self.open_button = QPushButton()
        self.close_button = QPushButton()
        for button in (self.open_button, self.close_button):
            # Enter belongs to the list and the search field: it opens the chosen case.
            button.setAutoDefault(False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self.open_current)
        self.filter.installEventFilter(self)
        self.show_archived.toggled.connect(self._show_archived)
        self.sort_by.activated.connect(
            lambda column: self.table.sortByColumn(column, first_order(column))
        )
        header.sortIndicatorChanged.connect(lambda column, _order: self._sorted(column))
        self.table.clicked.connect(self.open_index)
        self.table.activated.connect(self.open_index)
        self.open_button.clicked.connect(self.open_current)
        self.close_button.clicked.connect(self.reject)

        find_row = QHBoxLayout()
        find_row.addWidget(self.find_label)
        find_row.addWidget(self.filter, 1)
        find_row.addWidget(self.show_archived)
        sort_row = QHBoxLayout()
        sort_row.addWidget(self.sort_label)
        sort_row.addWidget(self.sort_by)
        sort_row.addStretch(1)
        sort_row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(find_row)
        layout.addLayout(sort_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

        self.retranslate()
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.reload(current)
        fit_to_screen(self, 1100, 640)
        self.filter.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("All cases"))
        self.intro.setText(
            self.tr(
                "Type part of a name or a case number to find a case. Click a case, or press "
                "Enter, to open it."
            )
        )
        self.find_label.setText(self.tr("&Find:"))
        self.filter.setPlaceholderText(self.tr("Part of a name, or a case number"))
        self.show_archived.setText(self.tr("Show &archived cases"))
        self.sort_label.setText(self.tr("&Sort by:"))
        self.open_button.setText(self.tr("&Open"))
        self.close_button.setText(self.tr("Close"))
        self.table.setAccessibleName(self.tr("Cases"))
        column = self.sort_by.currentIndex()
        self.sort_by.clear()
        self.sort_by.addItems(list(self.model.titles()))
        self.sort_by.setCurrentIndex(max(column, 0))
        self.model.retranslate()
        self._fit_columns()
        self._show_count()

    def reload(self, current: int | None = None) -> None:
        """Read every case anew; ``current`` (a case's number) is chosen in the list."""
        self.model.set_lines(self.store.caseload(self.today()))
        self._fit_columns()
        self._choose(current)
        self._show_count()

    def _fit_columns(self) -> None:
        """Each column as wide as its texts, but the next step's, which takes what is left;
        a long name or date wraps onto a second line instead. The texts are measured here:
        the view's own resizeColumnToContents lays out every row (0.2 s for 500 cases)."""
        metrics = self.table.fontMetrics()
        letter = metrics.averageCharWidth()
        header = self.table.horizontalHeader()
        for column in (NUMBER, NAME, PROGRESS, NEXT_DATE, CHANGED):
            texts = self.model.column_texts(column)
            width = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            width = max(width + CELL_PADDING * letter, header.sectionSizeHint(column))
            widest = WIDEST.get(column)
            if widest is not None:
                width = min(width, widest * letter)
            self.table.setColumnWidth(column, width)

    def _choose(self, case_id: int | None = None) -> None:
        """Choose the row of case ``case_id``, or the first row, so that Enter opens it."""
        rows = range(self.proxy.rowCount())
        row = next(
            (r for r in rows if self.proxy.index(r, 0).data(CASE_ID_ROLE) == case_id),
            0,
        )
        if self.proxy.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.proxy.index(row, 0))
        else:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._choose()
        self._show_count()

    def _show_archived(self, shown: bool) -> None:
        self.proxy.set_show_archived(shown)
        self._choose(self.current_case())
        self._show_count()

    def _sorted(self, column: int) -> None:
        self.sort_by.setCurrentIndex(column)
        self.table.scrollTo(self.table.currentIndex())

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total and not shown:
            text = self.tr("No case matches \u201c{text}\u201d.").format(text=self.filter.text())
        else:
            text = self.tr("{shown} of {total} cases").format(shown=shown, total=total)
        self.count.setText(text)

    def current_case(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(CASE_ID_ROLE) if index.isValid() else None

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_index(index)

    def open_index(self, index: QModelIndex) -> None:
        if self._chosen or not index.isValid():
            return
        self._chosen = True  # a click and an activation may both report the same choice
        self.case_chosen.emit(index.data(CASE_ID_ROLE))
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The arrow keys in the search field move through the list (so that Enter opens
        # another row), while the typing goes on in the field.
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = MOVES.get(Qt.Key(event.key()))
            if step is not None and self.proxy.rowCount():
                row = self.table.currentIndex().row() + step
                row = min(max(row, 0), self.proxy.rowCount() - 1)
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
