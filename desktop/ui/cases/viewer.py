"""Shows a decrypted attachment inside the app — image, PDF page by page, or text — from memory.

Nothing is written to disk: images are decoded with `QImage.fromData`, PDFs are rendered by
PDFium (pypdfium2) from the bytes in memory one page at a time, text is decoded in place. The
bytes live only as long as the viewer; closing it (or locking the file) drops them.

Decoding a photo or rendering a scanned page takes 100–400 ms, so none of it happens on the GUI
thread: `prepare` runs inside the operation that fetches the content (on the database worker)
and decodes the image or renders the PDF's first page there; later pages are rendered on the
Qt thread pool and come back as a `QImage` through a queued signal. A page that arrives after the
user paged on, or after the viewer closed, is dropped. The viewer itself (GUI thread) only turns
a finished `QImage` into a pixmap.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
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
# Why a PDF cannot be shown; the viewer words it (GUI thread, translated).
NO_RENDERER, UNREADABLE, NO_PAGES = "no-renderer", "unreadable", "no-pages"

# PDFium is not thread-safe: every call into it, from any thread, holds this lock.
_PDFIUM = threading.RLock()
_tokens = itertools.count(1)


def decode_image(content: bytes) -> QImage:
    """Worker or pool thread, never the GUI's: the picture in `content` (null if it holds none).

    Converted to the format a pixmap uses, so that the GUI thread's `QPixmap.fromImage` is a
    copy rather than a pixel-by-pixel conversion of a large photo.
    """
    image = QImage.fromData(content)
    if image.isNull():
        return image
    target = (
        QImage.Format.Format_ARGB32_Premultiplied if image.hasAlphaChannel() else QImage.Format.Format_RGB32
    )
    return image if image.format() == target else image.convertToFormat(target)


def render_pdf_page(document: object, index: int, scale: float = PDF_SCALE) -> QImage:
    """Off the GUI thread: one page of an open pypdfium2 document as a QImage (a copy: PDFium's
    buffer is freed)."""
    with _PDFIUM:
        page = document[index]  # type: ignore[index]
        try:
            bitmap = page.render(scale=scale, rev_byteorder=True)
            image_format = (
                QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
            )
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, image_format
            ).copy()
            bitmap.close()
        finally:
            page.close()
    return image


class PdfHandle:
    """An open PDF that any thread may render from or close, one call at a time (`_PDFIUM`)."""

    def __init__(self, document: object, page_count: int) -> None:
        self._document: object | None = document
        self.page_count = page_count

    def render(self, index: int) -> QImage | None:
        """Pool thread: page `index`, a null image if PDFium refuses it, None once closed."""
        import pypdfium2

        with _PDFIUM:
            if self._document is None:
                return None
            try:
                return render_pdf_page(self._document, index)
            except pypdfium2.PdfiumError:
                return QImage()

    def close(self) -> None:
        """Any thread; waits for a render in progress (so the GUI thread hands it to the pool)."""
        with _PDFIUM:
            if self._document is not None:
                self._document.close()  # type: ignore[attr-defined]
                self._document = None

    def close_later(self) -> None:
        """GUI thread: close on the pool, so a page still rendering never blocks the window."""
        QThreadPool.globalInstance().start(self.close)


@dataclass
class Prepared:
    """An attachment made ready to show by `prepare` (off the GUI thread); the viewer owns it."""

    name: str
    media_type: str
    kind: str  # "pdf", "image", "text" or "other"
    image: QImage | None = None  # the picture, or the PDF's first page
    text: str = ""
    pdf: PdfHandle | None = None
    problem: str = ""  # NO_RENDERER, UNREADABLE or NO_PAGES: the PDF cannot be shown

    def release(self) -> None:
        """GUI thread: the attachment will not be shown (a newer one was asked for); free the PDF."""
        if self.pdf is not None:
            self.pdf.close_later()
            self.pdf = None
        self.image = None
        self.text = ""


def prepare(name: str, content: bytes, media_type: str) -> Prepared:
    """Database worker: what kind `content` is, from the bytes first (a name or type can lie),
    decoded once and ready to show: the image, the first PDF page, or the text."""
    if content[:1024].lstrip().startswith(b"%PDF-"):
        return _prepare_pdf(name, content, media_type)
    image = decode_image(content)
    if not image.isNull():
        return Prepared(name, media_type, "image", image=image)
    if media_type.startswith("text/") or media_type in _TEXT_TYPES or _looks_like_text(content):
        text = content[: MAX_TEXT_CHARS * 4].decode("utf-8", "replace")[:MAX_TEXT_CHARS]
        return Prepared(name, media_type, "text", text=text)
    return Prepared(name, media_type, "other")


def _prepare_pdf(name: str, content: bytes, media_type: str) -> Prepared:
    try:
        import pypdfium2
    except ImportError:
        return Prepared(name, media_type, "pdf", problem=NO_RENDERER)
    with _PDFIUM:
        try:
            document = pypdfium2.PdfDocument(content)  # from memory: no file is written
            count = len(document)
        except pypdfium2.PdfiumError:
            return Prepared(name, media_type, "pdf", problem=UNREADABLE)
        pdf = PdfHandle(document, count)
        first = pdf.render(0) if count else None
    if first is None or first.isNull():
        pdf.close()
        return Prepared(name, media_type, "pdf", problem=NO_PAGES if count == 0 else UNREADABLE)
    return Prepared(name, media_type, "pdf", image=first, pdf=pdf)


def _looks_like_text(content: bytes) -> bool:
    head = content[:4096]
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(head) - 3  # a character cut at the sample's end
    return True


class _Rendered(QObject):
    """Carries rendered pages from the pool to the GUI thread: (token, page index, image).

    One instance for the process, created on the GUI thread, so a queued emission never targets
    a sender that a closed viewer took with it.
    """

    sig_rendered = Signal(int, int, QImage)


_carrier: _Rendered | None = None


def _rendered() -> _Rendered:
    global _carrier
    if _carrier is None:
        _carrier = _Rendered()
    return _carrier


class _Wanted:
    """The page request a viewer is waiting for; read by pool threads to skip stale work."""

    token = 0


def _render_job(pdf: PdfHandle, index: int, token: int, wanted: _Wanted) -> None:
    """Pool thread: render page `index` unless the viewer moved on or closed meanwhile."""
    if wanted.token != token:
        return
    image = pdf.render(index)
    if image is not None and wanted.token == token:
        _rendered().sig_rendered.emit(token, index, image)


class AttachmentViewer(QDialog):
    """A window over one prepared attachment (GUI thread). Non-modal; deleted when closed.

    `shown_page` is the index of the PDF page on screen (it lags `page_index` while a page
    renders).
    """

    def __init__(self, prepared: Prepared, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("attachmentViewer")
        name = prepared.name
        self.setWindowTitle(name)
        self.setAccessibleName(arg(self.tr("Attachment %1"), name))
        self.name = name
        self.kind = prepared.kind
        self._pdf = prepared.pdf
        prepared.pdf = None  # the viewer closes it now
        self._wanted = _Wanted()
        self.page_index = 0
        self.shown_page = -1
        self.page_count = self._pdf.page_count if self._pdf is not None else 0
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
        _rendered().sig_rendered.connect(self._page_rendered)

        self._pages.setVisible(self.kind == "pdf")
        if self.kind == "pdf" and prepared.image is not None:
            self._show_image(prepared.image)
            self.shown_page = 0
            self._update_pages()
        elif self.kind == "pdf":
            self._say_pdf_problem(prepared.problem)
        elif self.kind == "image" and prepared.image is not None:
            self._show_image(prepared.image)
        elif self.kind == "text":
            self._stack.setCurrentWidget(self.text)
            self.text.setPlainText(prepared.text)
        else:
            self._say(
                arg(
                    self.tr(
                        "%1 is a kind of file this app cannot show (%2). Save a decrypted copy to open it elsewhere."
                    ),
                    name,
                    prepared.media_type,
                )
            )
        prepared.image, prepared.text = None, ""

    def _say_pdf_problem(self, problem: str) -> None:
        if problem == NO_RENDERER:
            self._say(self.tr("PDF files cannot be shown: the PDF renderer is not installed."))
        elif problem == NO_PAGES:
            self._say(arg(self.tr("%1 has no pages."), self.name))
        else:
            self._say(arg(self.tr("%1 is not a readable PDF file."), self.name))

    def show_page(self, index: int) -> None:
        """Ask for page `index` (0-based) of the PDF, rendered off the GUI thread; out-of-range
        requests are ignored. The page shown so far stays until the new one arrives."""
        if self._pdf is None or not 0 <= index < self.page_count:
            return
        self.page_index = index
        self._update_pages()
        token = next(_tokens)
        self._wanted.token = token
        pdf, wanted = self._pdf, self._wanted
        QThreadPool.globalInstance().start(lambda: _render_job(pdf, index, token, wanted))

    def _update_pages(self) -> None:
        self.page_label.setText(arg(self.tr("Page %1 of %2"), self.page_index + 1, self.page_count))
        self.previous_button.setEnabled(self.page_index > 0)
        self.next_button.setEnabled(self.page_index < self.page_count - 1)

    def _page_rendered(self, token: int, index: int, image: QImage) -> None:
        """GUI thread: a page from the pool; only the one asked for last is shown."""
        if token != self._wanted.token or self._pdf is None:
            return
        self.shown_page = index
        if image.isNull():
            self.image = None
            self.picture.clear()
            self.picture.setText(arg(self.tr("Page %1 could not be read."), index + 1))
            return
        self._show_image(image)

    def _show_image(self, image: QImage) -> None:
        self.image = image
        self.picture.setPixmap(QPixmap.fromImage(image))
        self._stack.setCurrentIndex(0)

    def _say(self, sentence: str) -> None:
        self.message.setText(sentence)
        self._stack.setCurrentWidget(self.message)
        self._pages.setVisible(False)

    def _release(self) -> None:
        """Drop the decrypted content; pages still rendering are discarded when they arrive."""
        self._wanted.token = -1
        if self._pdf is not None:
            self._pdf.close_later()
            self._pdf = None
        self.image = None
        self.picture.clear()
        self.text.clear()

    def done(self, result: int) -> None:
        """Escape ends a dialog without a close event: release here too."""
        self._release()
        super().done(result)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Drop the decrypted content with the window."""
        self._release()
        super().closeEvent(event)
