"""Merging two records of the same site: which cases move, and what moving a case changes in it.

Why in the domain: the laptop where a coordinator merges duplicate sites and every laptop that later receives
a bundle must move a case in exactly the same way, so that both copies of a moved case are identical (same
fingerprint) and the next exchange finds nothing to merge. Moving changes only the link to the site and the
site code the person gave; not ``updated_at`` (the person's facts did not change).
"""

from __future__ import annotations

from collections.abc import Mapping

from clinic_app.domain.case import Case, Establishment


def move_case_to_site(case: Case, site: Establishment) -> None:
    """Point ``case`` at ``site`` (its id, and its code in the warehouse or driver details)."""
    case.establishment_id = site.id
    if case.warehouse is not None:
        case.warehouse.site_code = site.code
    if case.driver is not None:
        case.driver.station_code = site.code


def resolve_merged(site_id: str, merged: Mapping[str, str]) -> str:
    """The site a merged site's cases now belong to, following chains (A into B, then B into C); a cycle,
    which only a damaged record could make, stops where it would repeat."""
    seen = {site_id}
    while site_id in merged and merged[site_id] not in seen:
        site_id = merged[site_id]
        seen.add(site_id)
    return site_id
