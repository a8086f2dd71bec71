"""Evidence attached to a case: the kinds of document, the checklist per case kind, and which files are accepted.

Why here (pure Python, no Qt, no database): the attachments section, ``clinic-app attach``, a future review page
and the tests must agree on what a "pay stub" is, what a driver's case still lacks, and which file is refused and
why. A file is judged by its content (magic bytes), never by its name alone: a ``.pdf`` that is really an
executable, a photo cut short by a failed copy, a zero-byte file or a name with control characters is refused
with a message naming the file, in French and English, before anything is written.

Limits (documented in ``docs/attachments.md`` and ``docs/storage.md``): :data:`MAX_FILE_BYTES` per file and
:data:`MAX_CASE_BYTES` for all of a case's files. The database holds the bytes (encrypted with the rest under
SQLCipher); 200 MB holds forty phone photos at full size (the "smaller copy" is offered for more), and a case that
carried gigabytes would make every backup and bundle slow for everyone.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from clinic_app.domain.case import CaseKind
from clinic_app.errors import ClinicError

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_CASE_BYTES = 200 * 1024 * 1024
MAX_NAME_CHARS = 200
#: Images wider or taller than this are offered a downscaled copy (the original is always kept).
DOWNSCALE_EDGE = 2400


class AttachmentKind(StrEnum):
    """What a document proves. Values are stored: never rename one."""

    DRIVER_CONTRACT = "driver_contract"
    ROUTE_APP_SCREENSHOTS = "route_app_screenshots"
    PAY_STATEMENTS = "pay_statements"
    VEHICLE_EXPENSES = "vehicle_expenses"
    DEACTIVATION_MESSAGE = "deactivation_message"
    PAY_STUBS = "pay_stubs"
    RECORD_OF_EMPLOYMENT = "record_of_employment"
    TERMINATION_LETTER = "termination_letter"
    BADGE = "badge"
    RELEASE_SIGNED = "release_signed"
    CONSENT_FORM = "consent_form"
    OTHER = "other"


KIND_LABELS: dict[AttachmentKind, tuple[str, str]] = {  # (fr, en)
    AttachmentKind.DRIVER_CONTRACT: ("Contrat avec le partenaire de livraison",
                                     "Contract with the delivery partner"),
    AttachmentKind.ROUTE_APP_SCREENSHOTS: ("Captures de l'application de livraison", "Route-app screenshots"),
    AttachmentKind.PAY_STATEMENTS: ("Relevés de paie", "Pay statements"),
    AttachmentKind.VEHICLE_EXPENSES: ("Dépenses de véhicule et d'essence", "Vehicle and fuel expenses"),
    AttachmentKind.DEACTIVATION_MESSAGE: ("Message de désactivation", "Deactivation message"),
    AttachmentKind.PAY_STUBS: ("Talons de paie", "Pay stubs"),
    AttachmentKind.RECORD_OF_EMPLOYMENT: ("Relevé d'emploi", "Record of employment"),
    AttachmentKind.TERMINATION_LETTER: ("Lettre de fin d'emploi", "Termination letter"),
    AttachmentKind.BADGE: ("Carte d'employé (badge)", "Badge"),
    AttachmentKind.RELEASE_SIGNED: ("Quittance signée", "Release signed"),
    AttachmentKind.CONSENT_FORM: ("Formulaire de consentement", "Consent form"),
    AttachmentKind.OTHER: ("Autre pièce", "Other document"),
}

_BOTH = (AttachmentKind.RELEASE_SIGNED, AttachmentKind.CONSENT_FORM)
#: The documents each kind of case should have; the release is listed because, when one was signed, its text
#: decides what may still be claimed (it is "missing" only in that sense: see :func:`checklist`).
CHECKLISTS: dict[CaseKind, tuple[AttachmentKind, ...]] = {
    CaseKind.DRIVER: (AttachmentKind.DRIVER_CONTRACT, AttachmentKind.ROUTE_APP_SCREENSHOTS,
                      AttachmentKind.PAY_STATEMENTS, AttachmentKind.VEHICLE_EXPENSES,
                      AttachmentKind.DEACTIVATION_MESSAGE, *_BOTH),
    CaseKind.WAREHOUSE: (AttachmentKind.PAY_STUBS, AttachmentKind.RECORD_OF_EMPLOYMENT,
                         AttachmentKind.TERMINATION_LETTER, AttachmentKind.BADGE, *_BOTH),
}


def kind_label(kind: AttachmentKind, lang: str = "fr") -> str:
    fr, en = KIND_LABELS[kind]
    return en if lang == "en" else fr


def kinds_for(case_kind: CaseKind) -> tuple[AttachmentKind, ...]:
    """The kinds a person may pick for a case of ``case_kind``: its checklist, then "other"."""
    return (*CHECKLISTS[case_kind], AttachmentKind.OTHER)


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    kind: AttachmentKind
    count: int  # how many files of this kind the case has
    applies: bool = True  # False: not expected for this case (a release when none was signed)

    @property
    def missing(self) -> bool:
        return self.applies and self.count == 0


def checklist(case_kind: CaseKind, present: Iterable[AttachmentKind], *,
              release_signed: bool = False) -> list[ChecklistItem]:
    """The case kind's checklist with, for each kind, how many files the case has.

    A signed release is expected only when the case says one was signed: without one there is nothing to attach.
    """
    counts: dict[AttachmentKind, int] = {}
    for kind in present:
        counts[kind] = counts.get(kind, 0) + 1
    return [ChecklistItem(k, counts.get(k, 0), release_signed or k is not AttachmentKind.RELEASE_SIGNED)
            for k in CHECKLISTS[case_kind]]


def missing_kinds(case_kind: CaseKind, present: Iterable[AttachmentKind], *,
                  release_signed: bool = False) -> list[AttachmentKind]:
    """What the case still lacks, in checklist order (for the review page and the attachments section)."""
    return [i.kind for i in checklist(case_kind, present, release_signed=release_signed) if i.missing]


# -- file types ----------------------------------------------------------------------------------------------

class FileType(StrEnum):
    PDF = "application/pdf"
    JPEG = "image/jpeg"
    PNG = "image/png"
    HEIC = "image/heic"
    TEXT = "text/plain"

    @property
    def is_image(self) -> bool:
        return self in (FileType.JPEG, FileType.PNG, FileType.HEIC)


EXTENSIONS: dict[str, FileType] = {
    ".pdf": FileType.PDF, ".jpg": FileType.JPEG, ".jpeg": FileType.JPEG, ".png": FileType.PNG,
    ".heic": FileType.HEIC, ".heif": FileType.HEIC, ".txt": FileType.TEXT,
}
_HEIC_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1",
                          b"msf1"})
_PDF_EOF_WINDOW = 2048  # "%%EOF" must be this close to the end (trailing newlines, a signature's padding)


def sniff(data: bytes) -> FileType | None:
    """The type the content says it is (magic bytes), or None. Text is judged last: valid UTF-8, no NUL."""
    if data.startswith(b"%PDF-"):
        return FileType.PDF
    if data.startswith(b"\xff\xd8\xff"):
        return FileType.JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileType.PNG
    if len(data) >= 12 and data[4:8] == b"ftyp" and data[8:12] in _HEIC_BRANDS:
        return FileType.HEIC
    if b"\x00" not in data[:65536]:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return FileType.TEXT
    return None


class AttachmentRefused(ClinicError):
    """A file that cannot be attached; the message names the file and says why, in French and English."""

    exit_status = 1

    def __init__(self, code: str, filename: str, **params: object) -> None:
        self.code = code
        self.filename = filename
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "fr") -> str:
        fr, en = _REFUSALS[self.code]
        params = dict(self.params)
        if params.get("found") == "text":
            params["found"] = "text" if lang == "en" else "texte"
        text = (en if lang == "en" else fr).format(**params)
        return f"« {self.filename} » : {text}" if lang != "en" else f"“{self.filename}”: {text}"


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f}"


_REFUSALS: dict[str, tuple[str, str]] = {
    "empty": ("le fichier est vide (0 octet) ; rien n'a été ajouté", "the file is empty (0 bytes); nothing was added"),
    "too_large": ("le fichier dépasse la limite de {limit} Mo par fichier ({size} Mo) ; rien n'a été ajouté",
                  "the file is over the {limit} MB limit per file ({size} MB); nothing was added"),
    "case_full": ("le dossier dépasserait la limite de {limit} Mo de pièces ({size} Mo déjà) ; rien n'a été ajouté",
                  "the case would go over its {limit} MB limit for documents ({size} MB already); "
                  "nothing was added"),
    "bad_name": ("le nom du fichier contient des caractères refusés ou est trop long ; renommez-le",
                 "the file name has characters that are not allowed or is too long; rename it"),
    "unsupported": ("type de fichier non pris en charge (acceptés : PDF, JPEG, PNG, HEIC, texte)",
                    "file type not supported (accepted: PDF, JPEG, PNG, HEIC, text)"),
    "mismatch": ("le contenu n'est pas ce que dit l'extension ({ext} attendu, contenu : {found}) ; "
                 "rien n'a été ajouté",
                 "the content is not what the extension says ({ext} expected, content: {found}); nothing was added"),
    "corrupt": ("le fichier est endommagé ou tronqué ({what}) ; rien n'a été ajouté",
                "the file is damaged or truncated ({what}); nothing was added"),
    "unreadable": ("impossible de lire le fichier ({reason})", "cannot read the file ({reason})"),
    "bad_kind": ("type de pièce inconnu : {kind} (attendus : {choices})",
                 "unknown document kind: {kind} (expected: {choices})"),
}


def clean_filename(name: str) -> str:
    """The name to store: the last path part, NFC, trimmed. :class:`AttachmentRefused` ``bad_name`` if it has
    control or separator characters, is empty or is longer than :data:`MAX_NAME_CHARS`."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = unicodedata.normalize("NFC", base).strip()
    shown = base.encode("ascii", "backslashreplace").decode("ascii")[:80] if base else "?"
    if not base or base in (".", "..") or len(base) > MAX_NAME_CHARS:
        raise AttachmentRefused("bad_name", shown)
    for ch in base:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            raise AttachmentRefused("bad_name", shown)
    return base


