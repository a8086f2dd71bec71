"""Encrypted case bundles between laptops: export, preview, import (merge by case UUID).

A volunteer's laptop writes its cases (all, or those changed since its last bundle) to one file sealed
with a passphrase (:mod:`clinic_app.export.bundle_format`), frame by frame; the coordinator's laptop opens
it, plans the merge (:mod:`clinic_app.export.merge`), shows the plan, and writes it in ONE storage
transaction (``CaseStore.write_imported_batches``), recording the merge bases (sync marks) for the sending
laptop.

Why :class:`PreparedImport`: the preview a person confirms is the plan that is written. The preview reads
the file one frame at a time and keeps a summary (what it decided for each case, one byte a case); Import
reads the file again and checks each frame is the one previewed, so neither reading holds the bundle (a
million cases planned whole took gigabytes). If this laptop's cases change between the preview and the
confirmation (a case saved in another tab), :meth:`PreparedImport.apply` notices that the plan is no longer
the one shown and refuses, rather than writing something nobody saw.

Nothing here deletes: cases absent from a bundle are left alone, soft-deleted cases are not exported.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import hashlib
import os
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from clinic_app.domain.attachments import AttachmentInfo
from clinic_app.domain.case import Case, Establishment, utc_now
from clinic_app.domain.case_json import (
    SCHEMA_VERSION,
    case_from_dict,
    case_to_dict,
    establishment_from_dict,
    establishment_to_dict,
)
from clinic_app.domain.parsing import ParseError
from clinic_app.domain.site_merge import move_case_to_site, resolve_merged
from clinic_app.export.atomic import atomic_binary
from clinic_app.export.bundle_format import (
    DEFAULT_SCRYPT_N,
    FRAME_CASES,
    BundleKey,
    FramedWriter,
    changed_file,
    open_parts,
)
from clinic_app.export.errors import BundleError, ExportCancelled, ExportError
from clinic_app.export.merge import Action, PlannedCase, PlannedSite, fingerprint, plan_merge, settled

if TYPE_CHECKING:
    from clinic_app.storage import CaseStore

__all__ = ["ImportPreview", "PreparedImport", "PreviewItem", "export_bundle", "import_bundle",
           "prepare_import", "preview_import", "LAST_EXPORT_SETTING"]

PAYLOAD_FORMAT = "clinic-intake-cases"
#: Setting (in the store) holding when this laptop last wrote a bundle, for "changed since the last bundle".
LAST_EXPORT_SETTING = "bundle.last_export_at"
#: The clinic's list of adverse parties and of parties it acts for (``services.conflicts.LIST_KEY``): it travels in
#: bundles so every laptop checks conflicts against the same list; an import adds the entries it lacks.
PARTIES_SETTING = "conflicts.parties"
#: Called with (done, total); returning False cancels (before anything is written).
Progress = Callable[[int, int], bool | None]


# -- export ----------------------------------------------------------------------------------------------

def last_export_at(store: CaseStore) -> dt.datetime | None:
    """When this laptop last wrote a bundle (``None`` if never, or if the setting is unreadable)."""
    text = store.get_setting(LAST_EXPORT_SETTING)
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def imported_since(store: CaseStore, since: dt.datetime) -> set[str]:
    """UUIDs of the cases an import wrote on this laptop at or after ``since`` (from the audit log).

    Why: an imported case keeps the ``updated_at`` of the laptop where it was edited, often older than
    this laptop's last bundle; "changed since the last bundle" must still send it on (the coordinator's
    laptop passes volunteers' cases to the others). The audit log is read from the newest entry back,
    in growing pages, until it reaches ``since``.
    """
    limit = 1000
    while True:
        entries = store.audit_entries(limit=limit)  # oldest first
        hits = {e.case_uuid for e in entries
                if e.case_uuid and e.at >= since and e.action.startswith("import")}
        if not entries or len(entries) < limit or entries[0].at < since:
            return hits
        limit *= 10


def _cases_to_send(store: CaseStore, since: dt.datetime | None) -> tuple[int, Iterator[Case]]:
    """How many cases go in the bundle, and the cases: all live ones, or those changed or imported since."""
    from clinic_app.storage import CaseNotFoundError, CaseQuery

    query = CaseQuery(limit=None, updated_since=since)
    if since is None:
        return store.count_cases(query), store.iter_cases(query)
    changed = {c.uuid: c for c in store.iter_cases(query)}
    extra: list[Case] = []
    for uuid in sorted(imported_since(store, since) - set(changed)):
        try:
            if not store.is_deleted(uuid):
                extra.append(store.get_case(uuid))
        except CaseNotFoundError:  # purged since
            continue
    cases = [*changed.values(), *extra]
    return len(cases), iter(cases)


def attachments_size(store: CaseStore, since: dt.datetime | None = None) -> tuple[int, int]:
    """(files, bytes) of the attachments a bundle with ``include_attachments`` would carry: shown before export."""
    from clinic_app.storage import attachments

    if since is None:
        return attachments.live_totals(store)
    _total, source = _cases_to_send(store, since)
    infos = attachments.list_for_cases(store, [c.uuid for c in source])
    return len(infos), sum(i.size for i in infos)


def _attachments_payload(store: CaseStore, uuids: list[str]) -> list[dict[str, Any]]:
    import base64

    from clinic_app.storage import attachments

    out = []
    for info in attachments.list_for_cases(store, uuids):
        out.append({"id": info.id, "case_uuid": info.case_uuid, "kind": info.kind.value, "filename": info.filename,
                    "mime": info.mime.value, "size": info.size, "sha256": info.sha256, "rotation": info.rotation,
                    "added_at": info.added_at.isoformat(), "added_by": info.added_by,
                    "derived_from": info.derived_from,
                    "data": base64.b64encode(attachments.read_data(store, info.id)).decode("ascii")})
    return out


def _parties(store: CaseStore) -> list[Any]:
    import json

    raw = store.get_setting(PARTIES_SETTING)
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def export_bundle(store: CaseStore, path: str | os.PathLike[str], passphrase: str, *,
                  since: dt.datetime | None = None, scrypt_n: int = DEFAULT_SCRYPT_N,
                  progress: Progress | None = None, include_attachments: bool = False) -> int:
    """Write every live case (or those changed or imported since ``since``) to an encrypted bundle.

    Returns the number of cases written. Establishments go along in full (they are few and shared), and so does
    the clinic's list of parties (conflict check). Attachments only with ``include_attachments`` (off by
    default: they can make a bundle hundreds of megabytes; :func:`attachments_size` says how much first). The
    time the export *started* becomes the laptop's "last bundle" time: a case saved while the bundle was
    being written goes in the next one.
    """
    started = utc_now()
    total, source = _cases_to_send(store, since)
    files: list[dict[str, Any]] = []
    if include_attachments:  # asked for (off by default): the cases' files go in the head, read before the frames
        files = _attachments_payload(store, [case.uuid for case in _cases_to_send(store, since)[1]])
    head = {
        "format": PAYLOAD_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "source_laptop": store.laptop_id,
        "source_prefix": getattr(store, "case_prefix", ""),  # what people know a laptop by: its case numbers
        "created_at": started.isoformat(),
        "since": since.isoformat() if since is not None else None,
        "establishments": [establishment_to_dict(e) for e in store.list_establishments()],
        # purged cases (UUID and date only): the laptop that imports this never brings them back either
        "tombstones": [{"uuid": u, "purged_at": at.isoformat()} for u, at in sorted(store.tombstones().items())],
        # duplicate sites merged here (duplicate id -> site kept): the laptop that imports this merges them too
        "merged_sites": dict(sorted(store.merged_sites().items())),
        "conflict_parties": _parties(store),
    }
    if include_attachments:
        head["attachments"] = files
    # Sealed frame by frame as the cases are read (bundle_format, format 2): one frame in memory, not all.
    written = 0
    with atomic_binary(path) as fh:
        writer = FramedWriter(fh, head, passphrase, scrypt_n=scrypt_n)
        frame: list[dict[str, Any]] = []
        for case in source:
            frame.append(case_to_dict(case))
            written += 1
            if len(frame) >= FRAME_CASES:
                writer.add_cases(frame)
                frame = []
            if progress is not None and written % 500 == 0 and progress(written, total) is False:
                raise ExportCancelled
        if frame:
            writer.add_cases(frame)
        writer.close()
    store.set_setting(LAST_EXPORT_SETTING, started.isoformat())
    scope = "all" if since is None else f"since={since.isoformat(timespec='seconds')}"
    store.record_audit("bundle_export", detail=f"bundle export {scope} n={written} files={len(files)}")
    if progress is not None:
        progress(written, total)
    return written


# -- reading a bundle --------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class BundleContent:
    """A bundle's head (who sent it, sites, tombstones, merges, attachments, parties); its cases only from
    :func:`read_bundle` (an import reads them frame by frame instead)."""

    source_laptop: str
    source_prefix: str
    created_at: dt.datetime | None
    since: dt.datetime | None
    establishments: list[Establishment]
    cases: list[tuple[Case, str]]  # with the fingerprint of the case as sealed (read_bundle only)
    tombstones: dict[str, dt.datetime] = field(default_factory=dict)  # cases purged on the sending laptop
    merged_sites: dict[str, str] = field(default_factory=dict)  # duplicate site id -> site kept, on the sender
    attachments: list[tuple[AttachmentInfo, bytes]] = field(default_factory=list)
    conflict_parties: list[dict[str, str]] = field(default_factory=list)


def _timestamp(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def _unreadable(field_name: str) -> BundleError:
    return BundleError(
        "unreadable",
        f"le paquet contient une donnée que ce programme ne sait pas lire ({field_name}) : rien n'a été importé",
        f"the bundle holds data this program cannot read ({field_name}); nothing was imported")


class _BundleFile:
    """A bundle file open for one reading, frame by frame: its head (everything but the cases), then its cases.

    Why: a bundle of a million cases is read twice (the preview, then the import) holding one frame of about
    1,000 cases at a time, never the whole file. ``digests`` gathers the SHA-256 of each sealed part read,
    so the second reading can check that the file is still the one previewed. ``secret``: the passphrase
    (first reading), or the :attr:`key` it gave (later readings: no second key derivation).
    """

    def __init__(self, path: str | os.PathLike[str], secret: str | BundleKey) -> None:
        try:
            self._fh = open(path, "rb")  # noqa: SIM115 (closed by close(), after the last frame)
        except FileNotFoundError:
            raise BundleError("missing", "fichier introuvable", "file not found") from None
        except OSError as exc:
            raise BundleError("unreadable_file", f"fichier illisible ({exc.strerror})",
                              f"cannot read the file ({exc.strerror})") from None
        try:
            self.size = os.fstat(self._fh.fileno()).st_size
            self.key, self._parts = open_parts(self._fh, secret)
            digest, payload = next(self._parts)
            self.digests = [digest]
            self.head = _head(payload)
            # format 1: the cases came with the head (one sealed block); format 2: one frame each
            self._old_cases: list[Any] | None = payload.get("cases")
        except BaseException:
            self._fh.close()
            raise

    def frames(self) -> Iterator[list[tuple[Case, str]]]:
        """Each frame's cases, parsed, with the fingerprint of each as sealed; the file is closed at the end."""
        done = 0
        try:
            if self._old_cases is not None:
                for start in range(0, len(self._old_cases), FRAME_CASES):
                    frame = _parse_cases(self._old_cases[start:start + FRAME_CASES], done)
                    done += len(frame)
                    yield frame
                self._old_cases = None
                return
            for digest, payload in self._parts:
                self.digests.append(digest)
                frame = _parse_cases(payload["cases"], done)
                del payload
                done += len(frame)
                yield frame
        finally:
            self._fh.close()

    @property
    def position(self) -> int:
        """How far into the file the reading is (bytes): the progress of a preview."""
        return self._fh.tell() if not self._fh.closed else self.size

    def close(self) -> None:
        self._fh.close()


