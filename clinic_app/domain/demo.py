"""Fictional demo data: establishments and cases for training, screenshots and benchmarks.

Names and streets: hand-written pools (Quebec French, English, Arabic- and African-origin names), widened
with pools that ``Faker`` (``fr_CA``, ``en_CA``) drew once (``scripts/make_demo_pools.py`` writes
``demo_pools.py``). Faker is not called at run time: it would be slow for 100,000 cases, its providers are
loaded dynamically (the installers would have to carry them all), and its output changes between versions;
the data pools keep ``generate_demo(count, seed)`` fast and deterministic everywhere. No real person: names are
combined at random, phones are in the fictional 555-01xx range,
emails @example.org. Case numbers are left empty (storage assigns them).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from decimal import Decimal

from clinic_app.domain.case import (
    Badge,
    Case,
    CaseKind,
    CaseStatus,
    Consent,
    ConsentScope,
    ControlIndicators,
    DriverDetails,
    Establishment,
    Language,
    Note,
    PaidBy,
    Party,
    PayBasis,
    Payment,
    PaymentPurpose,
    Person,
    WarehouseDetails,
    WeeklyWage,
    WorkFacts,
)
from clinic_app.domain.clinic import ClinicProfile
from clinic_app.domain.types import Cause, EmploymentType, Jurisdiction

CLOSURE = dt.date(2025, 1, 22)

#: With ``generate_demo(today=...)``, each site closed this many days before ``today``, so the demo shows an
#: intake night as it is: claims prescribed (only the civil route left), due within days, live, not yet due
#: (a layoff), in the same list. Without ``today`` every site closed on :data:`CLOSURE` (fixed test data).
SITE_CLOSED_DAYS_AGO = {"YUL2": 430, "YUL5": 352, "YUL9": 200, "YQB1": 75, "DXT4": 400, "DXT6": 40, "YUL4": 12}
#: the site whose employer received a CNESST notice of inquiry (suspends prescription, LNT s. 116), days after
#: its closure
INQUIRY_SITE, INQUIRY_AFTER_DAYS = "DXT4", 300

#: The fictional clinic the demo writes letters from (a demo letter must have a sender and a signature).
DEMO_CLINIC = ClinicProfile(name="Clinique juridique Démo", address="123 rue Exemple\nMontréal QC H2X 1Y4",
                            phone="514-555-0100", email="info@example.org", signatory="Me Jeanne Roy",
                            signatory_title="Avocate")
DEMO_VOLUNTEER = "Camille Démo"
WAREHOUSE_EMPLOYER = "Entrepôts Démo du Québec S.E.C."
CLIENT_NAME = "Entrepôts Démo du Québec S.E.C."

# code, address, establishment_terminations, terminations_with_drivers
SITES: tuple[tuple[str, str, int, int], ...] = (
    ("YUL2", "4500 boul. Industriel, Laval QC H7L 0A1", 310, 520),
    ("YUL5", "1001 rue de l'Entrepôt, Lachine QC H8T 0B2", 420, 610),
    ("YUL9", "2500 av. Logistique, Coteau-du-Lac QC J0P 1B0", 880, 880),
    ("YQB1", "900 rue du Colis, Lévis QC G6W 0C3", 140, 260),
    ("DXT4", "7000 ch. de la Livraison, Montréal QC H4T 0D4", 250, 400),
    ("DXT6", "3100 boul. du Dernier-Kilomètre, Saint-Hubert QC J3Y 0E5", 180, 330),
    ("YUL4", "150 rue du Tri, Boisbriand QC J7G 0F6", 95, 95),
)
DSPS: tuple[tuple[str, str, Jurisdiction], ...] = (
    ("Intelcom Courrier Canada inc.", "2000 rue Exemple, Montréal QC H3C 0G7", Jurisdiction.QC),
    ("Livraisons Rapides Démo inc.", "55 rue Fictive, Laval QC H7N 0H8", Jurisdiction.QC),
    ("Colis Express Fictif ltée", "12 av. Imaginaire, Longueuil QC J4K 0J9", Jurisdiction.QC),
    ("Trans-Canada Demo Couriers Ltd.", "400 Example Road, Ottawa ON K1A 0B1", Jurisdiction.CA_FED),
    ("Dernier Mille Démo S.E.N.C.", "8 rue Inventée, Québec QC G1K 0K1", Jurisdiction.QC),
)

GIVEN_FR = ("Hélène", "Émile", "Jérôme", "Geneviève", "François", "Mélanie", "Stéphane", "Chloé", "Benoît",
            "Maxime", "Noémie", "Sébastien", "Josée", "Rémi", "Valérie", "Étienne", "Maëlle", "Loïc")
FAMILY_FR = ("Tremblay", "Gagnon", "Côté", "Bélanger", "Lévesque", "Bouchard-Roy", "Pelletier", "Gélinas",
             "Lefèbvre", "Desrosiers", "Thériault", "D'Amours", "Ouellet", "Bérubé", "Saint-Pierre")
GIVEN_EN = ("Emily", "James", "Olivia", "Liam", "Sarah", "Noah", "Megan", "Ryan", "Priya", "Daniel", "Grace")
FAMILY_EN = ("Smith", "O'Brien", "MacDonald", "Campbell", "Wilson", "Patel", "Nguyen", "Murphy", "Clarke")
GIVEN_AR = ("Mohamed", "Fatima", "Karim", "Amina", "Youssef", "Nour", "Rachid", "Samira", "Walid", "Leïla",
            "Hicham", "Zineb", "Abdelkader", "Ghizlène")
FAMILY_AR = ("Benali", "El Amrani", "Haddad", "Boumediène", "Khalil", "Saïdi", "Aït-Ahmed", "Mansour",
             "Bensaïd", "El-Khoury", "Chérif", "Ouazzani")
GIVEN_AF = ("Mamadou", "Aminata", "Kofi", "Fatou", "Jean-Baptiste", "Chidinma", "Moussa", "Awa", "Olumide",
            "Mariam", "Désiré", "Nadège")
FAMILY_AF = ("Diallo", "Traoré", "Ndiaye", "Camara", "Koné", "Mensah", "Okafor", "Habimana", "Uwimana",
             "Kouadio", "Mbala", "Tshibangu")
CITIES = (("Montréal", "H"), ("Laval", "H"), ("Longueuil", "J"), ("Québec", "G"), ("Lévis", "G"),
          ("Saint-Jérôme", "J"), ("Gatineau", "J"))
AREA_CODES = ("514", "438", "450", "418", "819")
STREETS = ("rue Fictive", "av. de l'Exemple", "boul. Imaginaire", "rue des Démos", "ch. Inventé")
JOBS = ("Associé(e) d'entrepôt", "Préparateur(trice) de commandes", "Cariste", "Agent(e) de tri", "Warehouse associate")
LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def _faker_pools() -> dict[str, tuple[str, ...]]:
    """Extra given names, family names and street names that Faker (fr_CA, en_CA) drew once, kept as data."""
    from clinic_app.domain import demo_pools as p

    return {"given_fr_CA": p.GIVEN_FRCA, "family_fr_CA": p.FAMILY_FRCA, "street_fr_CA": p.STREET_FRCA,
            "given_en_CA": p.GIVEN_ENCA, "family_en_CA": p.FAMILY_ENCA, "street_en_CA": p.STREET_ENCA}


def _money(x: float) -> Decimal:
    return Decimal(f"{x:.2f}")


def _closure(code: str, today: dt.date | None) -> dt.date:
    return CLOSURE if today is None else today - dt.timedelta(days=SITE_CLOSED_DAYS_AGO.get(code, 60))


def _establishments(today: dt.date | None = None) -> list[Establishment]:
    """Seven Quebec sites of the warehouse employer, then the DSPs (the drivers' companies)."""
    ests = [
        Establishment(
            id=str(uuid.UUID(int=i + 1)), code=code, employer_legal_name=WAREHOUSE_EMPLOYER, address=address,
            jurisdiction=Jurisdiction.QC, closure_date=_closure(code, today), establishment_terminations=n,
            terminations_with_drivers=n2, collective_notice_weeks_given=Decimal("0"),
            cnesst_inquiry_notice_date=(_closure(code, today) + dt.timedelta(days=INQUIRY_AFTER_DAYS)
                                        if today is not None and code == INQUIRY_SITE else None),
            union_name="CSN" if code == "DXT4" else "",
            collective_agreement="Convention collective démo 2024-2027" if code == "DXT4" else "",
        )
        for i, (code, address, n, n2) in enumerate(SITES)
    ]
    for j, (name, address, juris) in enumerate(DSPS):
        ests.append(Establishment(
            id=str(uuid.UUID(int=100 + j)), code=name.split()[0].upper()[:10], employer_legal_name=name,
            address=address, jurisdiction=juris, closure_date=_closure("", today), establishment_terminations=None,
            client_company=CLIENT_NAME,
        ))
    return ests


def generate_demo(count: int, seed: int = 1, *, today: dt.date | None = None
                  ) -> tuple[list[Establishment], list[Case]]:
    """``count`` fictional cases (about 1/3 warehouse, 2/3 driver) and their establishments; same seed, same data.

    With ``today``, closures are placed before it (:data:`SITE_CLOSED_DAYS_AGO`) so deadlines are a realistic
    mix of passed, near and live ones, and the cases carry the v3 facts an intake collects (vacation wages,
    payments by purpose, an alleged fault, recall rights, a CNESST inquiry on one site); without it, the data
    is the fixed January 2025 closure the tests rely on.
    """
    rng = random.Random(seed)
    ests = _establishments(today)
    sites = ests[: len(SITES)]
    dsps = ests[len(SITES):]
    statuses = (CaseStatus.DRAFT, CaseStatus.INTAKE_COMPLETE, CaseStatus.INTAKE_COMPLETE, CaseStatus.REVIEWED,
                CaseStatus.LETTER_SENT, CaseStatus.CLOSED)
    base_ts = dt.datetime(2025, 2, 3, 14, 0, tzinfo=dt.UTC)
    extra = _faker_pools()
    given_fr = GIVEN_FR + extra.get("given_fr_CA", ())
    family_fr = FAMILY_FR + extra.get("family_fr_CA", ())
    given_en = GIVEN_EN + extra.get("given_en_CA", ())
    family_en = FAMILY_EN + extra.get("family_en_CA", ())
    streets = STREETS + extra.get("street_fr_CA", ()) + extra.get("street_en_CA", ())
    cases: list[Case] = []
    for n in range(count):
        r = rng.random()
        if r < 0.5:
            given, family, lang = rng.choice(given_fr), rng.choice(family_fr), Language.FR
        elif r < 0.68:
            given, family, lang = rng.choice(given_en), rng.choice(family_en), Language.EN
        elif r < 0.88:
            given, family = rng.choice(GIVEN_AR), rng.choice(FAMILY_AR)
            lang = Language.AR if rng.random() < 0.3 else Language.FR
        else:
            given, family = rng.choice(GIVEN_AF), rng.choice(FAMILY_AF)
            lang = Language.EN if rng.random() < 0.3 else Language.FR
        city, first = rng.choice(CITIES)
        postal = (f"{first}{rng.randint(0, 9)}{rng.choice(LETTERS)} "
                  f"{rng.randint(0, 9)}{rng.choice(LETTERS)}{rng.randint(0, 9)}")
        uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        status = rng.choice(statuses)
        draft = status is CaseStatus.DRAFT
        missing = draft and rng.random() < 0.6  # some drafts lack facts
        stamp = base_ts + dt.timedelta(minutes=7 * n)
        person = Person(
            given_name=given, family_name=family,
            date_of_birth=dt.date(rng.randint(1958, 2005), rng.randint(1, 12), rng.randint(1, 28)),
            phone="" if missing and rng.random() < 0.5 else f"{rng.choice(AREA_CODES)}-555-01{rng.randint(0, 99):02d}",
            email=f"{given[0].lower()}.{n}@example.org" if rng.random() < 0.7 else "",
            address_line=f"{rng.randint(10, 9999)} {rng.choice(streets)}", city=city, province="QC",
            postal_code="" if missing else postal, preferred_language=lang,
            interpreter_needed=lang is Language.AR and rng.random() < 0.5,
        )
        consent = Consent() if draft and rng.random() < 0.5 else Consent(
            given_at=stamp, scope=rng.choice(tuple(ConsentScope)), recorded_by="Bénévole démo",
            text_language=Language.EN if lang is Language.EN else Language.FR)
        warehouse = rng.random() < 1 / 3
        site_for_dates = rng.choice(sites) if today is not None else None
        closure = _closure(site_for_dates.code, today) if site_for_dates is not None else CLOSURE
        start = closure - dt.timedelta(days=rng.randint(60, 365 * 8))
        seasonal = warehouse and rng.random() < 0.15
        layoff = rng.random() < 0.05
        hourly = _money(rng.uniform(16.10, 29.50))
        hours = Decimal(rng.choice((20, 25, 30, 35, 37.5, 40, 45)))
        work = WorkFacts(
            jurisdiction=Jurisdiction.QC, start_date=start,
            last_day_worked=closure - dt.timedelta(days=rng.choice((0, 0, 1, 2))),
            termination_date=None if missing and rng.random() < 0.5 else closure,
            layoff=layoff, cause=Cause.CLOSURE,
            notice_received_on=closure if rng.random() < 0.8 else None,
            notice_weeks_given=Decimal("0"),
        )
        if seasonal:
            work.employment_type = EmploymentType.SEASONAL_FIXED_TERM
            if today is None:  # the fixed data the tests rely on
                work.start_date = dt.date(2024, 10, rng.randint(1, 31))
                work.term_end_date = dt.date(2025, 1, 31)
            else:
                work.start_date = closure - dt.timedelta(days=rng.randint(83, 113))
                work.term_end_date = closure + dt.timedelta(days=9)
        if rng.random() < 0.2:
            work.wage_varies = True
            work.recent_weekly_wages = [
                WeeklyWage(amount=_money(float(hourly) * rng.uniform(15, 45)),
                           week_ending=closure - dt.timedelta(days=4 + 7 * k))
                for k in range(rng.randint(1, 12))
            ]
        elif missing and rng.random() < 0.4:
            pass  # no wage yet
        elif rng.random() < 0.5:
            work.hourly_rate, work.weekly_hours = hourly, hours
        else:
            work.weekly_wage = _money(float(hourly) * float(hours))
        if rng.random() < 0.1:
            work.release_signed = True
            work.release_signed_on = closure + dt.timedelta(days=rng.randint(1, 30))
            work.payments = [Payment(amount=_money(rng.uniform(500, 6000)), purpose=PaymentPurpose.CLOSURE_PACKAGE,
                                     paid_on=work.release_signed_on)]
        if today is not None:
            _v3_facts(rng, work, hourly, hours, layoff)
        case = Case(
            uuid=uid, kind=CaseKind.WAREHOUSE if warehouse else CaseKind.DRIVER, status=status,
            created_at=stamp, updated_at=stamp, created_by="Bénévole démo", laptop_id="DEMO", version=1,
            person=person, consent=consent, work=work,
            letter_language=Language.EN if lang is Language.EN else Language.FR,
            interview_language=Language.EN if lang is Language.EN else Language.FR,
        )
        if warehouse:
            site = site_for_dates or rng.choice(sites)
            case.establishment_id = site.id
            case.warehouse = WarehouseDetails(
                employer_legal_name=WAREHOUSE_EMPLOYER, site_code=site.code,
                badge=Badge.WHITE if seasonal else Badge.BLUE, job_title=rng.choice(JOBS),
                union_member=site.code == "DXT4", union_name="CSN" if site.code == "DXT4" else "",
            )
            if today is not None and site.code == "DXT4" and layoff:
                work.recall_rights_months = 9
        else:
            dsp = rng.choice(dsps)
            case.establishment_id = dsp.id
            work.jurisdiction = dsp.jurisdiction
            station = (site_for_dates or rng.choice(sites)).code
            case.driver = DriverDetails(
                dsp_legal_name="" if missing and rng.random() < 0.3 else dsp.employer_legal_name,
                dsp_address=dsp.address, client_name=CLIENT_NAME, station_code=station,
                pay_basis=rng.choice(tuple(PayBasis)),
                vehicle_owned_by=rng.choice((Party.DSP, Party.RENTAL, Party.DRIVER)),
                classified_as_contractor=rng.random() < 0.7,
                controls=ControlIndicators(
                    schedule_set_by=rng.choice((Party.DSP, Party.CLIENT)), routes_set_by=Party.CLIENT,
                    could_refuse_routes=rng.random() < 0.2, could_send_substitute=rng.random() < 0.1,
                    uniform_or_badge=rng.random() < 0.8, monitoring_app=True, exclusivity=rng.random() < 0.6,
                    tools_supplied_by=Party.DSP, paid_by=rng.choice(tuple(PaidBy)),
                ),
            )
        if rng.random() < 0.1:
            case.notes = [Note(text="Rappeler pour le relevé de paie.", author="Bénévole démo", created_at=stamp)]
        cases.append(case)
    return ests, cases


def _v3_facts(rng: random.Random, work: WorkFacts, hourly: Decimal, hours: Decimal, layoff: bool) -> None:
    """The facts contract v3 uses, as an intake collects them: often the vacation wages, sometimes a vacation
    payment, an alleged fault, final wages, a notice not known."""
    weekly = float(hourly) * float(hours)
    if work.termination_date is not None and rng.random() < 0.6:
        end = work.termination_date
        may_first = dt.date(end.year if end >= dt.date(end.year, 5, 1) else end.year - 1, 5, 1)
        weeks_this_year = max(0, (end - may_first).days // 7)
        work.reference_year_gross = _money(weekly * weeks_this_year)
        if rng.random() < 0.6:
            work.vacation_wages_completed_year = _money(weekly * 50)
        if rng.random() < 0.3:
            work.payments.append(Payment(amount=_money(weekly * rng.uniform(0.5, 2)),
                                         purpose=PaymentPurpose.VACATION, paid_on=end))
    if rng.random() < 0.3:
        work.payments.append(Payment(amount=_money(weekly), purpose=PaymentPurpose.FINAL_WAGES,
                                     paid_on=work.termination_date))
    if not layoff and rng.random() < 0.04:
        work.cause = Cause.SERIOUS_FAULT  # alleged by the employer, not established
    if rng.random() < 0.1:
        work.notice_weeks_given = None  # the person does not know