def _extension(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def check_structure(kind: FileType, data: bytes) -> str | None:
    """A cheap check that the file is whole (what the magic bytes cannot tell); the reason if it is not.

    Decoding the image or the PDF is the services' job (Pillow, QtPdf); this catches the copy cut short.
    """
    if kind is FileType.PDF and b"%%EOF" not in data[-_PDF_EOF_WINDOW:]:
        return "PDF sans fin de fichier / PDF without end-of-file marker"
    if kind is FileType.JPEG and b"\xff\xd9" not in data[-4096:]:
        return "JPEG tronqué / truncated JPEG"
    if kind is FileType.PNG and b"IEND" not in data[-64:]:
        return "PNG tronqué / truncated PNG"
    return None


def validate_file(name: str, data: bytes) -> tuple[str, FileType]:
    """The stored name and type of a file a person chose, or :class:`AttachmentRefused` naming it and why."""
    clean = clean_filename(name)
    if not data:
        raise AttachmentRefused("empty", clean)
    if len(data) > MAX_FILE_BYTES:
        raise AttachmentRefused("too_large", clean, limit=_mb(MAX_FILE_BYTES), size=_mb(len(data)))
    ext = _extension(clean)
    expected = EXTENSIONS.get(ext)
    found = sniff(data)
    if expected is None:
        raise AttachmentRefused("unsupported", clean)
    if found is not expected:
        raise AttachmentRefused("mismatch", clean, ext=ext, found=_describe(found))
    problem = check_structure(found, data)
    if problem is not None:
        raise AttachmentRefused("corrupt", clean, what=problem)
    return clean, found


def check_case_room(filename: str, size: int, case_total: int) -> None:
    """Refuse a file that would take the case over :data:`MAX_CASE_BYTES`."""
    if case_total + size > MAX_CASE_BYTES:
        raise AttachmentRefused("case_full", filename, limit=_mb(MAX_CASE_BYTES), size=_mb(case_total))


def parse_kind(text: str, case_kind: CaseKind | None = None) -> AttachmentKind:
    """A kind typed on the command line (its value, e.g. ``pay_stubs``); ``bad_kind`` names the choices."""
    allowed = kinds_for(case_kind) if case_kind is not None else tuple(AttachmentKind)
    for kind in allowed:
        if text.strip().lower() == kind.value:
            return kind
    raise AttachmentRefused("bad_kind", "--kind", kind=text, choices=", ".join(k.value for k in allowed))


def _describe(found: FileType | None) -> str:
    return {None: "?", FileType.PDF: "PDF", FileType.JPEG: "JPEG", FileType.PNG: "PNG", FileType.HEIC: "HEIC",
            FileType.TEXT: "text"}[found]


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """One attachment as the services hand it out (no bytes: those are read on demand)."""

    id: str
    case_uuid: str
    kind: AttachmentKind
    filename: str
    mime: FileType
    size: int
    sha256: str
    rotation: int  # degrees clockwise, 0/90/180/270: applied when shown, the stored bytes stay the original
    added_at: dt.datetime
    added_by: str
    derived_from: str | None = None  # a downscaled copy names its original
