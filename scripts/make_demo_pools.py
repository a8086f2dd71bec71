"""Regenerate ``clinic_app/domain/demo_pools.py``: name and street pools drawn with Faker (fr_CA, en_CA).

Why a generated file rather than Faker at run time: Faker loads its providers dynamically (the frozen
installers would have to carry all of them), is slow to start, and its output changes between versions.
Drawing the pools once here, with a fixed seed, keeps demo data realistic, deterministic and dependency-free.
Usage: ``python scripts/make_demo_pools.py`` (needs the dev dependency Faker).
"""

from __future__ import annotations

from pathlib import Path

from faker import Faker

OUT = Path(__file__).resolve().parents[1] / "clinic_app" / "domain" / "demo_pools.py"


def main() -> None:
    lines = ['"""Name and street pools drawn once with Faker (fr_CA, en_CA, seed 2025) by scripts/make_demo_pools.py.',
             "", "Generated file: do not edit by hand; regenerate with that script.", '"""', ""]
    for locale in ("fr_CA", "en_CA"):
        fake = Faker(locale)
        fake.seed_instance(2025)
        for kind, draw in (("GIVEN", fake.first_name), ("FAMILY", fake.last_name), ("STREET", fake.street_name)):
            values = sorted({draw() for _ in range(200 if kind != "STREET" else 100)})
            name = f"{kind}_{locale.replace('_', '').upper()}"
            lines.append(f"{name}: tuple[str, ...] = (")
            lines += [f"    {v!r}," for v in values]
            lines += [")", ""]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
