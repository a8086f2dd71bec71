"""Encrypted case bundles between laptops: export, preview, import (merge by case UUID).

A volunteer's laptop writes its cases (all, or those changed since its last bundle) to one file sealed
with a passphrase (:mod:`clinic_app.export.bundle_format`); the coordinator's laptop opens it, plans the
merge (:mod:`clinic_app.export.merge`), shows the plan, and writes it in ONE storage transaction
(``CaseStore.write_imported``), recording the merge bases (sync marks) for the sending laptop.

Why :class:`PreparedImport`: the passphrase work (scrypt) and the decryption happen once; the preview a
person confirms is the plan that is written. If this laptop's cases change between the preview and the
confirmation (a case saved in another tab), :meth:`PreparedImport.apply` notices that the plan is no longer
the one shown and refuses, rather than writing something nobody saw.

Nothing here deletes: cases absent from a bundle are left alone, soft-deleted cases are not exported.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
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
from clinic_app.export.bundle_format import DEFAULT_SCRYPT_N, FRAME_CASES, FramedWriter, open_sealed
from clinic_app.export.errors import BundleError, ExportCancelled, ExportError
from clinic_app.export.merge import Action, MergePlan, fingerprint, plan_merge

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
    source_laptop: str
    source_prefix: str
    created_at: dt.datetime | None
    since: dt.datetime | None
    establishments: list[Establishment]
    cases: list[tuple[Case, str]]  # with the fingerprint of the case as sealed
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


def read_bundle(path: str | os.PathLike[str], passphrase: str, *,
                progress: Progress | None = None) -> BundleContent:
    """Decrypt and parse a bundle file; :class:`BundleError` for anything that is not a sound bundle."""
    try:
        data = Path(path).read_bytes()  # whole: bundles are megabytes, and AES-GCM checks the whole
    except FileNotFoundError:
        raise BundleError("missing", "fichier introuvable", "file not found") from None
    except OSError as exc:
        raise BundleError("unreadable_file", f"fichier illisible ({exc.strerror})",
                          f"cannot read the file ({exc.strerror})") from None
    payload = open_sealed(data, passphrase)
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
    raw_cases, raw_ests = payload.get("cases"), payload.get("establishments")
    if not isinstance(raw_cases, list) or not isinstance(raw_ests, list):
        raise _unreadable("cases")
    source = payload.get("source_laptop")
    if not isinstance(source, str) or not source:
        raise _unreadable("source_laptop")
    cases: list[tuple[Case, str]] = []
    seen: set[str] = set()
    try:
        ests = [establishment_from_dict(e) for e in raw_ests]
        for i, d in enumerate(raw_cases):
            case = case_from_dict(d)
            if case.uuid in seen:
                raise _unreadable(f"cases[{i}].uuid")
            seen.add(case.uuid)
            cases.append((case, fingerprint(case_to_dict(case))))
            if progress is not None and i % 500 == 499 and progress(i + 1, len(raw_cases)) is False:
                raise ExportCancelled
    except ParseError as err:
        raise _unreadable(err.field) from None
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError, RecursionError):
        # the domain's parser met a shape it does not check for: refuse the bundle, never crash
        raise _unreadable(f"cases[{len(cases)}]") from None
    prefix = payload.get("source_prefix")
    return BundleContent(source, prefix if isinstance(prefix, str) else "", _timestamp(payload.get("created_at")),
                         _timestamp(payload.get("since")), ests, cases, _tombstones(payload.get("tombstones")),
                         _merged_sites(payload.get("merged_sites")),
                         _attachments(payload.get("attachments")), _conflict_parties(payload.get("conflict_parties")))


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

    @property
    def writes_anything(self) -> bool:
        return bool(self.added or self.updated or self.sites_added or self.sites_updated)

    @property
    def establishments_added(self) -> int:
        return len(self.sites_added)

    @property
    def source_name(self) -> str:
        """How to name the sending laptop to a person: its case-number prefix, else its identifier."""
        return self.source_prefix or self.source_laptop

    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "updated": len(self.updated), "conflicts": len(self.conflicts),
                "unchanged": len(self.unchanged), "kept_local": len(self.kept_local)}


def _item(case: Case, local_updated: dt.datetime | None) -> PreviewItem:
    return PreviewItem(case.uuid, case.case_number, case.display_name, str(case.kind), case.site_or_company,
                       local_updated, case.updated_at)


def _preview_of(plan: MergePlan, content: BundleContent) -> ImportPreview:
    out = ImportPreview(source_laptop=content.source_laptop, source_prefix=content.source_prefix,
                        bundle_created_at=content.created_at)
    site_lists = {Action.ADD: out.sites_added, Action.UPDATE: out.sites_updated, Action.CONFLICT: out.site_conflicts}
    for site in plan.sites:
        if site.action in site_lists:
            site_lists[site.action].append(SitePreviewItem(site.id, site.incoming.code,
                                                           site.incoming.employer_legal_name, tuple(site.fields)))
    for sites in site_lists.values():
        sites.sort(key=lambda i: (i.code.casefold(), i.id))
    lists = {Action.ADD: out.added, Action.UPDATE: out.updated, Action.CONFLICT: out.conflicts,
             Action.UNCHANGED: out.unchanged, Action.KEEP_LOCAL: out.kept_local}
    for p in plan.cases:
        lists[p.action].append(_item(p.incoming, p.local_updated_at))
    for items in lists.values():
        items.sort(key=lambda i: (i.case_number, i.uuid))
    return out


def _local_copies(store: CaseStore, uuids: Collection[str],
                  progress: Progress | None = None) -> dict[str, tuple[Case, str]]:
    """This laptop's copies (deleted ones included: an import never resurrects silently) with fingerprints."""
    from clinic_app.storage import CaseNotFoundError, CaseQuery

    wanted = set(uuids)
    out: dict[str, tuple[Case, str]] = {}
    if not wanted:
        return out
    total = store.count_cases(CaseQuery(include_deleted=True, limit=None))
    def tick(done: int, of: int) -> None:
        if progress is not None and done % 500 == 0 and progress(done, of) is False:
            raise ExportCancelled

    if len(wanted) * 20 < total:  # few cases in a large database: one lookup each
        for i, uuid in enumerate(wanted, start=1):
            try:
                case = store.get_case(uuid)
            except CaseNotFoundError:
                continue
            out[uuid] = (case, fingerprint(case_to_dict(case)))
            tick(i, len(wanted))
        return out
    for i, case in enumerate(store.iter_cases(CaseQuery(include_deleted=True, limit=None)), start=1):
        if case.uuid in wanted:
            out[case.uuid] = (case, fingerprint(case_to_dict(case)))
        tick(i, total)
    return out


