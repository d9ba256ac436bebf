"""Shows a decrypted attachment inside the app — image, PDF page by page, or text — from memory.

Nothing is written to disk: images are decoded with `QImage.fromData`, PDFs are rendered by
PDFium (pypdfium2) from the bytes in memory one page at a time, text is decoded in place. The
bytes live only as long as the viewer; closing it (or locking the file) drops them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import arg

PDF_SCALE = 1.5  # 108 dpi: a readable A4 page on a laptop screen
MAX_TEXT_CHARS = 2_000_000  # beyond this a plain-text view gets sluggish; the rest is cut
_TEXT_TYPES = ("application/json", "application/xml", "application/csv")


def kind_of(content: bytes, media_type: str) -> str:
    """ "pdf", "image", "text" or "other", from the bytes first (a name or type can lie)."""
    if content[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if not QImage.fromData(content).isNull():
        return "image"
    if media_type.startswith("text/") or media_type in _TEXT_TYPES or _looks_like_text(content):
        return "text"
    return "other"


def _looks_like_text(content: bytes) -> bool:
    head = content[:4096]
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(head) - 3  # a character cut at the sample's end
    return True


def render_pdf_page(document: object, index: int, scale: float = PDF_SCALE) -> QImage:
    """One page of an open pypdfium2 document as a QImage (a copy: PDFium's buffer is freed)."""
    page = document[index]  # type: ignore[index]
    try:
        bitmap = page.render(scale=scale, rev_byteorder=True)
        image_format = (
            QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
        )
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, image_format).copy()
        bitmap.close()
    finally:
        page.close()
    return image


class AttachmentViewer(QDialog):
    """A window over one attachment's content (GUI thread). Non-modal; deleted when closed."""

    def __init__(self, name: str, media_type: str, content: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("attachmentViewer")
        self.setWindowTitle(name)
        self.setAccessibleName(arg(self.tr("Attachment %1"), name))
        self.name = name
        self._document: object | None = None
        self.page_index = 0
        self.page_count = 0
        self.image: QImage | None = None

        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(arg(self.tr("Content of %1"), name))
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(arg(self.tr("Text of %1"), name))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setObjectName("viewerMessage")
        self.message.setAccessibleName(self.tr("Why it cannot be shown"))
        self._stack = QStackedWidget()
        for widget in (scroll, self.text, self.message):
            self._stack.addWidget(widget)

        self.previous_button = QPushButton(self.tr("&Previous page"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.next_button = QPushButton(self.tr("&Next page"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.page_label = QLabel()
        self.page_label.setAccessibleName(self.tr("Page shown"))
        self.previous_button.clicked.connect(lambda: self.show_page(self.page_index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page_index + 1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.show_page(self.page_index - 1))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.show_page(self.page_index + 1))
        self._pages = QWidget()
        pages = QHBoxLayout(self._pages)
        pages.setContentsMargins(0, 0, 0, 0)
        pages.addWidget(self.previous_button)
        pages.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        pages.addWidget(self.next_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close the viewer"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self._pages)
        layout.addWidget(buttons)
        self.resize(820, 900)

        self.kind = kind_of(content, media_type)
        self._pages.setVisible(self.kind == "pdf")
        if self.kind == "pdf":
            self._open_pdf(content)
        elif self.kind == "image":
            self._show_image(QImage.fromData(content))
        elif self.kind == "text":
            self._stack.setCurrentWidget(self.text)
            self.text.setPlainText(content[: MAX_TEXT_CHARS * 4].decode("utf-8", "replace")[:MAX_TEXT_CHARS])
        else:
            self._say(
                arg(
                    self.tr(
                        "%1 is a kind of file this app cannot show (%2). Save a decrypted copy to open it elsewhere."
                    ),
                    name,
                    media_type,
                )
            )

    def _open_pdf(self, content: bytes) -> None:
        try:
            import pypdfium2

            self._document = pypdfium2.PdfDocument(content)  # from memory: no file is written
            self.page_count = len(self._document)  # type: ignore[arg-type]
        except ImportError:
            self._say(self.tr("PDF files cannot be shown: the PDF renderer is not installed."))
            return
        except pypdfium2.PdfiumError:
            self._say(arg(self.tr("%1 is not a readable PDF file."), self.name))
            return
        if self.page_count == 0:
            self._say(arg(self.tr("%1 has no pages."), self.name))
            return
        self.show_page(0)

    def show_page(self, index: int) -> None:
        """Render page `index` (0-based) of the PDF; out-of-range requests are ignored."""
        if self._document is None or not 0 <= index < self.page_count:
            return
        self.page_index = index
        self._show_image(render_pdf_page(self._document, index))
        self.page_label.setText(arg(self.tr("Page %1 of %2"), index + 1, self.page_count))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.page_count - 1)

    def _show_image(self, image: QImage) -> None:
        self.image = image
        self.picture.setPixmap(QPixmap.fromImage(image))
        self._stack.setCurrentIndex(0)

    def _say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self._stack.setCurrentWidget(self.message)
        self._pages.setVisible(False)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Drop the decrypted content with the window."""
        if self._document is not None:
            self._document.close()  # type: ignore[attr-defined]
            self._document = None
        self.image = None
        self.picture.clear()
        self.text.clear()
        super().closeEvent(event)
