"""Benchmark: the conflict-of-interest check of a new intake against a large file and a long list of parties.

Usage: ``PYTHONPATH=. python bench/bench_conflicts.py [count] [parties]`` (defaults 100000 and 5000; the case
file comes from ``bench/dataset.py``, made once and cached; ``CLINIC_BENCH_CACHE`` chooses the folder).

Issue 19's target: the check against 100,000 cases and 5,000 listed parties in <= 50 ms median. Measured for
20 new intakes (a person's name, their employer or delivery company and the client company, as the form has
them), each against its floor in the same run: one search of the case list for the person's name (the query
the check itself makes first), interleaved, min and median. The clinic's list is filled with ``parties``
fictional companies for the run and put back as it was afterwards.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.dataset import PASSPHRASE, path_for  # noqa: E402

SAMPLES = 20


def main() -> None:
    from clinic_app.domain.conflicts import ListedParty, PartyRole
    from clinic_app.services import conflicts
    from clinic_app.services.conflicts import LIST_KEY as PARTIES_SETTING
    from clinic_app.storage import CaseQuery, open_store

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    parties = int(sys.argv[2]) if len(sys.argv) > 2 else 5_000
    store = open_store(path_for(count), passphrase=PASSPHRASE, auto_backup=False, check=False)
    before = store.get_setting(PARTIES_SETTING)
    try:
        listed = [ListedParty(f"Entreprise fictive {i:05d} {'inc.' if i % 3 else 'S.E.N.C.'}",
                              PartyRole.ADVERSE if i % 2 else PartyRole.CLIENT) for i in range(parties)]
        conflicts.save_listed_parties(store, listed)
        rows = store.list_cases(CaseQuery(limit=SAMPLES * 50))
        samples = [store.get_case(row.uuid) for row in rows[::50]][:SAMPLES]  # spread over the list
        ours: list[float] = []
        floor: list[float] = []
        hits = 0
        for case in samples:
            person = f"{case.person.given_name} {case.person.family_name}"
            start = time.perf_counter()
            store.list_cases(CaseQuery(text=person, limit=50))
            floor.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            found = conflicts.check_names(store, person, conflicts.parties_of(case), exclude_uuid=case.uuid)
            ours.append((time.perf_counter() - start) * 1000)
            hits += bool(found)
        print(f"{count} cases, {parties} listed parties, {len(samples)} intakes checked ({hits} with a match)")
        for name, times in (("floor (one name search)", floor), ("conflict check", ours)):
            print(f"{name:26} min {min(times):7.1f} ms  median {statistics.median(times):7.1f} ms")
        print(f"ratio (median) {statistics.median(ours) / statistics.median(floor):.1f}x; target <= 50 ms median")
    finally:
        if before is None:
            conflicts.save_listed_parties(store, [])
        else:
            store.set_setting(PARTIES_SETTING, before)
        store.close()


if __name__ == "__main__":
    main()