@dataclass(frozen=True, slots=True)
class _LocalState:
    """What a plan was made against: this laptop's copies, the merge bases and establishments, read once."""

    copies: dict[str, tuple[Case, str]]
    bases: dict[str, str]
    establishments: dict[str, Establishment]
    mark: tuple[Any, ...]
    purged: frozenset[str] = frozenset()  # tombstones here: those cases are left out of the plan
    merged: dict[str, str] = field(default_factory=dict)  # duplicate sites merged here or in the bundle
    known: dict[str, Establishment] = field(default_factory=dict)  # sites by id: this laptop's over the bundle's


def _write_mark(store: CaseStore) -> tuple[Any, ...]:
    """A cheap token that changes whenever this database's cases change.

    Storage writes an audit entry in the same transaction as every case write (create, save, delete,
    import, establishment, purge), so the newest audit entry and the number of cases tell whether
    anything was written since. An unrelated entry (an export) only makes :meth:`PreparedImport.apply`
    compare plans in full; it never lets a change through.
    """
    from clinic_app.storage import CaseQuery

    newest = store.audit_entries(limit=1)
    last = (newest[-1].at, newest[-1].action, newest[-1].case_uuid, newest[-1].detail) if newest else None
    return (last, store.count_cases(CaseQuery(include_deleted=True, limit=None)))


def _local_state(store: CaseStore, content: BundleContent, progress: Progress | None = None) -> _LocalState:
    mark = _write_mark(store)
    purged = frozenset(store.tombstones())
    establishments = {e.id: e for e in store.list_establishments()}
    merged = {**content.merged_sites, **store.merged_sites()}
    known = {**{e.id: e for e in content.establishments}, **establishments}
    copies = _local_copies(store, [c.uuid for c, _fp in content.cases if c.uuid not in purged], progress)
    if content.merged_sites:  # as they will be once the bundle's merges are made here (PreparedImport.apply)
        copies = {uuid: _as_merged(pair, merged, known) for uuid, pair in copies.items()}
    return _LocalState(copies, store.get_sync_marks(content.source_laptop), establishments, mark, purged, merged,
                       known)


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


def _incoming(state: _LocalState, content: BundleContent) -> tuple[list[tuple[Case, str]], list[Establishment]]:
    """The bundle's cases and sites to plan: purged cases left out, duplicate sites merged (here or on the
    sending laptop) left out, and their cases moved to the site kept."""
    cases = [_as_merged(pair, state.merged, state.known) for pair in content.cases if pair[0].uuid not in state.purged]
    sites = [e for e in content.establishments if _site_kept(e.id, state.merged, state.known) is None]
    return cases, sites


def _plan(state: _LocalState, content: BundleContent, take_incoming: Iterable[str],
          keep_local: Iterable[str]) -> MergePlan:
    cases, sites = _incoming(state, content)
    return plan_merge(cases, state.copies.get, state.bases, incoming_establishments=sites,
                      local_establishment=state.establishments.get, take_incoming=frozenset(take_incoming),
                      keep_local=frozenset(keep_local))