def _head(payload: dict[str, Any]) -> BundleContent:
    """The bundle's head (sites, tombstones, merges, attachments, parties), checked; its cases come after."""
    if payload.get("format") != PAYLOAD_FORMAT:
        raise _unreadable("format")
    version = payload.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _unreadable("schema_version")
    if version > SCHEMA_VERSION:
        raise BundleError(
            "newer_version",
            f"ce paquet vient d'une version plus récente de Clinic Intake (dossiers au format {version}, ce "
            f"programme lit jusqu'au format {SCHEMA_VERSION}) : mettez le programme à jour, rien n'a été importé",
            f"this bundle was made by a newer version of Clinic Intake (case format {version}, this program "
            f"reads up to {SCHEMA_VERSION}): update the program; nothing was imported")
    raw_ests = payload.get("establishments")
    if not isinstance(raw_ests, list) or not isinstance(payload.get("cases", []), list):
        raise _unreadable("cases")
    source = payload.get("source_laptop")
    if not isinstance(source, str) or not source:
        raise _unreadable("source_laptop")
    try:
        ests = [establishment_from_dict(e) for e in raw_ests]
    except ParseError as err:
        raise _unreadable(err.field) from None
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError, RecursionError):
        raise _unreadable("establishments") from None
    prefix = payload.get("source_prefix")
    return BundleContent(source, prefix if isinstance(prefix, str) else "", _timestamp(payload.get("created_at")),
                         _timestamp(payload.get("since")), ests, [], _tombstones(payload.get("tombstones")),
                         _merged_sites(payload.get("merged_sites")),
                         _attachments(payload.get("attachments")), _conflict_parties(payload.get("conflict_parties")))


