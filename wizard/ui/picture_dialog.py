"""A larger view of a series' middle image, decoded off the window's thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
)

from wizard.errors import UserError
from wizard.store.cases import CaseStore
from wizard.ui.background import Job
from wizard.ui.text import render


class PictureDialog(QDialog):
    """A larger view of a series' middle image, decoded off the window's thread."""

    def __init__(self, store: CaseStore, case_id: int, file_id: int, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("picture-dialog")
        self.setWindowTitle(title)
        self.picture = QLabel(self.tr("Preparing the picture\u2026"))
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(320, 320)
        self.picture.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(buttons)
        self.shown_png: bytes | None = None
        self._pixmap: QPixmap | None = None
        try:
            stream = store.files.open(case_id, file_id)
        except UserError as exc:
            self.picture.setText(render(exc.msg))
            self.job = None
            return

        def decode(progress, cancelled):
            from wizard.records.pictures import picture

            with stream:
                return picture(stream)

        self.job = Job(decode, self)
        self.job.done.connect(self._show)
        self.job.failed.connect(lambda _: self._show(None))
        self.job.start()

    def _show(self, png) -> None:
        self.shown_png = png
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png, "PNG"):
            self._pixmap = pixmap
            self._fit()
        else:
            self.picture.setText(
                self.tr(
                    "This picture cannot be shown here (the kind of image compression it uses "
                    "is not supported). The file itself is kept and goes into the records "
                    "package."
                )
            )
            self.picture.setWordWrap(True)

    def _fit(self) -> None:
        """The picture as large as the window allows (small scans are enlarged too)."""
        if self._pixmap is not None:
            self.picture.setPixmap(
                self._pixmap.scaled(
                    self.picture.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()