def _signature(plan: MergePlan) -> list[tuple[str, str]]:
    """What the plan does to each case and site: two plans with the same signature write the same."""
    return sorted([(p.uuid, p.action.value) for p in plan.cases] + [(p.id, p.action.value) for p in plan.sites])


class PreparedImport:
    """A decrypted bundle and its merge plan against this laptop's cases, ready to show and to apply.

    This laptop's copies are read once, when the preview is made; settling conflicts re-plans from
    them without reading the database again, and :meth:`apply` re-reads only if the database was written
    since (see :func:`_write_mark`).
    """

    def __init__(self, store: CaseStore, content: BundleContent, *, take_incoming: Iterable[str] = (),
                 keep_local: Iterable[str] = (), progress: Progress | None = None,
                 _state: _LocalState | None = None) -> None:
        self.store = store
        self.content = content
        self.take_incoming = frozenset(take_incoming)
        self.keep_local = frozenset(keep_local)
        self._state = _state if _state is not None else _local_state(store, content, progress)
        self.plan = _plan(self._state, content, self.take_incoming, self.keep_local)
        self.preview = _preview_of(self.plan, content)
        self.preview.erased = sorted(c.uuid for c, _fp in content.cases if c.uuid in self._state.purged)

    def settle(self, *, take_incoming: Iterable[str] = (), keep_local: Iterable[str] = ()) -> PreparedImport:
        """The same bundle planned again with conflicts settled by a person (UUID sets)."""
        return PreparedImport(self.store, self.content, take_incoming=take_incoming, keep_local=keep_local,
                              _state=self._state)

    def apply(self) -> ImportPreview:
        """Write the plan shown in :attr:`preview` in one transaction; returns it with ``written`` set.

        If this laptop's database was written since the preview, the plan is made again and must be the
        same (same action for every case), else nothing is written and the person is asked to preview again.
        """
        plan = self.plan
        if _write_mark(self.store) != self._state.mark:
            fresh = _plan(_local_state(self.store, self.content), self.content, self.take_incoming, self.keep_local)
            if _signature(fresh) != _signature(self.plan):
                raise ExportError(
                    "stale_preview",
                    "les dossiers de ce portable ont changé depuis l'aperçu : refaites l'aperçu ; "
                    "rien n'a été importé",
                    "this laptop's cases changed since the preview: preview again; nothing was imported")
            plan = fresh
        self.store.write_imported(plan.cases_to_write(), plan.establishments_to_write,
                                  peer=self.content.source_laptop, marks=plan.marks_after(),
                                  tombstones=self.content.tombstones, replace_establishments=True)
        self._merge_sites_as_the_bundle_did()
        self._merge_extras()
        c = self.preview.counts()
        self.store.record_audit(
            "bundle_import",
            detail=(f"bundle import peer={self.content.source_laptop} added={c['added']} updated={c['updated']} "
                    f"conflicts={c['conflicts']} unchanged={c['unchanged']} kept_local={c['kept_local']}"))
        self.preview.written = True
        return self.preview

    def _merge_extras(self) -> None:
        """After the cases: the attachments this laptop lacks (by id; never one of a case not here, nor of a
        purged case), and the parties missing from the clinic's list. Re-importing the bundle is harmless."""
        import json

        from clinic_app.storage import attachments

        if self.content.attachments:
            attachments.add_imported(self.store, [(i, d) for i, d in self.content.attachments
                                                  if i.case_uuid not in self._state.purged])
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


def prepare_import(store: CaseStore, path: str | os.PathLike[str], passphrase: str, *,
                   take_incoming: Iterable[str] = (), keep_local: Iterable[str] = (),
                   progress: Progress | None = None) -> PreparedImport:
    """Open ``path`` and plan its merge; nothing is written. :class:`BundleError` for a bad bundle.

    ``progress(done, total)`` is called while the cases are read, then while this laptop's copies are
    looked up (two passes, each with its own total); returning False cancels.
    """
    return PreparedImport(store, read_bundle(path, passphrase, progress=progress), take_incoming=take_incoming,
                          keep_local=keep_local, progress=progress)


def preview_import(store: CaseStore, path: str | os.PathLike[str], passphrase: str, *,
                   take_incoming: Iterable[str] = (), keep_local: Iterable[str] = ()) -> ImportPreview:
    """What importing ``path`` would add, update, leave in conflict and find unchanged; writes nothing."""
    return prepare_import(store, path, passphrase, take_incoming=take_incoming, keep_local=keep_local).preview


def import_bundle(store: CaseStore, path: str | os.PathLike[str], passphrase: str, *,
                  take_incoming: Iterable[str] = (), keep_local: Iterable[str] = ()) -> ImportPreview:
    """Merge ``path`` into the store in one transaction (conflicts left for a person); returns the result."""
    return prepare_import(store, path, passphrase, take_incoming=take_incoming, keep_local=keep_local).apply()