def _parse_cases(raw: list[Any], offset: int) -> list[tuple[Case, str]]:
    """One frame's cases with their fingerprints; ``offset``: the index of the first in the bundle."""
    out: list[tuple[Case, str]] = []
    try:
        for d in raw:
            case = case_from_dict(d)
            out.append((case, fingerprint(case_to_dict(case))))
    except ParseError as err:
        raise _unreadable(err.field) from None
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError, RecursionError):
        # the domain's parser met a shape it does not check for: refuse the bundle, never crash
        raise _unreadable(f"cases[{offset + len(out)}]") from None
    return out


def _uuid_key(uuid: str) -> int:
    return int.from_bytes(hashlib.blake2b(uuid.encode("utf-8"), digest_size=8).digest(), "big")


def _check_unique(path: str | os.PathLike[str], secret: BundleKey, keys: array[int]) -> None:
    """Refuse a bundle holding a case twice. ``keys``: a 64-bit hash of each case's UUID (8 bytes a case, not
    a set of a million strings), compared an eighth at a time; only when two hashes meet is the file read
    again to compare the UUIDs themselves."""
    twice: set[int] = set()
    for bucket in range(8):
        seen: set[int] = set()
        for key in keys:
            if key & 7 == bucket:
                if key in seen:
                    twice.add(key)
                seen.add(key)
    del seen
    if not twice:
        return
    reader = _BundleFile(path, secret)
    uuids: set[str] = set()
    index = 0
    for frame in reader.frames():
        for case, _fp in frame:
            if _uuid_key(case.uuid) in twice:
                if case.uuid in uuids:
                    reader.close()
                    raise _unreadable(f"cases[{index}].uuid")
                uuids.add(case.uuid)
            index += 1


def read_bundle(path: str | os.PathLike[str], passphrase: str, *,
                progress: Progress | None = None) -> BundleContent:
    """Decrypt and parse a whole bundle file; :class:`BundleError` for anything that is not a sound bundle.

    Holds every case: for tools and tests. An import reads the file frame by frame (:func:`prepare_import`).
    """
    reader = _BundleFile(path, passphrase)
    cases: list[tuple[Case, str]] = []
    keys: array[int] = array("Q")
    for frame in reader.frames():
        cases += frame
        keys.extend(_uuid_key(c.uuid) for c, _fp in frame)
        if progress is not None and progress(reader.position, reader.size) is False:
            reader.close()
            raise ExportCancelled
    _check_unique(path, reader.key, keys)
    return dataclasses.replace(reader.head, cases=cases)


def _merged_sites(raw: Any) -> dict[str, str]:
    """The bundle's merged sites (older bundles have none); anything malformed makes the bundle unreadable."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, str) and 0 < len(k) <= 36
                                            and 0 < len(v) <= 36 for k, v in raw.items()):
        raise _unreadable("merged_sites")
    return dict(raw)


def _conflict_parties(raw: Any) -> list[dict[str, str]]:
    """The sending laptop's list of parties (older bundles have none); malformed entries make it unreadable."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise _unreadable("conflict_parties")
    out = []
    for i, item in enumerate(raw):
        if (not isinstance(item, dict) or not isinstance(item.get("name"), str)
                or item.get("role") not in ("adverse", "client") or not 0 < len(item["name"]) <= 300):
            raise _unreadable(f"conflict_parties[{i}]")
        note = item.get("note", "")
        out.append({"name": item["name"], "role": item["role"], "note": note if isinstance(note, str) else ""})
    return out


def _attachments(raw: Any) -> list[tuple[AttachmentInfo, bytes]]:
    """The bundle's attachments, each checked again as if a person had chosen it (type by content, size, name)
    and against its SHA-256: a bundle from a compromised laptop cannot slip in what ``attach`` would refuse."""
    import base64
    import binascii
    import hashlib

    from clinic_app.domain.attachments import AttachmentKind, AttachmentRefused, validate_file

    if raw is None:
        return []
    if not isinstance(raw, list):
        raise _unreadable("attachments")
    out: list[tuple[AttachmentInfo, bytes]] = []
    for i, item in enumerate(raw):
        try:
            data = base64.b64decode(item["data"], validate=True)
            name, ftype = validate_file(item["filename"], data)
            added = dt.datetime.fromisoformat(item["added_at"])
            info = AttachmentInfo(str(item["id"])[:36], str(item["case_uuid"])[:36], AttachmentKind(item["kind"]),
                                  name, ftype, len(data), hashlib.sha256(data).hexdigest(),
                                  int(item.get("rotation", 0)) % 360,
                                  added if added.tzinfo is not None else added.replace(tzinfo=dt.UTC),
                                  str(item.get("added_by", ""))[:200],
                                  str(item["derived_from"])[:36] if item.get("derived_from") else None)
        except (TypeError, ValueError, KeyError, binascii.Error, AttachmentRefused):
            raise _unreadable(f"attachments[{i}]") from None
        if info.sha256 != item.get("sha256"):
            raise _unreadable(f"attachments[{i}].sha256")
        out.append((info, data))
    return out


def _tombstones(raw: Any) -> dict[str, dt.datetime]:
    """The bundle's tombstones (older bundles have none); anything malformed makes the bundle unreadable."""
    if raw is None:
        return {}
    if not isinstance(raw, list):
        raise _unreadable("tombstones")
    out: dict[str, dt.datetime] = {}
    for i, item in enumerate(raw):
        uuid = item.get("uuid") if isinstance(item, dict) else None
        at = _timestamp(item.get("purged_at")) if isinstance(item, dict) else None
        if not isinstance(uuid, str) or not 0 < len(uuid) <= 36 or at is None:
            raise _unreadable(f"tombstones[{i}]")
        out[uuid] = at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)
    return out


# -- preview and import ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PreviewItem:
    """One case of the preview. ``display_name`` is for the screen only; the CLI prints case numbers."""

    uuid: str
    case_number: str
    display_name: str
    kind: str
    site: str
    local_updated_at: dt.datetime | None
    incoming_updated_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class SitePreviewItem:
    """One site of the preview: its code and name, and the facts that differ from this laptop's copy."""

    id: str
    code: str
    employer_legal_name: str
    fields: tuple[str, ...] = ()


@dataclass(slots=True)
class ImportPreview:
    """What an import adds, updates, leaves in conflict, and finds unchanged (or newer here)."""

    added: list[PreviewItem] = field(default_factory=list)
    updated: list[PreviewItem] = field(default_factory=list)
    conflicts: list[PreviewItem] = field(default_factory=list)
    unchanged: list[PreviewItem] = field(default_factory=list)
    kept_local: list[PreviewItem] = field(default_factory=list)  # newer (or only changed) on this laptop
    erased: list[str] = field(default_factory=list)  # UUIDs in the bundle purged here: never brought back
    sites_added: list[SitePreviewItem] = field(default_factory=list)
    sites_updated: list[SitePreviewItem] = field(default_factory=list)
    site_conflicts: list[SitePreviewItem] = field(default_factory=list)  # changed on both laptops
    source_laptop: str = ""
    source_prefix: str = ""  # the sending laptop's case-number prefix (older bundles: empty)
    bundle_created_at: dt.datetime | None = None
    written: bool = False
    #: how many cases each list stands for; the lists of added, updated, unchanged and kept cases hold at most
    #: :data:`PREVIEW_LIMIT` items each (the first by case number): a preview of a million cases lists a
    #: few thousand, and counts them all. Conflicts are always listed in full (a person settles each).
    totals: dict[str, int] = field(default_factory=dict)

    @property
    def writes_anything(self) -> bool:
        c = self.counts()
        return bool(c["added"] or c["updated"] or self.sites_added or self.sites_updated)

    @property
    def listed_in_part(self) -> bool:
        """Whether some list holds fewer items than the cases it counts (see :attr:`totals`)."""
        return any(n > len(getattr(self, key)) for key, n in self.counts().items())

    @property
    def establishments_added(self) -> int:
        return len(self.sites_added)

    @property
    def source_name(self) -> str:
        """How to name the sending laptop to a person: its case-number prefix, else its identifier."""
        return self.source_prefix or self.source_laptop

    def counts(self) -> dict[str, int]:
        return {key: self.totals.get(key, len(getattr(self, key)))
                for key in ("added", "updated", "conflicts", "unchanged", "kept_local")}


def _item(case: Case, local_updated: dt.datetime | None) -> PreviewItem:
    return PreviewItem(case.uuid, case.case_number, case.display_name, str(case.kind), case.site_or_company,
                       local_updated, case.updated_at)


def _order(item: PreviewItem) -> tuple[str, str]:
    return item.case_number, item.uuid


class _FirstItems:
    """The first ``limit`` items by case number of a list too long to hold (sorted and cut every ``limit``)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.items: list[PreviewItem] = []

    def add(self, item: PreviewItem) -> None:
        self.items.append(item)
        if len(self.items) >= 2 * self.limit:
            self.items.sort(key=_order)
            del self.items[self.limit:]

    def result(self) -> list[PreviewItem]:
        return sorted(self.items, key=_order)[:self.limit]


@dataclass(frozen=True, slots=True)
class _LocalState:
    """What a plan is made against, read once: the write mark, this laptop's tombstones and sites, the merges.

    This laptop's copies of the cases and the merge bases are NOT here: they are read one frame at a time.
    """

    mark: tuple[Any, ...]
    purged: frozenset[str]  # tombstones here: those cases are left out of the plan
    establishments: dict[str, Establishment]
    merged: dict[str, str]  # duplicate sites merged here or in the bundle
    known: dict[str, Establishment]  # sites by id: this laptop's over the bundle's
    move_copies: bool  # the bundle merged sites: this laptop's copies are compared as moved (see _as_merged)


def _write_mark(store: CaseStore) -> tuple[Any, ...]:
    """A cheap token that changes whenever this database's cases change.

    Storage writes an audit entry in the same transaction as every case write (create, save, delete,
    import, establishment, purge), so the newest audit entry and the number of cases tell whether
    anything was written since. An unrelated entry (an export) only makes :meth:`PreparedImport.apply`
    plan again and compare; it never lets a change through.
    """
    from clinic_app.storage import CaseQuery

    newest = store.audit_entries(limit=1)
    last = (newest[-1].at, newest[-1].action, newest[-1].case_uuid, newest[-1].detail) if newest else None
    return (last, store.count_cases(CaseQuery(include_deleted=True, limit=None)))


def _local_state(store: CaseStore, head: BundleContent) -> _LocalState:
    mark = _write_mark(store)
    establishments = {e.id: e for e in store.list_establishments()}
    merged = {**head.merged_sites, **store.merged_sites()}
    known = {**{e.id: e for e in head.establishments}, **establishments}
    return _LocalState(mark, frozenset(store.tombstones()), establishments, merged, known, bool(head.merged_sites))


def _site_kept(site_id: str | None, merged: dict[str, str], known: dict[str, Establishment]) -> Establishment | None:
    """The site a case of ``site_id`` belongs to after the merges, if that site is known (else None)."""
    if site_id is None or site_id not in merged:
        return None
    return known.get(resolve_merged(site_id, merged))


def _as_merged(pair: tuple[Case, str], merged: dict[str, str],
               known: dict[str, Establishment]) -> tuple[Case, str]:
    """A ``(case, fingerprint)`` moved to the site kept when its site was merged, exactly as storage moves it
    (a copy, with its new fingerprint); unchanged otherwise. Both sides of a plan go through it, so a case
    moved on one laptop and not yet on the other compares equal."""
    case, _fp = pair
    site = _site_kept(case.establishment_id, merged, known)
    if site is None:
        return pair
    moved = copy.deepcopy(case)
    move_case_to_site(moved, site)
    return moved, fingerprint(case_to_dict(moved))


#: One byte per case of the bundle, in file order, for what the preview decided (before conflicts are settled).
_CODES: tuple[Action | None, ...] = (Action.ADD, Action.UPDATE, Action.UNCHANGED, Action.KEEP_LOCAL,
                                     Action.CONFLICT, None)  # None: purged here, left out
_CODE = {action: code for code, action in enumerate(_CODES)}
#: Items listed per kind in a preview (each kind is counted in full).
PREVIEW_LIMIT = 1000


def _plan_frame(store: CaseStore, state: _LocalState, peer: str,
                frame: list[tuple[Case, str]]) -> list[tuple[int, PlannedCase | None]]:
    """What the import does with each case of one frame: its code in :data:`_CODES` and its planned case
    (None when purged here). This laptop's copies and the merge bases of the frame's cases are read here,
    a frame at a time (a plan of a million cases is never held)."""
    live = [_as_merged(pair, state.merged, state.known) for pair in frame if pair[0].uuid not in state.purged]
    uuids = [c.uuid for c, _fp in live]
    copies = {c.uuid: (c, fingerprint(case_to_dict(c))) for c in store.get_cases(uuids)}
    if state.move_copies:  # as they will be once the bundle's merges are made here (PreparedImport.apply)
        copies = {uuid: _as_merged(pair, state.merged, state.known) for uuid, pair in copies.items()}
    planned = iter(plan_merge(live, copies.get, store.get_sync_marks(peer, uuids)).cases)
    return [(_CODE[None], None) if case.uuid in state.purged else (_CODE[(p := next(planned)).action], p)
            for case, _fp in frame]


def _site_plan(store: CaseStore, state: _LocalState, head: BundleContent, take_incoming: frozenset[str],
               keep_local: frozenset[str]) -> list[PlannedSite]:
    """The bundle's sites planned against this laptop's (merged duplicates left out): they are few."""
    sites = [e for e in head.establishments if _site_kept(e.id, state.merged, state.known) is None]
    bases = store.get_sync_marks(head.source_laptop, [e.id for e in sites])
    return plan_merge([], lambda _uuid: None, bases, incoming_establishments=sites,
                      local_establishment=state.establishments.get, take_incoming=take_incoming,
                      keep_local=keep_local).sites


def _site_signature(sites: list[PlannedSite]) -> list[tuple[str, str]]:
    return sorted((p.id, p.action.value) for p in sites)


@dataclass(slots=True)
class _Scan:
    """What the preview keeps of a bundle: its head, a digest of each sealed part, one byte per case (the
    decision), the counts, the first items of each kind, every conflict and every case purged here.

    Neither the passphrase (the key derived from it instead: see :class:`BundleKey`) nor the attachments'
    bytes (Import reads them again from the previewed frame 0) are kept while a person looks at the preview."""

    path: str | os.PathLike[str]
    key: BundleKey
    head: BundleContent
    state: _LocalState
    digests: list[bytes] = field(default_factory=list)
    codes: bytearray = field(default_factory=bytearray)
    totals: dict[Action, int] = field(default_factory=lambda: dict.fromkeys(Action, 0))
    first: dict[Action, list[PreviewItem]] = field(default_factory=dict)
    conflicts: list[PreviewItem] = field(default_factory=list)
    erased: list[str] = field(default_factory=list)


def _scan(store: CaseStore, path: str | os.PathLike[str], passphrase: str,
          progress: Progress | None = None) -> _Scan:
    """The preview's reading: every frame decrypted, authenticated and planned, one at a time.

    Every frame is authenticated here, before anything is written: a damaged file is refused whole.
    """
    reader = _BundleFile(path, passphrase)
    head = dataclasses.replace(reader.head, attachments=[])
    scan = _Scan(path, reader.key, head, _local_state(store, head))
    keys: array[int] = array("Q")
    first = {a: _FirstItems(PREVIEW_LIMIT) for a in (Action.ADD, Action.UPDATE, Action.UNCHANGED, Action.KEEP_LOCAL)}
    try:
        for frame in reader.frames():
            keys.extend(_uuid_key(c.uuid) for c, _fp in frame)
            for (case, _fp), (code, planned) in zip(frame, _plan_frame(store, scan.state, reader.head.source_laptop,
                                                                       frame), strict=True):
                scan.codes.append(code)
                if planned is None:
                    scan.erased.append(case.uuid)
                    continue
                scan.totals[planned.action] += 1
                item = _item(planned.incoming, planned.local_updated_at)
                if planned.action is Action.CONFLICT:
                    scan.conflicts.append(item)
                else:
                    first[planned.action].add(item)
            if progress is not None and progress(reader.position, reader.size) is False:
                raise ExportCancelled
    finally:
        reader.close()
    scan.digests = reader.digests
    _check_unique(path, reader.key, keys)
    scan.first = {a: f.result() for a, f in first.items()}
    scan.conflicts.sort(key=_order)
    scan.erased.sort()
    return scan


def _stale() -> ExportError:
    return ExportError(
        "stale_preview",
        "les dossiers de ce portable ont changé depuis l'aperçu : refaites l'aperçu ; rien n'a été importé",
        "this laptop's cases changed since the preview: preview again; nothing was imported")


class PreparedImport:
    """A bundle read once for its preview (its merge plan against this laptop's cases, in summary), ready to
    show and to apply.

    Why a summary, not the plan: a bundle of a million cases planned whole held gigabytes. The preview keeps
    one byte per case (what it decided), the counts, the first items of each kind and every conflict;
    :meth:`apply` reads the file again frame by frame, checks each frame is the one previewed, and writes in
    one transaction. Settling conflicts needs no reading: a conflict becomes an update or is kept here.
    """

    def __init__(self, store: CaseStore, scan: _Scan, *, take_incoming: Iterable[str] = (),
                 keep_local: Iterable[str] = ()) -> None:
        self.store = store
        self._scan = scan
        # the bundle's head: sites, tombstones, merges, parties (not its cases; its attachments: read at Import)
        self.content = scan.head
        self.take_incoming = frozenset(take_incoming)
        self.keep_local = frozenset(keep_local)
        self._sites = _site_plan(store, scan.state, scan.head, self.take_incoming, self.keep_local)
        self.preview = self._preview()

    def _preview(self) -> ImportPreview:
        scan, head = self._scan, self._scan.head
        out = ImportPreview(source_laptop=head.source_laptop, source_prefix=head.source_prefix,
                            bundle_created_at=head.created_at, erased=list(scan.erased))
        site_lists = {Action.ADD: out.sites_added, Action.UPDATE: out.sites_updated,
                      Action.CONFLICT: out.site_conflicts}
        for site in self._sites:
            if site.action in site_lists:
                site_lists[site.action].append(SitePreviewItem(site.id, site.incoming.code,
                                                               site.incoming.employer_legal_name, tuple(site.fields)))
        for sites in site_lists.values():
            sites.sort(key=lambda i: (i.code.casefold(), i.id))
        decided = {i.uuid: settled(Action.CONFLICT, i.uuid, self.take_incoming, self.keep_local)
                   for i in scan.conflicts}
        taken = [i for i in scan.conflicts if decided[i.uuid] is Action.UPDATE]
        kept = [i for i in scan.conflicts if decided[i.uuid] is Action.KEEP_LOCAL]
        out.added = list(scan.first[Action.ADD])
        out.updated = sorted(scan.first[Action.UPDATE] + taken, key=_order)[:PREVIEW_LIMIT]
        out.unchanged = list(scan.first[Action.UNCHANGED])
        out.kept_local = sorted(scan.first[Action.KEEP_LOCAL] + kept, key=_order)[:PREVIEW_LIMIT]
        out.conflicts = [i for i in scan.conflicts if decided[i.uuid] is Action.CONFLICT]
        out.totals = {"added": scan.totals[Action.ADD], "updated": scan.totals[Action.UPDATE] + len(taken),
                      "conflicts": len(out.conflicts), "unchanged": scan.totals[Action.UNCHANGED],
                      "kept_local": scan.totals[Action.KEEP_LOCAL] + len(kept)}
        return out

    def settle(self, *, take_incoming: Iterable[str] = (), keep_local: Iterable[str] = ()) -> PreparedImport:
        """The same bundle planned again with conflicts settled by a person (UUID sets); nothing is read again."""
        return PreparedImport(self.store, self._scan, take_incoming=take_incoming, keep_local=keep_local)

    def apply(self, progress: Progress | None = None) -> ImportPreview:
        """Write the plan shown in :attr:`preview` in one transaction; returns it with ``written`` set.

        The file is read again frame by frame, each frame checked to be the one previewed (else nothing is
        written: :class:`BundleError` ``changed``), and written in batches inside ONE transaction. If this
        laptop's database was written since the preview, each case is first planned again (one more reading,
        writing nothing) and must get the same decision, else nothing is written and the person is asked to
        preview again (``stale_preview``).

        ``progress(done, total)`` is called after each frame, in cases (twice the bundle's cases when they are
        planned again first); returning False cancels (:class:`ExportCancelled`): the transaction is rolled
        back and the database is exactly as before. Once the cases are committed the import is no longer
        cancelled: the merges of sites, the attachments and the parties that follow are written whatever.
        """
        scan, head = self._scan, self._scan.head
        state = scan.state
        steps = _Steps(progress, len(scan.codes))
        if _write_mark(self.store) != state.mark:
            state = _local_state(self.store, head)
            fresh = _site_plan(self.store, state, head, self.take_incoming, self.keep_local)
            if _site_signature(fresh) != _site_signature(self._sites):
                raise _stale()
            steps.passes = 2
            self._check_still_planned(state, steps)
            sites = fresh
        else:
            sites = self._sites
        site_marks = {p.id: p.incoming_fingerprint for p in sites if p.action is not Action.CONFLICT}
        to_write = [p.incoming for p in sites if p.action in (Action.ADD, Action.UPDATE)]
        files: list[BundleContent] = []  # the head as read again at Import: the attachments' bytes are there
        self.store.write_imported_batches(self._batches(state, site_marks, steps, files), to_write,
                                          peer=head.source_laptop, tombstones=head.tombstones,
                                          replace_establishments=True)
        self._merge_sites_as_the_bundle_did()
        self._merge_extras(files[0].attachments if files else [])
        c = self.preview.counts()
        self.store.record_audit(
            "bundle_import",
            detail=(f"bundle import peer={head.source_laptop} added={c['added']} updated={c['updated']} "
                    f"conflicts={c['conflicts']} unchanged={c['unchanged']} kept_local={c['kept_local']}"))
        self.preview.written = True
        return self.preview

    def _frames_as_previewed(self, heads: list[BundleContent] | None = None
                             ) -> Iterator[tuple[int, list[tuple[Case, str]]]]:
        """The bundle read again, frame by frame, each checked to be the frame previewed (its sealed bytes'
        SHA-256); with the position of each frame's first case in the preview's decisions. The head read
        again (checked to be the one previewed) is appended to ``heads`` when given."""
        scan = self._scan
        reader = _BundleFile(scan.path, scan.key)
        position = 0
        try:
            if reader.digests[0] != scan.digests[0]:
                raise changed_file()
            if heads is not None:
                heads.append(reader.head)
            for frame in reader.frames():
                parts = len(reader.digests)  # format 1: one part, its cases read in slices
                if (parts > len(scan.digests) or reader.digests[-1] != scan.digests[parts - 1]
                        or position + len(frame) > len(scan.codes)):
                    raise changed_file()
                yield position, frame
                position += len(frame)
            if position != len(scan.codes) or len(reader.digests) != len(scan.digests):
                raise changed_file()
        finally:
            reader.close()

    def _check_still_planned(self, state: _LocalState, steps: _Steps) -> None:
        """Plan every case again against this laptop as it is now: any decision other than the preview's
        refuses the import (``stale_preview``). Read-only; run before the write transaction."""
        scan = self._scan
        for position, frame in self._frames_as_previewed():
            for i, (code, _planned) in enumerate(_plan_frame(self.store, state, scan.head.source_laptop, frame)):
                if code != scan.codes[position + i]:
                    raise _stale()
            steps.report(position + len(frame))

    def _batches(self, state: _LocalState, site_marks: dict[str, str], steps: _Steps,
                 heads: list[BundleContent]) -> Iterator[tuple[list[Case], dict[str, str]]]:
        """The writing reading, inside the write transaction: per frame, the cases to write and the merge bases
        to record. Raising here (the file changed, or the person cancelled) rolls the whole import back."""
        codes = self._scan.codes
        yield [], site_marks
        done = steps.done
        for position, frame in self._frames_as_previewed(heads):
            if position:  # the previous frame is written (inside the transaction)
                steps.report(done + position)
            cases: list[Case] = []
            marks: dict[str, str] = {}
            for i, pair in enumerate(frame):
                action = _CODES[codes[position + i]]
                if action is None:  # purged here
                    continue
                case, fp = _as_merged(pair, state.merged, state.known)
                action = settled(action, case.uuid, self.take_incoming, self.keep_local)
                if action is Action.CONFLICT:
                    continue
                marks[case.uuid] = fp
                if action in (Action.ADD, Action.UPDATE):
                    cases.append(case)
            yield cases, marks
        steps.report(done + len(codes))  # the last frame written; a Cancel pressed until now still rolls back

    def _merge_extras(self, files: list[tuple[AttachmentInfo, bytes]]) -> None:
        """After the cases: the attachments this laptop lacks (by id; never one of a case not here, nor of a
        purged case; ``files``: as read again at Import), and the parties missing from the clinic's list.
        Re-importing the bundle is harmless."""
        import json

        from clinic_app.storage import attachments

        if files:
            attachments.add_imported(self.store, [(i, d) for i, d in files
                                                  if i.case_uuid not in self._scan.state.purged])
        if self.content.conflict_parties:
            mine = _parties(self.store)
            known = {(p.get("name"), p.get("role")) for p in mine if isinstance(p, dict)}
            new = [p for p in self.content.conflict_parties if (p["name"], p["role"]) not in known]
            if new:
                self.store.set_setting(PARTIES_SETTING, json.dumps([*mine, *new], ensure_ascii=False))
                self.store.record_audit("conflict_list", None, ("parties",), detail=f"bundle import n={len(new)}")

    def _merge_sites_as_the_bundle_did(self) -> None:
        """Merge here the duplicate sites the sending laptop merged (cases moved, duplicate removed)."""
        here = {e.id for e in self.store.list_establishments()}
        done = self.store.merged_sites()
        for duplicate, kept in self.content.merged_sites.items():
            target = resolve_merged(kept, {**self.content.merged_sites, **done})
            if duplicate in here and target in here and duplicate != target and duplicate not in done:
                self.store.merge_establishments(target, duplicate)
                here.discard(duplicate)


class _Steps:
    """An import's progress in cases, over one or two readings (``passes``); cancelling raises."""

    def __init__(self, progress: Progress | None, cases: int) -> None:
        self.progress = progress
        self.cases = cases
        self.passes = 1
        self.done = 0

    def report(self, done: int) -> None:
        self.done = done
        if self.progress is not None and self.progress(done, self.cases * self.passes) is False:
            raise ExportCancelled


def prepare_import(store: CaseStore, path: str | os.PathLike[str], passphrase: str, *,
                   take_incoming: Iterable[str] = (), keep_local: Iterable[str] = (),
                   progress: Progress | None = None) -> PreparedImport:
    """Open ``path`` and plan its merge; nothing is written. :class:`BundleError` for a bad bundle.

    ``progress(done, total)`` is called after each frame is read and planned, in bytes of the file; returning
    False cancels.
    """
    return PreparedImport(store, _scan(store, path, passphrase, progress), take_incoming=take_incoming,
                          keep_local=keep_local)


def preview_import(store: CaseStore, path: str | os.PathLike[str], passphrase: str, *,
                   take_incoming: Iterable[str] = (), keep_local: Iterable[str] = ()) -> ImportPreview:
    """What importing ``path`` would add, update, leave in conflict and find unchanged; writes nothing."""
    return prepare_import(store, path, passphrase, take_incoming=take_incoming, keep_local=keep_local).preview


def import_bundle(store: CaseStore, path: str | os.PathLike[str], passphrase: str, *,
                  take_incoming: Iterable[str] = (), keep_local: Iterable[str] = ()) -> ImportPreview:
    """Merge ``path`` into the store in one transaction (conflicts left for a person); returns the result."""
    return prepare_import(store, path, passphrase, take_incoming=take_incoming, keep_local=keep_local).apply()
